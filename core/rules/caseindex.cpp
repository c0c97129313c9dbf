// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseindex.h"

#include <QSet>
#include <algorithm>

namespace chiptrail {

CaseIndex::CaseIndex(const CaseData &data) : m_data(data)
{
    for (qsizetype i = 0; i < data.parties.size(); ++i)
        m_parties.insert(data.parties.at(i).id.value, i);
    for (qsizetype i = 0; i < data.products.size(); ++i)
        m_products.insert(data.products.at(i).id.value, i);
    for (qsizetype i = 0; i < data.sites.size(); ++i)
        m_sites.insert(data.sites.at(i).id.value, i);
    for (const Link &link : data.links) {
        m_from[link.from.value] << &link;
        if (link.kind == LinkKind::Ownership)
            m_owners[link.to.value] << &link;
        if (link.kind == LinkKind::Ownership || link.kind == LinkKind::Affiliation) {
            m_ties[link.from.value] << &link;
            m_ties[link.to.value] << &link;
        }
    }
    for (const Note &note : data.notes)
        for (const ClaimRef &claim : note.claims)
            m_notes[{static_cast<int>(claim.subject), claim.subjectId}] << qMakePair(claim.attribute, note.key);
}

const Party *CaseIndex::party(PartyId id) const
{
    const auto it = m_parties.constFind(id.value);
    return it == m_parties.cend() ? nullptr : &m_data.parties.at(*it);
}

const Product *CaseIndex::product(std::optional<ProductId> id) const
{
    if (!id)
        return nullptr;
    const auto it = m_products.constFind(id->value);
    return it == m_products.cend() ? nullptr : &m_data.products.at(*it);
}

const Site *CaseIndex::site(std::optional<SiteId> id) const
{
    if (!id)
        return nullptr;
    const auto it = m_sites.constFind(id->value);
    return it == m_sites.cend() ? nullptr : &m_data.sites.at(*it);
}

QString CaseIndex::homeCountry(const Party &party) const
{
    return party.headquartersCountry.isEmpty() ? party.incorporationCountry : party.headquartersCountry;
}

namespace {

bool controls(const Link &l, std::optional<double> controlPct)
{
    return !controlPct || !l.ownershipShare || *l.ownershipShare >= *controlPct;
}

} // namespace

QList<CaseIndex::Parent> CaseIndex::controllingOwners(const Party &start, std::optional<double> controlPct) const
{
    // Breadth first. A party reached again through recorded shares only replaces its reading
    // through an unknown share, so each party is queued at most twice and cycles end.
    QList<Parent> out;
    QHash<qint64, qsizetype> at; // party id -> position in out
    QList<Parent> queue{{&start, false}};
    while (!queue.isEmpty()) {
        const Parent current = queue.takeFirst();
        for (const Link *l : m_owners.value(current.party->id.value)) {
            if (!controls(*l, controlPct))
                continue;
            const Party *p = party(l->from);
            if (!p || p->id == start.id)
                continue; // ownership cycles happen in messy data
            const bool unknown = current.shareUnknown || (controlPct && !l->ownershipShare);
            const auto seen = at.constFind(p->id.value);
            if (seen != at.cend()) {
                if (unknown || !out.at(*seen).shareUnknown)
                    continue;
                out[*seen].shareUnknown = false;
            } else {
                at.insert(p->id.value, out.size());
                out << Parent{p, unknown};
            }
            queue << Parent{p, unknown};
        }
    }
    return out;
}

QList<CaseIndex::Parent> CaseIndex::ultimateParents(const Party &party, std::optional<double> controlPct) const
{
    QList<Parent> out;
    for (const Parent &p : controllingOwners(party, controlPct)) {
        const QList<const Link *> owners = m_owners.value(p.party->id.value);
        if (std::none_of(owners.cbegin(), owners.cend(), [&](const Link *l) { return controls(*l, controlPct); }))
            out << p;
    }
    return out;
}

QList<const Link *> CaseIndex::ties(PartyId party) const { return m_ties.value(party.value); }
QList<const Link *> CaseIndex::linksFrom(PartyId party) const { return m_from.value(party.value); }

QStringList CaseIndex::noteKeys(SubjectKind subject, qint64 id) const
{
    QStringList out;
    for (const auto &[attribute, key] : m_notes.value({static_cast<int>(subject), id}))
        if (!out.contains(key))
            out << key;
    return out;
}

bool CaseIndex::hasNote(SubjectKind subject, qint64 id, const QString &attribute) const
{
    for (const auto &entry : m_notes.value({static_cast<int>(subject), id}))
        if (attribute.isEmpty() || entry.first.isEmpty() || entry.first == attribute)
            return true;
    return false;
}

const Product *CaseIndex::chipOf(const Product *p) const
{
    if (!p)
        return nullptr;
    return p->kind == ProductKind::System ? product(p->contains) : p;
}

qint64 CaseIndex::chipsPerUnit(const Product *p) const
{
    if (!p)
        return 0;
    return p->kind == ProductKind::System ? std::max(1, p->chipsPerUnit) : 1;
}

} // namespace chiptrail
