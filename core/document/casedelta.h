// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QMetaType>
#include <QSet>

namespace chiptrail {

// Rows of one kind that an edit added, changed or removed, by id.
struct IdChanges
{
    QSet<qint64> added, updated, removed;

    bool isEmpty() const { return added.isEmpty() && updated.isEmpty() && removed.isEmpty(); }
    bool touches(qint64 id) const { return added.contains(id) || updated.contains(id) || removed.contains(id); }
    int size() const { return int(added.size() + updated.size() + removed.size()); }
};

// What one edit (or one undo macro) changed, as the views need to hear it. Sent once per edit by
// CaseDocument::changed, after the document's own copy of the case is up to date.
struct CaseDelta
{
    IdChanges parties, sites, products, links, sources, notes;
    QSet<qint64> positions; // parties whose place or pin changed (not those removed)
    // Subjects whose backing changed: a note that claims them was added, removed or re-pointed.
    QSet<qint64> partiesBacked, sitesBacked, productsBacked, linksBacked;
    bool info = false;
    bool screening = false;

    bool isEmpty() const
    {
        return parties.isEmpty() && sites.isEmpty() && products.isEmpty() && links.isEmpty() && sources.isEmpty()
            && notes.isEmpty() && positions.isEmpty() && !info && !screening;
    }
    // Anything the export rules read (everything but places on the canvas).
    bool touchesRules() const
    {
        return !parties.isEmpty() || !sites.isEmpty() || !products.isEmpty() || !links.isEmpty() || !notes.isEmpty()
            || screening;
    }
    const QSet<qint64> &backed(SubjectKind kind) const
    {
        switch (kind) {
        case SubjectKind::Party: return partiesBacked;
        case SubjectKind::Site: return sitesBacked;
        case SubjectKind::Product: return productsBacked;
        case SubjectKind::Link: return linksBacked;
        }
        return partiesBacked;
    }
    QSet<qint64> &backed(SubjectKind kind) { return const_cast<QSet<qint64> &>(std::as_const(*this).backed(kind)); }
};

} // namespace chiptrail

Q_DECLARE_METATYPE(chiptrail::CaseDelta)
