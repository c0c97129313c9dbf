// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QDate>
#include <QList>
#include <optional>

namespace chiptrail {

// Questions about the shape of a case that the canvas, the charts and the rules all ask.
namespace chaingraph {

// The fewest links from `from` to `to`. Follows links in their direction first (the way the
// hardware moves); if there is no directed path, any path. Empty when the two are not connected.
QList<LinkId> shortestPath(const CaseData &data, PartyId from, PartyId to);

// Whether a link is part of the case "as of" a date: it has started by then. Undated links are
// always shown, since nothing says they had not happened.
bool isActiveAsOf(const Link &link, const QDate &asOf);

// Number of notes that back each subject (whole claim or any attribute of it).
QHash<qint64, int> noteCounts(const CaseData &data, SubjectKind subject);

} // namespace chaingraph
} // namespace chiptrail
