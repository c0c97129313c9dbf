// SPDX-License-Identifier: GPL-3.0-or-later
// What the desktop application keeps between runs: the recent cases and the window's layout.
#include "casesession.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "store/casestore.h"
#include "uilanguage.h"
#include "windowhost.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

QString makeCase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    CaseInfo info;
    info.title = name;
    CaseStore::create(path, info);
    return path;
}

QStringList entries(QMenu *menu)
{
    Q_EMIT menu->aboutToShow();
    QStringList texts;
    const auto actions = menu->actions();
    for (QAction *action : actions)
        if (!action->isSeparator())
            texts << action->text();
    return texts;
}

} // namespace

class TestAppHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChipTrailTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_apphost"));
    }
    void init() { QSettings().clear(); }

    void openedCasesComeFirstInOpenRecent()
    {
        QTemporaryDir dir;
        const QString first = makeCase(dir, QStringLiteral("first.chiptrail"));
        const QString second = makeCase(dir, QStringLiteral("second.chiptrail"));
        UiLanguage language;
        language.applySaved(QStringLiteral("en"));
        CaseSession session;
        WindowHost host(&session, &language);
        session.openFile(first);
        session.openFile(second);
        session.openSample(); // a temporary copy: not a file the user chose, not listed
        QCOMPARE(host.recentFiles()->files(), (QStringList{second, first}));

        auto *menu = host.window()->findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        QCOMPARE(entries(menu).mid(0, 2), (QStringList{QStringLiteral("&1 second.chiptrail"),
                                                       QStringLiteral("&2 first.chiptrail")}));
        // Choosing an entry opens that case in the window.
        menu->actions().at(1)->trigger();
        QCOMPARE(session.store()->path(), first);
        QCOMPARE(host.recentFiles()->files().first(), first);

        // A case that was deleted meanwhile is dropped when the menu opens.
        QVERIFY(QFile::remove(second));
        QVERIFY(!entries(menu).join(QLatin1Char(' ')).contains(QLatin1String("second")));
        QCOMPARE(host.recentFiles()->files(), QStringList{first});
    }

    void theListKeepsTheTenNewest()
    {
        QTemporaryDir dir;
        RecentFiles recent;
        for (int i = 0; i < 12; ++i)
            recent.add(makeCase(dir, QStringLiteral("case%1.chiptrail").arg(i)));
        QCOMPARE(recent.files().size(), RecentFiles::maximum);
        QVERIFY(recent.files().first().endsWith(QLatin1String("case11.chiptrail")));
        recent.clear();
        QVERIFY(recent.files().isEmpty());
    }

    void windowLayoutComesBackNextTime()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("en"));
        {
            CaseSession session;
            WindowHost host(&session, &language);
            host.show(true);
            MainWindow *window = host.window();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            auto *outline = window->findChild<QDockWidget *>(QStringLiteral("outlineDock"));
            window->addDockWidget(Qt::RightDockWidgetArea, outline); // the user moved it
            window->findChild<QDockWidget *>(QStringLiteral("notesDockDe"))->hide();
            window->close();
        }
        CaseSession session;
        WindowHost host(&session, &language);
        host.show(true);
        MainWindow *window = host.window();
        QCOMPARE(window->dockWidgetArea(window->findChild<QDockWidget *>(QStringLiteral("outlineDock"))),
                 Qt::RightDockWidgetArea);
        QVERIFY(window->findChild<QDockWidget *>(QStringLiteral("notesDockDe"))->isHidden());

        // Scripted runs (screenshots) start from the default layout, whatever was saved.
        CaseSession other;
        WindowHost scripted(&other, &language);
        scripted.show(false);
        QCOMPARE(scripted.window()->dockWidgetArea(
                     scripted.window()->findChild<QDockWidget *>(QStringLiteral("outlineDock"))),
                 Qt::LeftDockWidgetArea);
    }
};

QTEST_MAIN(TestAppHost)
#include "test_apphost.moc"
