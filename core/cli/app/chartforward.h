// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chiptrail::cli {

// Plugs `chart` into chiptrail-cli by handing it to chiptrail-chart, which draws with Qt Charts
// (and so with widgets, which chiptrail-cli does not link): same arguments, its output and its exit
// code passed through.
void registerChartForwarding();

} // namespace chiptrail::cli
