// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layoutgraph.h"

#include <QByteArray>

namespace chiptrail::layout {

struct LayoutOptions;

// A hash of what decides a layout: node ids, tiers, countries and sizes; edge ids and ends;
// the options that change the geometry (engine choice, ranks, clusters, edge labels and, when
// they are on, the edge label text). Names, descriptions, confidences, dates and link kinds do
// not change it: editing them needs no new layout. Independent of the order of the lists.
//
// The canvas keeps the hash of the layout it shows and skips the layout when a change leaves
// the hash as it was; it may store it with the positions to skip layout when a case is opened.
// Hex SHA-256.
QByteArray structuralHash(const LayoutGraph &graph, const LayoutOptions &options);

} // namespace chiptrail::layout
