// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Finds text in C++ source that reads like words for a person but never passes through tr():
// a string literal with two or more words, outside every tr()/translate()/QT_TR_NOOP call and
// outside calls that are known to take technical text (object names, settings keys, SQL, logs).
// A line with a "// notr" comment is exempt: for text that is not language (font names, file magic).
namespace trscan {

struct Finding
{
    QString file;
    int line = 0;
    QString literal;
};

QList<Finding> scanSource(const QString &file, const QString &text);

} // namespace trscan
