// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chiptrail::cli {

// Plugs svg, png, pdf and dot into `chiptrail-cli export`: the chain picture the window draws, in
// the verdict colours of the rule checks, and for dot the graph the layout uses.
void registerImageExportFormats();

} // namespace chiptrail::cli
