// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"
#include "store/casestore.h"

#include <QDate>
#include <QHash>

namespace chiptrail::picture {

// What the picture is made of beside the case.
struct PictureRequest
{
    QList<NodePosition> positions;      // a party without one stands in its tier's column
    QHash<qint64, QColor> linkColours;  // verdict colours by link id (chainstyle::verdictColours)
    QDate asOf;                         // invalid: every link; else links not yet made are left out
    QList<CollapseKey> collapsed;       // groups drawn as one card, in the order they were folded
    bool onlyUnsourced = false;         // fade what notes back
    QString title;                      // the heading; empty: the case's title
    QString credit;                     // who made the graphic, for the credit line
};

// The chain as the canvas lays it out: one card per party (or per collapsed group), one line and
// label per link drawn between cards, merged arrows to collapsed groups, country boxes around the
// cards, and the heading texts. No widgets: the command line and the window both start here.
ChainPicture buildChainPicture(const CaseData &data, const PictureRequest &request);

// What the elements cover, with the margin an export leaves around the chain.
QRectF pictureBounds(const ChainPicture &picture);

} // namespace chiptrail::picture
