// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace chiptrail::cli {

// Exit codes, documented in docs/cli.md. Scripts depend on them: keep them stable.
enum ExitCode {
    Success = 0,
    ProblemsFound = 1,   // validate: the input has problems (listed on stderr)
    Failure = 2,         // bad usage, unreadable or invalid input, I/O error
    LicenceRequired = 3, // check: at least one link needs a licence
};

struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// Runs one command line (without the program name). Never throws.
int run(const QStringList &arguments, Streams streams);

} // namespace chiptrail::cli
