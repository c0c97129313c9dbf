// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chiptrail::gui {

// Plugs svg, png and pdf into `chiptrail-cli export`: the same scene and exporter as the window.
void registerImageExportFormats();

} // namespace chiptrail::gui
