// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of edit, undone and redone, gives back exactly the case it started from.
#include "casesession.h"
#include "commands/entitycommands.h"
#include "error.h"

#include <QTest>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

class TestCommands : public QObject
{
    Q_OBJECT

    // Performs the command, then checks undo restores `before` and redo restores the result.
    static void roundTrip(CaseSession &session, std::unique_ptr<CaseCommand> command)
    {
        const CaseData before = session.store()->load();
        const auto positionsBefore = session.store()->nodePositions();
        session.perform(std::move(command));
        const CaseData after = session.store()->load();
        session.undoStack()->undo();
        QCOMPARE(session.store()->load(), before);
        QCOMPARE(session.store()->nodePositions().size(), positionsBefore.size());
        session.undoStack()->redo();
        QCOMPARE(session.store()->load(), after);
    }

private Q_SLOTS:
    void everyEditKindUndoesAndRedoesExactly()
    {
        CaseSession session;
        session.openSample();
        const CaseData sample = session.store()->load();
        const auto key = [](const auto &list, const char *k) {
            for (const auto &item : list)
                if (item.key == QLatin1String(k))
                    return item;
            qFatal("missing %s", k);
        };

        Party party;
        party.key = QStringLiteral("new-distributor");
        party.name = QStringLiteral("Megaspeed Sdn. Bhd.");
        party.role = PartyRole::Distributor;
        party.headquartersCountry = QStringLiteral("MY");
        roundTrip(session, std::make_unique<AddPartyCommand>(&session, party, QPointF(100, 200)));

        Party indosat = key(sample.parties, "indosat");
        Party renamed = indosat;
        renamed.aliases << QStringLiteral("PT Indosat Tbk");
        renamed.confidence = Confidence::Confirmed;
        roundTrip(session, std::make_unique<EditPartyCommand>(&session, indosat, renamed));
        roundTrip(session, std::make_unique<RemovePartyCommand>(&session, key(sample.parties, "aivres").id, QStringLiteral("Aivres")));

        Link lease = key(sample.links, "indosat-inftech-lease");
        Link changed = lease;
        changed.quantity = 2304;
        changed.attributeConfidence.insert(QStringLiteral("quantity"), Confidence::Disputed);
        roundTrip(session, std::make_unique<EditLinkCommand>(&session, lease, changed));
        Link extra = lease;
        extra.id = {};
        extra.key = QStringLiteral("extra");
        roundTrip(session, std::make_unique<AddLinkCommand>(&session, extra));
        roundTrip(session, std::make_unique<RemoveLinkCommand>(&session, lease.id));

        Site site;
        site.key = QStringLiteral("johor");
        site.name = QStringLiteral("Johor data centre");
        site.country = QStringLiteral("MY");
        roundTrip(session, std::make_unique<AddSiteCommand>(&session, site));
        Site jakarta = key(sample.sites, "jakarta");
        Site moved = jakarta;
        moved.city = QStringLiteral("Batam");
        roundTrip(session, std::make_unique<EditSiteCommand>(&session, jakarta, moved));
        roundTrip(session, std::make_unique<RemoveSiteCommand>(&session, key(sample.sites, "yiwu").id));

        Product chip;
        chip.key = QStringLiteral("mi308");
        chip.name = QStringLiteral("AMD MI308");
        chip.chip.tpp = 2000;
        roundTrip(session, std::make_unique<AddProductCommand>(&session, chip));
        Product h20 = key(sample.products, "h20");
        Product h20b = h20;
        h20b.chip.datacenter = false;
        roundTrip(session, std::make_unique<EditProductCommand>(&session, h20, h20b));
        const Product h200 = key(session.store()->products(), "h200");
        // H200 is used by the planned orders: removing it is refused and nothing is pushed.
        const int depth = session.undoStack()->count();
        QVERIFY_THROWS_EXCEPTION(CaseError, session.perform(std::make_unique<RemoveProductCommand>(&session, h200.id)));
        QCOMPARE(session.undoStack()->count(), depth);

        roundTrip(session, std::make_unique<MoveNodesCommand>(&session, QList<NodePosition>{{indosat.id, QPointF(5, 6), true}}));
        QCOMPARE(session.store()->nodePositions().size(), 2); // the new party's and Indosat's
        roundTrip(session, std::make_unique<MoveNodesCommand>(&session, QList<NodePosition>{{indosat.id, QPointF(7, 8), true}}));

        // And the whole history unwinds to the sample case.
        while (session.undoStack()->canUndo())
            session.undoStack()->undo();
        QCOMPARE(session.store()->load(), sample);
    }
};

QTEST_MAIN(TestCommands)
#include "test_commands.moc"
