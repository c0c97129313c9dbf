// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>

#include <optional>

namespace chiptrail::picture {

// The sizes a newsroom publishes at. Web and social are in CSS pixels, print in points (1/72 in);
// Bare is the chain alone at the export's own scale, without frame (for a desk that sets its own page).
enum class PagePreset { Bare, Web, Social, A4, A4Landscape, Letter, LetterLandscape };

std::optional<PagePreset> pagePresetFromName(const QString &name); // "web", "social", "a4", "a4-landscape", …
QString pagePresetName(PagePreset preset);

struct PageSpec
{
    QSizeF size;            // in page units; height 0: as tall as the content (web)
    bool print = false;     // units are points; PNG at 300 dpi
    double margin = 24;
    double titleSize = 26;  // text sizes in page units
    double bodySize = 13;   // subtitle and sources
    double smallSize = 11;  // legend, credit: the smallest text the page allows
    double pngPixelsPerUnit = 2; // web 2×, social 1×, print 300 dpi
    // No text on the page is smaller, the chain's included (textfloor.h): 11 px on screen at 1×,
    // 6 pt in print.
    double minTextSize = 11;
};

PageSpec pageSpec(PagePreset preset);

} // namespace chiptrail::picture
