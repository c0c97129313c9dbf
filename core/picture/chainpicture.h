// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/collapsegroups.h"
#include "model/entities.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace chiptrail::picture {

// The chain as plain data: what the canvas shows and every export draws, element by element, in
// scene units. Values only (no QPainterPath: painting a path fills caches inside it, and a picture
// is drawn on a worker thread while the window goes on) so a copy can go to any thread.

// Each element with text carries `minTextSize`: the smallest text it may draw, in scene units. 0 on
// the canvas (the zoom decides); an export sets it from its page (textfloor.h) so that no text on
// the page is smaller than the page allows. Texts designed larger keep their size.

// One party's card. The rect is in the coordinates it is painted in: the scene for a picture, the
// item's own (centred on 0) for a canvas item.
struct Card
{
    PartyId party;
    QRectF rect;
    QString name;
    QString subtitle;      // role · country
    QColor roleColour;
    bool dashedBorder = false; // suspected or disputed
    int noteCount = 0;     // 0: the red "!" badge
    bool dimmed = false;   // not yet in the story as of the date, or filtered out
    bool highlighted = false; // on a highlighted path
    double minTextSize = 0;
};

// Where a link's line runs: straight between the card edges, a quadratic arc (parallel links), a
// cubic self loop, or Graphviz's own spline around the cards; with the points derived from it that
// painting needs, worked out once.
struct LinkGeometry
{
    enum class Curve : quint8 { Straight, Quad, Cubic, Spline };
    Curve curve = Curve::Straight;
    QPointF start, control1, control2, end; // control1 for Quad; both for Cubic
    // Spline: start, then control, control, end per cubic segment (1 + 3n points), as Graphviz
    // gives them; the line then runs on straight to `end`, the arrow's tip on the card's edge.
    QPolygonF spline;
    QPolygonF polyline;    // the curve flattened: grids, hit tests, pixels and clipped drawing
    QRectF pathBounds;
    QPointF arrowTip, arrowBack, boxCentre;
    QPointF labelAnchor;
};

struct LinkLine
{
    LinkId link;
    PartyId from, to;      // the cards it joins (invalid on the canvas, whose items know their ends)
    LinkGeometry geometry;
    QPen pen;              // by kind, quantity and confidence; in the verdict colour when checked
    bool boxMarker = false; // a shipment
    bool dimmed = false;
    bool highlighted = false;
};

// What a checked link's verdict is, drawn as a colour and as a mark on its label, so the verdict
// reads without colour (colour-blind readers, greyscale print).
enum class VerdictMark : qint8 { None = -1, LicenceRequired, Warning, NoLicenceRequired, NotAnExport, IfConfirmed, NotYetHappened };

struct LinkLabel
{
    LinkId link;
    VerdictMark verdict = VerdictMark::None;
    QString text;          // lines: product and quantity, dates, confidence
    QRectF box;
    QRectF badge;
    int noteCount = 0;
    bool dimmed = false;
    bool highlighted = false;
    double minTextSize = 0; // the box and badge are sized for it (placeLabel)
};

struct CountryBox
{
    QString code;
    QString title;         // "Indonesia (ID)"
    QRectF rect;
    QColor fill;
    double z = 0;          // stacking: the later code lies on top
    double minTextSize = 0;
};

// A collapsed country or company group: one card for its parties.
struct GroupCard
{
    CollapseKey key;
    QRectF rect;           // as Card::rect
    QString title;
    QString subtitle;      // "3 parties · 2 links inside"
    QColor fill;
    double minTextSize = 0;
};

// The links between a collapsed group and another card, one arrow per direction.
struct MergedLine
{
    QLineF line;
    QString label;         // "3 links"
    QRectF labelBox;
    int linkCount = 0;
    double minTextSize = 0; // the label box is sized for it (sizeMergedLabel)
};

// The texts around the chain in a PDF page.
struct PictureHeading
{
    QString title;
    QString subtitle;      // case, as of, made with ChipTrail; not legal advice
    QString sourcesHtml;   // the numbered sources
};

// The parts around the chain that make an image publishable as it comes out: heading, legend,
// numbered sources and credit. Texts are in the UI language, made when the picture is built, so
// the command line and the window draw the same words (pictureframe.h builds it).
struct LegendVerdict
{
    VerdictMark mark = VerdictMark::None;
    QColor colour;
    QString text;
};
struct LegendLine
{
    QPen pen;
    bool boxMarker = false;
    QString text;
};
struct LegendBorder
{
    bool dashed = false;
    QString text;
};

struct PictureFrame
{
    QString title;
    QString subtitle;          // the case's description
    QString asOf;              // "As of 1 December 2026" or "All dates"
    QString legendTitle, verdictTitle, linesTitle, confidenceTitle;
    QList<LegendVerdict> verdicts;  // those drawn, in a fixed order
    QList<LegendLine> lineKinds;    // those drawn
    QList<LegendBorder> confidence; // card borders
    QStringList notes;         // badges, and what was left out
    QString sourcesTitle;
    QStringList sources;       // "[1] Publisher. Title. Date. URL (language)": those the drawn chain cites
    QString moreSources;       // "+ %n more sources: see the PDF", filled in by a page that cannot hold them all
    QString credit;            // "Graphic: …; made with ChipTrail"
    QString disclaimer;        // not legal advice
};

struct ChainPicture
{
    QRectF bounds;         // what the elements cover, with a margin: the exported area
    QList<CountryBox> boxes;   // in stacking order
    QList<LinkLine> lines;     // in drawing order
    QList<LinkLabel> labels;
    QList<MergedLine> mergedLines;
    QList<Card> cards;
    QList<GroupCard> groups;
    PictureHeading heading;
    PictureFrame frame;
};

} // namespace chiptrail::picture
