// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QHash>
#include <QString>

namespace chiptrail {

// A set of parties the canvas can fold into one summary node: all parties of a country, or one
// company group (parties joined by ownership/control links, named after the owner at the top).
// Folding is a view setting, not an edit of the case.
struct CollapseKey
{
    enum class Kind { Country, CompanyGroup };
    Kind kind = Kind::Country;
    QString country;  // Kind::Country: the ISO code ("" = parties without a country)
    PartyId root;     // Kind::CompanyGroup: the owner at the top of the group

    static CollapseKey forCountry(const QString &isoCode) { return {Kind::Country, isoCode, {}}; }
    static CollapseKey forCompanyGroup(PartyId root) { return {Kind::CompanyGroup, {}, root}; }

    friend bool operator==(const CollapseKey &a, const CollapseKey &b)
    {
        return a.kind == b.kind && a.country == b.country && a.root == b.root;
    }
};

inline size_t qHash(const CollapseKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.kind), key.country, key.root.value);
}

// The company group of every party that has an ownership link: party id -> the group's root.
// The root is a party of the group that nobody in it owns (the smallest id when there are
// several, or when ownership runs in a circle). Parties without ownership links are not listed.
QHash<qint64, PartyId> companyGroupRoots(const CaseData &data);

} // namespace chiptrail
