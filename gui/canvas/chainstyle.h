// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QSizeF>

namespace chiptrail::gui {

// How the chain looks: one place for colours, pens and sizes, shared by screen and export.
namespace chainstyle {

inline constexpr QSizeF nodeSize{190.0, 58.0}; // the smallest card
inline constexpr double maxNodeWidth = 360.0;
QFont nameFont(); // in scene pixels, so screen, SVG, PNG and PDF agree
// A card wide enough for the name (up to maxNodeWidth, then the name is elided).
QSizeF nodeSizeFor(const QString &name);
inline constexpr double countryPadding = 8.0; // inside Graphviz's cluster margin, so boxes do not overlap

QColor roleColour(PartyRole role);
QPen linkPen(LinkKind kind, std::optional<qint64> quantity, Confidence confidence);
bool linkHasBoxMarker(LinkKind kind); // shipments carry a small box mid-way
QColor countryFill(const QString &isoCode);
QColor unsourcedColour();
QColor highlightColour();

} // namespace chainstyle
} // namespace chiptrail::gui
