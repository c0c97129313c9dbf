// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

#include <QCommandLineParser>

namespace chiptrail::cli {

// `check` and `screen`: the export-rule engine on the command line.
void declareCheck(QCommandLineParser &parser);
int runCheck(QCommandLineParser &parser, Streams streams);
void declareScreen(QCommandLineParser &parser);
int runScreen(QCommandLineParser &parser, Streams streams);

} // namespace chiptrail::cli
