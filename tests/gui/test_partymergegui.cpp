// SPDX-License-Identifier: GPL-3.0-or-later
// Merging parties in the window: the menu follows the selection, the dialog shows what moves and
// what is refused, the merge is one undo step the views hear as exactly what changed.
#include "canvas/chainscene.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "commands/entitycommands.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/mergepartiesdialog.h"
#include "document/casedocument.h"
#include "interchange/casejson.h"
#include "mainwindow.h"
#include "panels/caseoutlinemodel.h"
#include "store/casestore.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

PartyId partyId(const CaseSession &session, const char *key)
{
    for (const Party &party : session.document()->data().parties)
        if (party.key == QLatin1String(key))
            return party.id;
    qFatal("no party %s", key);
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestPartyMergeGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeIsOfferedForTwoChosenParties()
    {
        CaseSession session;
        session.openSample();
        MainWindow window(&session);
        auto *merge = window.findChild<QAction *>(QStringLiteral("mergeParties"));
        auto *mergeWith = window.findChild<QAction *>(QStringLiteral("mergePartyWith"));
        auto *duplicates = window.findChild<QAction *>(QStringLiteral("findDuplicates"));
        QVERIFY(merge && mergeWith && duplicates);
        QVERIFY(!merge->isEnabled());
        QVERIFY(duplicates->isEnabled());

        window.chainScene()->node(partyId(session, "alibaba"))->setSelected(true);
        QVERIFY(!merge->isEnabled());
        QVERIFY(mergeWith->isEnabled());
        window.chainScene()->node(partyId(session, "inspur"))->setSelected(true);
        QVERIFY(merge->isEnabled());
        QVERIFY(!mergeWith->isEnabled());
        window.chainScene()->clearSelection();
        QVERIFY(!merge->isEnabled());

        // In the outline: two party rows chosen with the keyboard's Ctrl-click equivalent.
        QTreeView *outline = window.outlineView();
        const auto *model = static_cast<const CaseOutlineModel *>(outline->model());
        const QModelIndex first = model->indexOf({OutlineSubject::Kind::Party, partyId(session, "alibaba").value});
        const QModelIndex second = model->indexOf({OutlineSubject::Kind::Party, partyId(session, "bytedance").value});
        QVERIFY(first.isValid() && second.isValid());
        outline->selectionModel()->select(first, QItemSelectionModel::Select);
        QVERIFY(!merge->isEnabled());
        outline->selectionModel()->select(second, QItemSelectionModel::Select);
        QVERIFY(merge->isEnabled());
    }

    void dialogShowsWhatMovesAndMergesAsOneUndoStep()
    {
        CaseSession session;
        session.openSample();
        const QByteArray before = writeCaseJson(session.store()->load());
        const PartyId alibaba = partyId(session, "alibaba"), inspur = partyId(session, "inspur");
        QList<Link> inspurLinks;
        for (const Link &link : session.document()->data().links)
            if (link.from == inspur || link.to == inspur)
                inspurLinks << link;

        MergePartiesDialog dialog(&session, {alibaba, inspur});
        auto *survivor = dialog.findChild<QListWidget *>(QStringLiteral("mergeSurvivor"));
        auto *preview = dialog.findChild<QTextBrowser *>(QStringLiteral("mergePreview"));
        QCOMPARE(survivor->count(), 2);
        QCOMPARE(dialog.keep(), alibaba);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Links moved: %1").arg(inspurLinks.size())));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("浪潮集团")));
        // The keyboard chooses the other survivor; the preview follows.
        survivor->setFocus();
        QTest::keyClick(survivor, Qt::Key_Down);
        QCOMPARE(dialog.keep(), inspur);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("Alibaba")));
        QTest::keyClick(survivor, Qt::Key_Up);
        QCOMPARE(dialog.keep(), alibaba);
        QVERIFY(okButton(dialog)->isEnabled());

        QList<CaseDelta> heard;
        connect(session.document(), &CaseDocument::changed, this, [&](const CaseDelta &d) { heard << d; });
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!session.document()->party(inspur));
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.first().parties.removed, QSet<qint64>{inspur.value});
        QCOMPARE(heard.first().parties.updated, QSet<qint64>{alibaba.value});
        QVERIFY(heard.first().parties.added.isEmpty());
        QSet<qint64> moved;
        for (const Link &link : inspurLinks)
            moved << link.id.value;
        QCOMPARE(heard.first().links.updated, moved);
        QVERIFY(heard.first().links.added.isEmpty() && heard.first().links.removed.isEmpty());

        session.undoStack()->undo();
        QCOMPARE(writeCaseJson(session.store()->load()), before);
        QCOMPARE(heard.size(), 2);
        QCOMPARE(heard.last().parties.added, QSet<qint64>{inspur.value});
        QVERIFY(session.document()->party(inspur));
        session.undoStack()->redo();
        QVERIFY(!session.document()->party(inspur));
    }

    void aLinkBetweenThePartiesIsNamedAndMergeIsOff()
    {
        CaseSession session;
        session.openSample();
        MergePartiesDialog dialog(&session, {partyId(session, "aivres"), partyId(session, "inspur")});
        QVERIFY(!dialog.plan());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QTextBrowser *>(QStringLiteral("mergePreview"))->toPlainText().contains(QStringLiteral("aivres-inspur")));
    }

    void oneChosenPartyPicksItsPartnerInTheDialog()
    {
        CaseSession session;
        session.openSample();
        MergePartiesDialog dialog(&session, {partyId(session, "alibaba")});
        auto *partner = dialog.findChild<QComboBox *>(QStringLiteral("mergePartner"));
        QVERIFY(partner);
        partner->setCurrentIndex(partner->findData(partyId(session, "bytedance").value));
        QCOMPARE(dialog.keep(), partyId(session, "alibaba"));
        QCOMPARE(dialog.others(), QList<PartyId>{partyId(session, "bytedance")});
        QVERIFY(dialog.plan());
    }

    void duplicatesAreListedAndCanBeSetAside()
    {
        CaseSession session;
        session.openSample();
        Party twin;
        twin.name = QStringLiteral("INSPUR GROUP CO., LTD.");
        twin.role = PartyRole::ServerIntegrator;
        session.perform(std::make_unique<AddPartyCommand>(&session, twin));
        QSet<QPair<qint64, qint64>> notSame;
        DuplicatesDialog dialog(&session, &notSame);
        QSignalSpy searched(&dialog, &DuplicatesDialog::searched);
        QVERIFY(searched.wait(20000));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("duplicatePairs"));
        const PartyId inspur = partyId(session, "inspur");
        const auto isTwinPair = [&](const PossibleDuplicate &pair) {
            return pair.first == inspur && session.document()->party(pair.second)
                && session.document()->party(pair.second)->name == twin.name;
        };
        QVERIFY(std::any_of(dialog.pairs().cbegin(), dialog.pairs().cend(), isTwinPair));
        QCOMPARE(list->topLevelItemCount(), dialog.pairs().size());
        const int twinRow = int(std::find_if(dialog.pairs().cbegin(), dialog.pairs().cend(), isTwinPair) - dialog.pairs().cbegin());
        list->setCurrentItem(list->topLevelItem(twinRow));
        dialog.findChild<QPushButton *>(QStringLiteral("notSamePair"))->click();
        QVERIFY(std::none_of(dialog.pairs().cbegin(), dialog.pairs().cend(), isTwinPair));
        QCOMPARE(notSame.size(), 1);
    }
};

QTEST_MAIN(TestPartyMergeGui)
#include "test_partymergegui.moc"
