// SPDX-License-Identifier: GPL-3.0-or-later
// Tools → Screening Lists: importing a list in the dialog makes the open case's findings name
// it in the rule panel; switching it off takes the hit away again; a refused file changes nothing.
#include "casesession.h"
#include "dialogs/screeninglistsdialog.h"
#include "mainwindow.h"
#include "panels/rulespanel.h"
#include "rules/liststore.h"
#include "screeninglists.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::gui;

class TestScreeningLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("CHIPTRAIL_LISTS", m_dir.filePath(QStringLiteral("lists.sqlite")).toUtf8());
    }

    void importedListNamesItsHitInThePanel()
    {
        CaseSession session;
        MainWindow window(&session);
        auto *lists = window.findChild<ScreeningLists *>();
        QVERIFY(lists);
        QVERIFY(lists->action()->objectName() == QLatin1String("screeningLists"));
        RulesPanel *panel = window.rulesPanel();
        QSignalSpy checked(panel, &RulesPanel::checked);
        session.openSample();
        QVERIFY(checked.wait(10000));
        qint64 nyocor = 0;
        for (const Party &p : session.document()->data().parties)
            if (p.key == QLatin1String("nyocor"))
                nyocor = p.id.value;
        panel->setSubject({OutlineSubject::Kind::Party, nyocor});
        QVERIFY(!panel->shownText().contains(QLatin1String("Nyocor Holdings")));

        ScreeningListsDialog dialog(ListStore::defaultPath(), &window);
        connect(&dialog, &ScreeningListsDialog::listsChanged, lists, &ScreeningLists::reload);
        QSignalSpy findings(session.document(), &CaseDocument::findingsChanged);
        // A refused file: nothing stored, no recompute asked for.
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("_id,source\n1,EL\n");
        }
        dialog.importFile(bad, QStringLiteral("Bad"), QString(), QDate(2026, 11, 20));
        QTRY_VERIFY(!dialog.isImporting());
        QTRY_VERIFY(dialog.statusText().startsWith(QLatin1String("Nothing was imported")));
        QVERIFY(dialog.statusText().contains(QLatin1String("column \"name\" is missing")));
        QCOMPARE(dialog.table()->rowCount(), 0);

        dialog.importFile(QStringLiteral(CHIPTRAIL_SOURCE_DIR "/tests/rules/data/lists/csl_excerpt.csv"),
                          QStringLiteral("Consolidated Screening List"), QStringLiteral("https://example.invalid/csl"),
                          QDate(2026, 11, 20));
        QTRY_VERIFY(!dialog.isImporting());
        QTRY_COMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("2026-11-20"));
        QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("3"));
        QVERIFY(dialog.statusText().contains(QLatin1String("Imported")));
        QTRY_VERIFY_WITH_TIMEOUT(findings.size() >= 1 && !session.document()->isChecking(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->shownText().contains(QLatin1String("Nyocor Holdings Ltd.")), 20000);
        QVERIFY2(panel->shownText().contains(QLatin1String("Consolidated Screening List, downloaded 2026-11-20")),
                 qPrintable(panel->shownText()));

        // Off: the hit goes.
        findings.clear();
        dialog.table()->item(0, 0)->setCheckState(Qt::Unchecked);
        QTRY_VERIFY_WITH_TIMEOUT(findings.size() >= 1 && !session.document()->isChecking(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->shownText().contains(QLatin1String("Nyocor Holdings Ltd.")), 20000);
        QVERIFY(!ListStore(ListStore::defaultPath()).lists().first().active);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestScreeningLists)
#include "test_screeninglists.moc"
