// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/gexfwriter.h"

#include <QStringList>
#include <optional>

namespace chiptrail {

enum class LinkChartFormat { Gexf, GraphMl, KumuCsv, MaltegoCsv, I2Csv, KumuXlsx };

// "gexf", "graphml", "kumu", "maltego", "i2", "xlsx" (the CLI's --format words).
std::optional<LinkChartFormat> linkChartFormatFromName(const QString &name);
QStringList linkChartFormatNames();
QString linkChartSuffix(LinkChartFormat format); // "gexf", "graphml", "csv", "xlsx"

// The files one export writes. CSV needs two tables, so `path` names a pair: its ".csv" (if any)
// comes off and "-elements.csv" and "-connections.csv" go on ("case.csv" → "case-elements.csv",
// "case-connections.csv"). Every other format writes `path` itself.
QStringList linkChartFiles(LinkChartFormat format, const QString &path);

// Writes the chart in `format` to `path` (all of linkChartFiles()) through QSaveFile: a failed or
// stopped export leaves no file, and an older file of that name as it was. Returns false when
// `progress` stopped it; throws CaseError naming the file.
bool writeLinkChart(const LinkChart &chart, LinkChartFormat format, const QString &path,
                    const LinkChartProgress &progress = {});

} // namespace chiptrail
