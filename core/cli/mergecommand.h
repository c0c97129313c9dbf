// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

#include <QCommandLineParser>

namespace chiptrail::cli {

// `merge-parties CASE KEEP_KEY OTHER_KEY...`: parties found to be the same become one.
void declareMergeParties(QCommandLineParser &parser);
int runMergeParties(QCommandLineParser &parser, Streams streams);

} // namespace chiptrail::cli
