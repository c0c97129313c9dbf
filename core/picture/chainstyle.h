// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "picture/chainpicture.h"
#include "rules/findings.h"

#include <QColor>
#include <QHash>
#include <QFont>
#include <QPen>
#include <QSizeF>

namespace chiptrail::picture {

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
QColor mergedLinkColour(); // the arrows to and from a collapsed group

// A checked link's colour: the verdict decides it (red: licence required, green: none required,
// grey: not an export, orange when that reveals the cloud loophole or ties to a listed party).
// The canvas, the rule panel, the charts and the command line's images all use this one mapping.
QColor verdictColour(const LinkFinding &finding);
QColor licenceRequiredColour(); // also a counted Entity List match
QColor warningColour();         // also a possible match
QHash<qint64, QColor> verdictColours(const CaseFindings &findings); // by link id

// The verdict palette, colour-blind safe (Okabe–Ito based, checked in test_picture by simulating
// deuteranopia and protanopia): dark vermillion, orange-yellow, blue, grey.
VerdictMark verdictMark(const LinkFinding &finding);
QColor markColour(VerdictMark mark);
// The mark a verdict colour stands for (the window hands the picture colours only); None for any
// other colour.
VerdictMark markOfColour(const QColor &colour);

} // namespace chainstyle
} // namespace chiptrail::picture
