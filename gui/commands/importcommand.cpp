// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "store/casestore.h"

#include <QSet>

namespace chiptrail::gui {
namespace {

template <typename Entity>
QSet<QString> keysOf(const QList<Entity> &entities)
{
    QSet<QString> keys;
    for (const Entity &e : entities)
        keys.insert(e.key);
    return keys;
}

// The first time: the store picks row ids (and keys where the imported key is taken). Again
// after an undo: the rows come back under the ids they had.
CaseData addAll(CaseStore &store, const CaseData &in, bool again)
{
    CaseData out = in;
    QHash<qint64, qint64> party, site, product, link, source, note;
    const auto freeKey = [](QString &key, const QSet<QString> &taken) {
        if (taken.contains(key))
            key.clear();
    };
    const QSet<QString> partyKeys = again ? QSet<QString>() : keysOf(store.parties());
    for (Party &p : out.parties) {
        const qint64 old = p.id.value;
        if (!again) {
            p.id = PartyId();
            freeKey(p.key, partyKeys);
        }
        p.id = store.addParty(p);
        party.insert(old, p.id.value);
        p = *store.party(p.id); // with the key the store chose
    }
    const QSet<QString> siteKeys = again ? QSet<QString>() : keysOf(store.sites());
    for (Site &s : out.sites) {
        const qint64 old = s.id.value;
        if (!again) {
            s.id = SiteId();
            freeKey(s.key, siteKeys);
            if (s.operatorParty)
                s.operatorParty = PartyId(party.value(s.operatorParty->value));
        }
        s.id = store.addSite(s);
        site.insert(old, s.id.value);
        s = *store.site(s.id);
    }
    // A system names the chip inside it: chips first, then the systems.
    const QSet<QString> productKeys = again ? QSet<QString>() : keysOf(store.products());
    for (const bool systems : {false, true}) {
        for (Product &p : out.products) {
            if (p.contains.has_value() != systems)
                continue;
            const qint64 old = p.id.value;
            if (!again) {
                p.id = ProductId();
                freeKey(p.key, productKeys);
                if (p.contains)
                    p.contains = ProductId(product.value(p.contains->value));
            }
            p.id = store.addProduct(p);
            product.insert(old, p.id.value);
            p = *store.product(p.id);
        }
    }
    const QSet<QString> linkKeys = again ? QSet<QString>() : keysOf(store.links());
    for (Link &l : out.links) {
        const qint64 old = l.id.value;
        if (!again) {
            l.id = LinkId();
            freeKey(l.key, linkKeys);
            l.from = PartyId(party.value(l.from.value));
            l.to = PartyId(party.value(l.to.value));
            if (l.product)
                l.product = ProductId(product.value(l.product->value));
            if (l.site)
                l.site = SiteId(site.value(l.site->value));
        }
        l.id = store.addLink(l);
        link.insert(old, l.id.value);
        l = *store.link(l.id);
    }
    const QSet<QString> sourceKeys = again ? QSet<QString>() : keysOf(store.sources());
    for (Source &s : out.sources) {
        const qint64 old = s.id.value;
        if (!again) {
            s.id = SourceId();
            freeKey(s.key, sourceKeys);
        }
        s.id = store.addSource(s);
        source.insert(old, s.id.value);
        s = *store.source(s.id);
    }
    // Translations may name a later note: every note first, then the pairs.
    const QSet<QString> noteKeys = again ? QSet<QString>() : keysOf(store.notes());
    for (Note &n : out.notes) {
        const qint64 old = n.id.value;
        const auto translationOf = n.translationOf;
        n.translationOf.reset();
        if (!again) {
            n.id = NoteId();
            freeKey(n.key, noteKeys);
            n.source = SourceId(source.value(n.source.value));
            for (ClaimRef &c : n.claims) {
                const QHash<qint64, qint64> &ids = c.subject == SubjectKind::Party ? party
                    : c.subject == SubjectKind::Site                             ? site
                    : c.subject == SubjectKind::Product                          ? product
                                                                                 : link;
                c.subjectId = ids.value(c.subjectId);
            }
        }
        n.id = store.addNote(n);
        note.insert(old, n.id.value);
        n = *store.note(n.id);
        n.translationOf = translationOf;
    }
    for (Note &n : out.notes) {
        if (!n.translationOf)
            continue;
        if (!again)
            n.translationOf = NoteId(note.value(n.translationOf->value));
        store.updateNote(n);
    }
    for (ScreeningDecision &d : out.screeningDecisions) {
        if (!again)
            d.party = PartyId(party.value(d.party.value));
        store.setScreeningDecision(d);
    }
    return out;
}

} // namespace

ImportCaseDataCommand::ImportCaseDataCommand(CaseSession *session, const QString &text, CaseData data)
    : CaseCommand(session, text), m_data(std::move(data))
{
}

void ImportCaseDataCommand::apply(CaseStore &store)
{
    store.editAtOnce([&] {
        if (!m_addedOnce)
            m_added = addAll(store, m_data, false);
        else
            addAll(store, m_added, true);
    });
    m_addedOnce = true; // only once the transaction is in: a refused import is tried afresh
}

void ImportCaseDataCommand::revert(CaseStore &store)
{
    store.editAtOnce([&] {
        for (auto it = m_added.screeningDecisions.crbegin(); it != m_added.screeningDecisions.crend(); ++it)
            store.removeScreeningDecision(it->party, it->entryId);
        for (auto it = m_added.notes.crbegin(); it != m_added.notes.crend(); ++it)
            store.removeNote(it->id);
        for (auto it = m_added.links.crbegin(); it != m_added.links.crend(); ++it)
            store.removeLink(it->id);
        for (auto it = m_added.sources.crbegin(); it != m_added.sources.crend(); ++it)
            store.removeSource(it->id);
        for (const Product &p : m_added.products) // systems first: a chip goes when nothing contains it
            if (p.contains)
                store.removeProduct(p.id);
        for (const Product &p : m_added.products)
            if (!p.contains)
                store.removeProduct(p.id);
        for (auto it = m_added.sites.crbegin(); it != m_added.sites.crend(); ++it)
            store.removeSite(it->id);
        for (auto it = m_added.parties.crbegin(); it != m_added.parties.crend(); ++it)
            store.removeParty(it->id);
    });
}

} // namespace chiptrail::gui
