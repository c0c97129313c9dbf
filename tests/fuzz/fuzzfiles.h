// SPDX-License-Identifier: GPL-3.0-or-later
// Files the harnesses write and compare: one scratch folder per process, and a file's hash (a
// harness that only reads must leave its input byte for byte).
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace fuzzfiles {

inline QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

inline QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace fuzzfiles
