// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"
#include "rules/rulebook.h"

#include <QCommandLineParser>

namespace chiptrail::cli {

// `lists`: the user's screening-list store (rules/liststore.h) on the command line.
void declareLists(QCommandLineParser &parser);
int runLists(QCommandLineParser &parser, Streams streams);

// For `check` and `screen`: --list FILE (repeatable) and --list-store FILE.
void declareListOptions(QCommandLineParser &parser);
// The store's active lists (when the store exists and `withStore`) and every --list file, read but
// not stored. A list file without a date of its own is dated by the file's last change.
QList<ScreeningList> listsForRun(const QCommandLineParser &parser, bool withStore = true);

} // namespace chiptrail::cli
