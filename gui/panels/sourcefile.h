// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chiptrail::gui {

struct SourceFileText
{
    QString text;
    QString title; // the HTML <title>, or empty
};

// The text of a .txt, .md or .html file, for a new source. HTML is converted to plain text
// (tags dropped, entities decoded); it is never rendered or kept as markup. Throws CaseError
// when the file cannot be read.
SourceFileText readSourceFile(const QString &path);
// The same conversion for HTML already in memory (pasted or read).
SourceFileText htmlToSourceText(const QString &html);

} // namespace chiptrail::gui
