// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"
#include "picture/pagepreset.h"

#include <QPainter>
#include <functional>

namespace chiptrail::picture {

// Which parts of the frame an image carries; a desk that sets its own switches them off.
struct FrameParts
{
    bool title = true;   // title, subtitle, as-of date
    bool legend = true;
    bool sources = true;
    bool credit = true;  // credit line and "not legal advice"
};

// Where everything goes on a page, in page units (pagepreset.h). Worked out once before drawing:
// the web preset's height, and the PNG's size, follow from it.
struct FramedPage
{
    QSizeF size;
    QRectF titleArea, chainArea, legendArea, sourcesArea, creditArea;
    double chainScale = 1;   // page units per scene unit
    bool legendBeside = false;
    int sourcesHere = 0;     // sources on the first page (an image has only that one)
    int sourcesLeftOut = 0;  // an image too small for them all says how many it leaves out
    QList<int> sourcePageStarts; // PDF: the index of the first source on each further page
    // The smallest text of the chain on the page (the label font at chainScale), in page units.
    double smallestChainText() const;
};

// `paged`: the sources go onto further pages (PDF); else they go below the chain on the one image.
FramedPage layoutFrame(const ChainPicture &picture, const PageSpec &spec, const FrameParts &parts, bool paged);

// The first page in page units (the painter maps page units to its device). `detail`: the level
// of detail the chain is drawn at (vector formats draw all of it).
void paintFramedPage(QPainter &painter, const ChainPicture &picture, const PageSpec &spec, const FrameParts &parts,
                     const FramedPage &page, double detail, const std::function<bool()> &cancelled = {});
// A further page of sources (PDF), `index` counting from 0.
void paintSourcesPage(QPainter &painter, const ChainPicture &picture, const PageSpec &spec, const FramedPage &page,
                      int index);

} // namespace chiptrail::picture
