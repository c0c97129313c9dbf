// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace chiptrail {

// Qt's JSON parser changes text without a word: a lone UTF-16 surrogate escape ("\ud800")
// becomes "?" or U+FFFD, an invalid UTF-8 byte becomes U+FFFD, and a U+FEFF at the start of a
// string is dropped as if it were a byte-order mark. A journalist's evidence must come in as
// written or not at all, so the raw text is checked first.
//
// Returns the document ready for QJsonDocument: a byte-order mark at the very start of the file
// removed (it belongs to the file, not to any value) and every U+FEFF inside a string written as
// the escape "\ufeff", which Qt keeps. Throws CaseError "<file>: <JSON path>: <reason>" for a
// lone surrogate or bytes that are not UTF-8.
QByteArray checkedJsonText(const QByteArray &json, const QString &fileName);

// For writers: U+FEFF written as "\ufeff", so a reader built on Qt keeps it.
QByteArray escapeByteOrderMarks(QByteArray json);

} // namespace chiptrail
