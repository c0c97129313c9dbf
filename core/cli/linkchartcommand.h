// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chiptrail::cli {

// Plugs gexf, graphml, kumu, maltego, i2 and xlsx into `chiptrail-cli export`: the case as the
// graph tools take it, with the places the window would show and the verdicts `check` finds.
void registerLinkChartExportFormats();

} // namespace chiptrail::cli
