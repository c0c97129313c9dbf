// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycommands.h"

#include <QCoreApplication>

namespace chiptrail::gui {
namespace {

struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

} // namespace

AddPartyCommand::AddPartyCommand(CaseSession *session, Party party, std::optional<QPointF> position, bool pinned)
    : CaseCommand(session, Commands::tr("Add party “%1”").arg(party.name)), m_party(std::move(party)), m_position(position),
      m_pinned(pinned)
{
}

void AddPartyCommand::apply(CaseStore &store) { m_party.id = store.addParty(m_party, m_position, m_pinned); }

void AddPartyCommand::revert(CaseStore &store) { store.removeParty(m_party.id); }

EditPartyCommand::EditPartyCommand(CaseSession *session, Party before, Party after)
    : CaseCommand(session, Commands::tr("Edit party “%1”").arg(after.name)), m_before(std::move(before)),
      m_after(std::move(after))
{
}

RemovePartyCommand::RemovePartyCommand(CaseSession *session, PartyId id, const QString &name)
    : CaseCommand(session, Commands::tr("Delete party “%1”").arg(name)), m_id(id)
{
}

AddLinkCommand::AddLinkCommand(CaseSession *session, Link link)
    : CaseCommand(session, Commands::tr("Add link")), m_link(std::move(link))
{
}

void AddLinkCommand::apply(CaseStore &store) { m_link.id = store.addLink(m_link); }

void AddLinkCommand::revert(CaseStore &store) { store.removeLink(m_link.id); }

EditLinkCommand::EditLinkCommand(CaseSession *session, Link before, Link after)
    : CaseCommand(session, Commands::tr("Edit link")), m_before(std::move(before)), m_after(std::move(after))
{
}

RemoveLinkCommand::RemoveLinkCommand(CaseSession *session, LinkId id)
    : CaseCommand(session, Commands::tr("Delete link")), m_id(id)
{
}

AddSiteCommand::AddSiteCommand(CaseSession *session, Site site)
    : CaseCommand(session, Commands::tr("Add site “%1”").arg(site.name)), m_site(std::move(site))
{
}

void AddSiteCommand::apply(CaseStore &store) { m_site.id = store.addSite(m_site); }

EditSiteCommand::EditSiteCommand(CaseSession *session, Site before, Site after)
    : CaseCommand(session, Commands::tr("Edit site “%1”").arg(after.name)), m_before(std::move(before)),
      m_after(std::move(after))
{
}

RemoveSiteCommand::RemoveSiteCommand(CaseSession *session, SiteId id)
    : CaseCommand(session, Commands::tr("Delete site")), m_id(id)
{
}

AddProductCommand::AddProductCommand(CaseSession *session, Product product)
    : CaseCommand(session, Commands::tr("Add product “%1”").arg(product.name)), m_product(std::move(product))
{
}

void AddProductCommand::apply(CaseStore &store) { m_product.id = store.addProduct(m_product); }

EditProductCommand::EditProductCommand(CaseSession *session, Product before, Product after)
    : CaseCommand(session, Commands::tr("Edit product “%1”").arg(after.name)), m_before(std::move(before)),
      m_after(std::move(after))
{
}

RemoveProductCommand::RemoveProductCommand(CaseSession *session, ProductId id)
    : CaseCommand(session, Commands::tr("Delete product")), m_id(id)
{
}

MoveNodesCommand::MoveNodesCommand(CaseSession *session, QList<NodePosition> after, const QString &text)
    : CaseCommand(session, text.isEmpty() ? QCoreApplication::translate("Commands", "Move %n party(s)", nullptr, int(after.size()))
                                          : text),
      m_after(std::move(after))
{
}

void MoveNodesCommand::apply(CaseStore &store)
{
    if (!m_captured) {
        QHash<qint64, NodePosition> stored;
        for (const auto &p : store.nodePositions())
            stored.insert(p.party.value, p);
        for (const auto &p : std::as_const(m_after)) {
            if (stored.contains(p.party.value))
                m_storedBefore.append(stored.value(p.party.value));
            else
                m_unstoredBefore.append(p.party);
        }
        m_captured = true;
    }
    store.setNodePositions(m_after);
}

void MoveNodesCommand::revert(CaseStore &store)
{
    store.setNodePositions(m_storedBefore);
    if (!m_unstoredBefore.isEmpty())
        store.clearNodePositions(m_unstoredBefore);
}

} // namespace chiptrail::gui
