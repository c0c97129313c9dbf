// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>

namespace chiptrail::gui {

// Where the text of each timeline event goes: plain geometry, so it can be tested without a chart.
// Each lane is a horizontal band with its markers on one line; labels sit in rows above and below
// that line (nearest rows first), start at their marker where they can, are pushed left to stay
// inside the plot, and never overlap one another. A leader line joins each label to its marker;
// when a lane is too crowded for a whole text, the label gets the widest free stretch there is
// (the caller shortens the text), and none at all rather than on top of another.
struct TimelineLabelRequest
{
    QPointF marker; // pixels
    QSizeF size;    // of the text
    int lane = 0;   // index into the bands
};

struct TimelineLane
{
    qreal top = 0, bottom = 0; // pixels
    qreal markerY = 0;
};

struct TimelineLabelPlace
{
    QRectF rect;       // null: no room left at all, the label is not shown
    QLineF leader;     // from the marker to the label's nearest edge
    bool fits = true;  // false: only a shortened text has room (rect is narrower than asked)
};

// One place per request, in the same order.
QList<TimelineLabelPlace> placeTimelineLabels(const QList<TimelineLabelRequest> &labels,
                                              const QList<TimelineLane> &lanes, const QRectF &plot);

} // namespace chiptrail::gui
