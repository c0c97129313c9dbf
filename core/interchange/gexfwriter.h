// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/linkchart.h"

#include <functional>

class QIODevice;

namespace chiptrail {

// Progress from 0 to 1; returning false stops the writer (the caller discards the file).
using LinkChartProgress = std::function<bool(double)>;

// GEXF 1.3 for Gephi (https://gexf.net/1.3): parties with their attributes, canvas place
// (viz:position, y pointing up as Gephi draws it), role colour and card size; links with kind,
// product, quantity, value, verdict … and their dates as spells (mode="dynamic",
// timeformat="date", a partial date as its first day). Parallel links stay separate edges.
// Returns false when stopped; the device's errors are the caller's to check.
bool writeGexf(const LinkChart &chart, QIODevice &out, const LinkChartProgress &progress = {});

} // namespace chiptrail
