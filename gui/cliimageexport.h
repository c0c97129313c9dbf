// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chiptrail::gui {

// Plugs svg, png, pdf and dot into `chiptrail-cli export`: the same scene and exporter as the
// window, and for dot the graph the layout uses.
void registerImageExportFormats();

} // namespace chiptrail::gui
