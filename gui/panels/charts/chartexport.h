// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartset.h"

#include <QSize>
#include <optional>

class QChart;

namespace chiptrail::gui {

enum class ChartImageFormat { Png, Svg };
std::optional<ChartImageFormat> chartImageFormatFromName(const QString &name); // "png", "svg"

// Draws `chart` at `size` (scene pixels; PNG at twice that for print) into a file. The chart is
// laid out in a scene of its own for the time of the export and given back to its view after.
// Throws CaseError when the file cannot be written.
void exportChart(QChart *chart, ChartImageFormat format, const QString &path, QSize size = {1200, 720});

// Builds the chart of `kind` for `set` and exports it; an empty chart is drawn as its message.
void exportChart(charts::ChartKind kind, const charts::ChartSet &set, ChartImageFormat format,
                 const QString &path, QSize size = {1200, 720});

} // namespace chiptrail::gui
