// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace chiptrail {

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Rows of the
// result keep their fields in column order; a UTF-8 byte-order mark is dropped.
QList<QStringList> parseCsv(const QString &text);

} // namespace chiptrail
