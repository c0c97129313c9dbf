// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QHash>

namespace chiptrail {

// Lookups over one CaseData that the checker needs again and again: by id, notes by claim,
// ownership parents and ties. Built once per check, so a check stays linear in the case size.
class CaseIndex
{
public:
    explicit CaseIndex(const CaseData &data);

    const CaseData &data() const { return m_data; }
    const Party *party(PartyId id) const;
    const Product *product(std::optional<ProductId> id) const;
    const Site *site(std::optional<SiteId> id) const;
    // Headquarters country, else country of incorporation; empty when unknown.
    QString homeCountry(const Party &party) const;
    // A parent reached through ownership links (from = owner) that each give control: a share of
    // at least `controlPct`, or no share recorded (then `shareUnknown`: control is assumed, and
    // the rule that relies on it says so). Without a threshold every ownership link controls.
    struct Parent
    {
        const Party *party = nullptr;
        bool shareUnknown = false;
    };
    // The party's controlling owners, their controlling owners, to the top. Excludes itself.
    QList<Parent> controllingOwners(const Party &party, std::optional<double> controlPct) const;
    // Those of them with no controlling owner of their own.
    QList<Parent> ultimateParents(const Party &party, std::optional<double> controlPct) const;
    // Ownership links whose `to` is the party (its direct owners).
    QList<const Link *> ownershipsOf(PartyId party) const { return m_owners.value(party.value); }
    // Ownership and affiliation links touching the party.
    QList<const Link *> ties(PartyId party) const;
    QList<const Link *> linksFrom(PartyId party) const;
    // Keys of notes claiming the subject (whole or one attribute); attribute "" = any.
    QStringList noteKeys(SubjectKind subject, qint64 id) const;
    bool hasNote(SubjectKind subject, qint64 id, const QString &attribute) const;
    // Chips in one unit of the product (1 for a chip) and the chip itself.
    const Product *chipOf(const Product *product) const;
    qint64 chipsPerUnit(const Product *product) const;

private:
    const CaseData &m_data;
    QHash<qint64, qsizetype> m_parties, m_products, m_sites;
    QHash<qint64, QList<const Link *>> m_owners;  // owned party -> ownership links
    QHash<qint64, QList<const Link *>> m_ties;
    QHash<qint64, QList<const Link *>> m_from;
    QHash<QPair<int, qint64>, QList<QPair<QString, QString>>> m_notes; // subject -> (attribute, note key)
};

} // namespace chiptrail
