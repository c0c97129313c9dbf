// SPDX-License-Identifier: GPL-3.0-or-later
// The window a journalist sees first: the sample case, its outline and details.
#include "casesession.h"
#include "commands/entitycommands.h"
#include "document/casedocument.h"
#include "canvas/chainscene.h"
#include "mainwindow.h"
#include "store/casestore.h"
#include "../core/testcases.h"
#include "panels/caseoutlinemodel.h"
#include "panels/detailspane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

QStringList allTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        texts << index.data().toString();
        texts << allTexts(model, index);
    }
    return texts;
}

QModelIndex findRow(const QAbstractItemModel *model, const QString &prefix, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString().startsWith(prefix))
            return index;
        const QModelIndex inner = findRow(model, prefix, index);
        if (inner.isValid())
            return inner;
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnTheSampleCaseAndShowsItsParties()
    {
        CaseSession session;
        MainWindow window(&session);
        QAbstractItemModelTester tester(window.outlineView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.openSample();

        const QStringList texts = allTexts(window.outlineView()->model());
        for (const char *name : {"NVIDIA", "Aivres", "Indosat Ooredoo Hutchison", "INF Tech", "Fudan University"})
            QVERIFY2(std::any_of(texts.begin(), texts.end(),
                                 [&](const QString &t) { return t.startsWith(QLatin1String(name)); }),
                     name);
        QVERIFY(texts.contains(QStringLiteral("Parties (12)")));
        QVERIFY(texts.contains(QStringLiteral("Cloud tenants (3)")));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("INF Tech / Indosat")));
    }

    void selectingALinkShowsItsFiguresAndTheNotesBehindIt()
    {
        CaseSession session;
        MainWindow window(&session);
        window.show();
        session.openSample();
        const QModelIndex sale = findRow(window.outlineView()->model(), QStringLiteral("Aivres → Indosat"));
        QVERIFY(sale.isValid());
        window.outlineView()->setCurrentIndex(sale);
        const QString details = window.detailsPane()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("32")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("GB200 NVL72")));
        QVERIFY(details.contains(QStringLiteral("100,000,000 USD")) || details.contains(QStringLiteral("100000000")));
        QVERIFY(details.contains(QStringLiteral("32 Nvidia GB200-Server-Racks")));
        QVERIFY(!details.contains(QStringLiteral("Unsourced")));
    }

    void markupInNamesIsShownAsTyped()
    {
        CaseSession session;
        MainWindow window(&session);
        session.newCase(QStringLiteral("Markup"));
        Party p;
        p.key = QStringLiteral("markup");
        p.name = QStringLiteral("<b>Bold</b> & Co");
        p.role = PartyRole::Distributor;
        session.store()->addParty(p);
        const QModelIndex row = findRow(window.outlineView()->model(), QStringLiteral("<b>Bold</b> & Co"));
        QVERIFY(row.isValid());
        window.outlineView()->setCurrentIndex(row);
        QVERIFY(window.detailsPane()->toPlainText().contains(QStringLiteral("<b>Bold</b> & Co")));
        QVERIFY(window.detailsPane()->toPlainText().contains(QStringLiteral("Unsourced")));
    }

    void anotherCaseStartsWithNothingSelected()
    {
        // Row ids repeat across cases: party 1 of the next case must not come up selected.
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.chiptrail"));
        CaseStore::createFrom(other, testing::oneOfEverything());
        CaseSession session;
        MainWindow window(&session);
        window.show();
        session.openSample();
        const QModelIndex nvidia = findRow(window.outlineView()->model(), QStringLiteral("NVIDIA"));
        QVERIFY(nvidia.isValid());
        window.outlineView()->setCurrentIndex(nvidia);
        QCOMPARE(window.chainScene()->selectedParties().size(), 1);
        QCOMPARE(window.chainScene()->selectedParties().first(), PartyId(1));
        session.openFile(other);
        QVERIFY(window.chainScene()->selectedParties().isEmpty());
        QVERIFY(window.chainScene()->selectedLinks().isEmpty());
        QVERIFY(!window.outlineView()->currentIndex().isValid());
        QVERIFY2(!window.detailsPane()->toPlainText().contains(QStringLiteral("Maker Corp.")),
                 qPrintable(window.detailsPane()->toPlainText()));
    }

    void aBadFileGivesOneClearMessageAndKeepsTheOpenCase()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.chiptrail"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a case");
        file.close();

        CaseSession session;
        MainWindow window(&session);
        window.show();
        session.openSample();
        QString shownMessage;
        QTimer::singleShot(0, this, [&] {
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorDialog"));
            QVERIFY(box);
            shownMessage = box->text();
            box->accept();
        });
        QVERIFY(!window.attempt(QStringLiteral("Open case"), [&] { session.openFile(bad); }));
        QCOMPARE(shownMessage, bad + QStringLiteral(": not a ChipTrail case file (it is not an SQLite database)"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("INF Tech / Indosat")));
    }

    // The toolbar's Undo and Redo keep their short text whatever the edit is called, so the
    // search box and the date stay on the toolbar; what they would do is in their tooltip.
    void toolbarUndoKeepsItsTextAndFollowsTheStack()
    {
        CaseSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.newCase(QStringLiteral("Toolbar"));
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("chainToolbar"));
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoButton"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoButton"));
        QVERIFY(toolbar && undo && redo);
        QVERIFY(toolbar->actions().contains(undo));
        QVERIFY(!undo->isEnabled());
        Party party;
        party.name = QStringLiteral("A party with a rather long name, as they come");
        QVERIFY(session.attempt(QStringLiteral("add"), std::make_unique<AddPartyCommand>(&session, party)));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY2(undo->toolTip().contains(party.name), qPrintable(undo->toolTip()));
        undo->trigger();
        QVERIFY(session.document()->data().parties.isEmpty());
        QVERIFY(!undo->isEnabled());
        QVERIFY(redo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("Redo"));
        redo->trigger();
        QCOMPARE(session.document()->data().parties.size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
