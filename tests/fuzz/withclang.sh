#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler and linker launcher of the short libFuzzer runs in the dev build (tests/fuzz): CMake
# calls it with the project's compiler and its arguments; it runs clang++ with the same arguments
# instead (through ccache when there is one), so only these few objects and programs are clang's.
shift
if command -v ccache >/dev/null 2>&1; then
    exec ccache clang++ "$@"
fi
exec clang++ "$@"
