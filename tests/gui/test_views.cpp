// SPDX-License-Identifier: GPL-3.0-or-later
// The views follow the case document edit by edit: after adding, renaming, moving and deleting in
// the real window, the canvas, the outline and the details show the case as the file holds it,
// and none of them was rebuilt from scratch or read the whole case again.
#include "canvas/chaineditor.h"
#include "canvas/chainscene.h"
#include "canvas/linkedgeitem.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "commands/casecommand.h"
#include "commands/entitycommands.h"
#include "mainwindow.h"
#include "panels/caseoutlinemodel.h"
#include "panels/detailspane.h"

#include <QAbstractItemModelTester>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// Every row of the outline as "parent / row" text, for comparing with a freshly built outline.
QStringList rowsOf(const QAbstractItemModel *model, const QModelIndex &parent = {}, const QString &path = {})
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        // Group titles end in their count; the leaves are compared as they read.
        const QString here = path + QLatin1String(" / ") + index.data().toString();
        rows << here << rowsOf(model, index, here);
    }
    return rows;
}

const Party *partyNamed(const CaseDocument *document, const QString &name)
{
    for (const Party &p : document->data().parties)
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace

class TestViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsUpdateWhatChangedAndNothingIsReloaded()
    {
        CaseSession session;
        MainWindow window(&session);
        QAbstractItemModelTester tester(window.outlineView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.openSample();
        window.show();
        CaseDocument *document = session.document();
        auto *outline = static_cast<CaseOutlineModel *>(window.outlineView()->model());
        ChainScene *scene = window.chainScene();
        const int loads = document->fullLoads();
        const int rebuilds = scene->rebuildCount();
        const int resets = outline->resetCount();
        QSignalSpy updates(document, &CaseDocument::changed);

        // A new party: its card and its outline row, under its role.
        Party party;
        party.name = QStringLiteral("Ocean Link Pte. Ltd.");
        party.role = PartyRole::Distributor;
        party.headquartersCountry = QStringLiteral("SG");
        auto add = std::make_unique<AddPartyCommand>(&session, party, QPointF(50, 50));
        AddPartyCommand *added = add.get();
        session.perform(std::move(add));
        const PartyId ocean = added->partyId();
        QVERIFY(scene->node(ocean));
        QCOMPARE(scene->node(ocean)->party().name, party.name);
        const QModelIndex row = outline->indexOf({OutlineSubject::Kind::Party, ocean.value});
        QVERIFY(row.isValid());
        QCOMPARE(row.data().toString(), QStringLiteral("Ocean Link Pte. Ltd. · SG"));

        // Selected in the outline, renamed and moved to another role: the same row, now elsewhere,
        // still current, and the details say the new name.
        window.selectSubject({OutlineSubject::Kind::Party, ocean.value});
        Party renamed = *document->party(ocean);
        renamed.name = QStringLiteral("Blue Ocean Cloud");
        renamed.role = PartyRole::CloudProvider;
        session.perform(std::make_unique<EditPartyCommand>(&session, *document->party(ocean), renamed));
        QCOMPARE(CaseOutlineModel::subjectAt(window.outlineView()->currentIndex()),
                 (OutlineSubject{OutlineSubject::Kind::Party, ocean.value}));
        QVERIFY(window.detailsPane()->toPlainText().contains(QStringLiteral("Blue Ocean Cloud")));
        QCOMPARE(scene->node(ocean)->party().name, renamed.name);

        // A link to it from NVIDIA: a line, and the link's outline row names both.
        const Party *nvidia = partyNamed(document, QStringLiteral("NVIDIA"));
        QVERIFY(nvidia);
        Link link;
        link.kind = LinkKind::Sale;
        link.from = nvidia->id;
        link.to = ocean;
        link.quantity = 512;
        auto addLink = std::make_unique<AddLinkCommand>(&session, link);
        AddLinkCommand *linkCommand = addLink.get();
        session.perform(std::move(addLink));
        const LinkId linkId = linkCommand->linkId();
        QVERIFY(scene->edge(linkId));
        QCOMPARE(scene->edge(linkId)->fromNode(), scene->node(nvidia->id));
        QVERIFY(outline->indexOf({OutlineSubject::Kind::Link, linkId.value}).data().toString().startsWith(
            QStringLiteral("NVIDIA → Blue Ocean Cloud")));

        // The selection of two links deleted as one step: one update; undone: one update, back.
        scene->clearSelection();
        const QList<Link> before = document->data().links;
        scene->edge(linkId)->setSelected(true);
        scene->edge(before.first().id)->setSelected(true);
        updates.clear();
        window.chainEditor()->deleteSelection();
        QCOMPARE(updates.size(), 1);
        QVERIFY(!scene->edge(linkId));
        QVERIFY(!scene->edge(before.first().id));
        updates.clear();
        session.undoStack()->undo();
        QCOMPARE(updates.size(), 1);
        QVERIFY(scene->edge(linkId));
        QVERIFY(scene->edge(before.first().id));
        QCOMPARE(document->data().links, before);

        // Deleting the party takes its card, its link and its row.
        session.perform(std::make_unique<RemovePartyCommand>(&session, ocean, renamed.name));
        QVERIFY(!scene->node(ocean));
        QVERIFY(!scene->edge(linkId));
        QVERIFY(!outline->indexOf({OutlineSubject::Kind::Party, ocean.value}).isValid());

        // Nothing was read whole or rebuilt, and the outline reads exactly as one built afresh.
        QCOMPARE(document->fullLoads(), loads);
        QCOMPARE(scene->rebuildCount(), rebuilds);
        QCOMPARE(outline->resetCount(), resets);
        CaseOutlineModel fresh;
        fresh.setDocument(document);
        QCOMPARE(rowsOf(outline), rowsOf(&fresh));
        QCOMPARE(scene->caseData().links.size(), document->data().links.size());
        int cards = 0;
        for (QGraphicsItem *item : scene->items())
            cards += item->type() == PartyNodeItem::Type;
        QCOMPARE(cards, int(document->data().parties.size()));
    }

    void sitesAndProductsAreReachableFromTheOutline()
    {
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        ChainEditor *editor = window.chainEditor();
        const Site site = session.document()->data().sites.first();
        QMenu menu;
        editor->addSubjectActions(menu, {OutlineSubject::Kind::Site, site.id.value});
        QStringList texts;
        for (QAction *action : menu.actions())
            texts << action->text();
        QCOMPARE(texts.size(), 2);
        QVERIFY(texts.first().contains(site.name));
        // Deleting a site a link uses is refused, said once in one dialog, and changes nothing.
        QSignalSpy failed(&session, &CaseSession::editFailed);
        QTimer::singleShot(0, this, [&window] {
            if (auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorDialog")))
                box->accept();
        });
        bool used = false;
        for (const Link &l : session.document()->data().links)
            used = used || l.site == site.id;
        editor->deleteSubject({OutlineSubject::Kind::Site, site.id.value});
        QCOMPARE(failed.size(), used ? 1 : 0);
        QCOMPARE(session.document()->site(site.id) != nullptr, used);
    }
};

QTEST_MAIN(TestViews)
#include "test_views.moc"
