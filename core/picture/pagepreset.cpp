// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagepreset.h"

#include <array>
#include <utility>

namespace chiptrail::picture {
namespace {

constexpr std::array<std::pair<PagePreset, const char *>, 7> names{{
    {PagePreset::Bare, "bare"},
    {PagePreset::Web, "web"},
    {PagePreset::Social, "social"},
    {PagePreset::A4, "a4"},
    {PagePreset::A4Landscape, "a4-landscape"},
    {PagePreset::Letter, "letter"},
    {PagePreset::LetterLandscape, "letter-landscape"},
}};

constexpr double pointsPerMm = 72 / 25.4;

PageSpec print(double widthMm, double heightMm)
{
    PageSpec spec;
    spec.size = QSizeF(widthMm * pointsPerMm, heightMm * pointsPerMm);
    spec.print = true;
    spec.margin = 12 * pointsPerMm;
    spec.titleSize = 16;
    spec.bodySize = 9;  // sources at body-text size
    spec.smallSize = 7; // legend and credit, above the 6 pt floor
    spec.minTextSize = 6;
    spec.pngPixelsPerUnit = 300.0 / 72;
    return spec;
}

} // namespace

std::optional<PagePreset> pagePresetFromName(const QString &name)
{
    for (const auto &[preset, text] : names)
        if (name == QLatin1String(text))
            return preset;
    return std::nullopt;
}

QString pagePresetName(PagePreset preset)
{
    for (const auto &[p, text] : names)
        if (p == preset)
            return QString::fromLatin1(text);
    return {};
}

PageSpec pageSpec(PagePreset preset)
{
    switch (preset) {
    case PagePreset::Bare:
    case PagePreset::Web: {
        PageSpec spec; // 1200 CSS pixels wide, as tall as it takes; PNG at 2× for high-density screens
        spec.size = QSizeF(1200, 0);
        return spec;
    }
    case PagePreset::Social: {
        PageSpec spec; // the 4:5 portrait post; seen small on phones, so larger text
        spec.size = QSizeF(1080, 1350);
        spec.margin = 40;
        spec.titleSize = 38;
        spec.bodySize = 18;
        spec.smallSize = 15;
        spec.pngPixelsPerUnit = 1;
        return spec;
    }
    case PagePreset::A4: return print(210, 297);
    case PagePreset::A4Landscape: return print(297, 210);
    case PagePreset::Letter: return print(215.9, 279.4);
    case PagePreset::LetterLandscape: return print(279.4, 215.9);
    }
    return {};
}

} // namespace chiptrail::picture
