// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chiptrail::gui {

// Plugs `chart CASE --kind hops|countries|timeline|findings --format png|svg -o FILE` into the
// command line of chiptrail-chart (which `chiptrail-cli chart` runs): the same series and drawing
// as the window's Charts tab.
void registerChartCommand();

} // namespace chiptrail::gui
