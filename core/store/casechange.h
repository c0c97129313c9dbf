// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QSet>

namespace chiptrail {

// What one edit of the case file wrote: the rows it added, changed or removed, by id. The store
// reports it when the edit is on disk; the case document turns it into typed notifications
// (added / changed / removed) by reading those rows again.
struct CaseChange
{
    QSet<qint64> parties, sites, products, links, sources, notes;
    QSet<qint64> positions; // parties whose place or pin on the canvas changed
    bool info = false;      // title, description, language
    bool screening = false; // screening decisions
    bool everything = false; // the whole case was written (created from data)

    bool isEmpty() const
    {
        return !everything && !info && !screening && parties.isEmpty() && sites.isEmpty() && products.isEmpty()
            && links.isEmpty() && sources.isEmpty() && notes.isEmpty() && positions.isEmpty();
    }

    QSet<qint64> &of(SubjectKind kind)
    {
        switch (kind) {
        case SubjectKind::Party: return parties;
        case SubjectKind::Site: return sites;
        case SubjectKind::Product: return products;
        case SubjectKind::Link: return links;
        }
        return parties;
    }

    void merge(const CaseChange &other)
    {
        parties.unite(other.parties);
        sites.unite(other.sites);
        products.unite(other.products);
        links.unite(other.links);
        sources.unite(other.sources);
        notes.unite(other.notes);
        positions.unite(other.positions);
        info = info || other.info;
        screening = screening || other.screening;
        everything = everything || other.everything;
    }
};

} // namespace chiptrail
