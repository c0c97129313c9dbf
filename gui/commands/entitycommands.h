// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/casecommand.h"
#include "store/casestore.h"

namespace chiptrail::gui {

// Add, edit and remove for each kind of entity. Re-adding after an undo reuses the row id, so
// later commands in the stack that name the entity still find it.

class AddPartyCommand : public CaseCommand
{
public:
    // `pinned`: placed by the user's hand (kept by Re-layout), else placed for the user.
    AddPartyCommand(CaseSession *session, Party party, std::optional<QPointF> position = std::nullopt, bool pinned = true);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;
    PartyId partyId() const { return m_party.id; }

private:
    Party m_party;
    std::optional<QPointF> m_position;
    bool m_pinned;
};

class EditPartyCommand : public CaseCommand
{
public:
    EditPartyCommand(CaseSession *session, Party before, Party after);
    void apply(CaseStore &store) override { store.updateParty(m_after); }
    void revert(CaseStore &store) override { store.updateParty(m_before); }

private:
    Party m_before, m_after;
};

class RemovePartyCommand : public CaseCommand
{
public:
    RemovePartyCommand(CaseSession *session, PartyId id, const QString &name);
    void apply(CaseStore &store) override { m_removal = store.removeParty(m_id); }
    void revert(CaseStore &store) override { store.restoreParty(m_removal); }

private:
    PartyId m_id;
    PartyRemoval m_removal;
};

class AddLinkCommand : public CaseCommand
{
public:
    AddLinkCommand(CaseSession *session, Link link);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;
    LinkId linkId() const { return m_link.id; }

private:
    Link m_link;
};

class EditLinkCommand : public CaseCommand
{
public:
    EditLinkCommand(CaseSession *session, Link before, Link after);
    void apply(CaseStore &store) override { store.updateLink(m_after); }
    void revert(CaseStore &store) override { store.updateLink(m_before); }

private:
    Link m_before, m_after;
};

class RemoveLinkCommand : public CaseCommand
{
public:
    RemoveLinkCommand(CaseSession *session, LinkId id);
    void apply(CaseStore &store) override { m_removal = store.removeLink(m_id); }
    void revert(CaseStore &store) override { store.restoreLink(m_removal); }

private:
    LinkId m_id;
    LinkRemoval m_removal;
};

class AddSiteCommand : public CaseCommand
{
public:
    AddSiteCommand(CaseSession *session, Site site);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override { store.removeSite(m_site.id); }
    SiteId siteId() const { return m_site.id; }

private:
    Site m_site;
};

class EditSiteCommand : public CaseCommand
{
public:
    EditSiteCommand(CaseSession *session, Site before, Site after);
    void apply(CaseStore &store) override { store.updateSite(m_after); }
    void revert(CaseStore &store) override { store.updateSite(m_before); }

private:
    Site m_before, m_after;
};

class RemoveSiteCommand : public CaseCommand
{
public:
    RemoveSiteCommand(CaseSession *session, SiteId id);
    void apply(CaseStore &store) override { m_removal = store.removeSite(m_id); }
    void revert(CaseStore &store) override { store.restoreSite(m_removal); }

private:
    SiteId m_id;
    SiteRemoval m_removal;
};

class AddProductCommand : public CaseCommand
{
public:
    AddProductCommand(CaseSession *session, Product product);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override { store.removeProduct(m_product.id); }
    ProductId productId() const { return m_product.id; }

private:
    Product m_product;
};

class EditProductCommand : public CaseCommand
{
public:
    EditProductCommand(CaseSession *session, Product before, Product after);
    void apply(CaseStore &store) override { store.updateProduct(m_after); }
    void revert(CaseStore &store) override { store.updateProduct(m_before); }

private:
    Product m_before, m_after;
};

class RemoveProductCommand : public CaseCommand
{
public:
    RemoveProductCommand(CaseSession *session, ProductId id);
    void apply(CaseStore &store) override { m_removal = store.removeProduct(m_id); }
    void revert(CaseStore &store) override { store.restoreProduct(m_removal); }

private:
    ProductId m_id;
    ProductRemoval m_removal;
};

// Dragging parties on the canvas; the new places are pinned, so a re-layout keeps them.
class MoveNodesCommand : public CaseCommand
{
public:
    MoveNodesCommand(CaseSession *session, QList<NodePosition> after, const QString &text = {});
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;

private:
    QList<NodePosition> m_after;
    // What the file held before the first apply: a stored place, or none (placed by layout).
    QList<NodePosition> m_storedBefore;
    QList<PartyId> m_unstoredBefore;
    bool m_captured = false;
};

} // namespace chiptrail::gui
