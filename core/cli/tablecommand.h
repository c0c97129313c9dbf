// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

#include <QCommandLineParser>

namespace chiptrail::cli {

// `import-table FILE.csv|.xlsx CASE --mapping M.json`: shipment rows into a case, one edit.
void declareImportTable(QCommandLineParser &parser);
int runImportTable(QCommandLineParser &parser, Streams streams);

} // namespace chiptrail::cli
