// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commands.h"

namespace chiptrail::cli {

// `chart CASE --kind hops|countries|timeline|findings --format png|svg -o FILE [--as-of DATE]`:
// its name, synopsis and options, with `run` doing the drawing. Charts are drawn with Qt Charts,
// which needs widgets: `chiptrail-chart` draws them, and `chiptrail-cli` declares the same command
// and hands it to that program (see app/chartforward.cpp).
ExtraCommand chartCommand(std::function<int(QCommandLineParser &, Streams)> run);

// The command line of `chart` again, from what the parser read: what chiptrail-cli passes on.
QStringList chartArguments(const QCommandLineParser &parser);

} // namespace chiptrail::cli
