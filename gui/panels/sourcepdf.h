// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <functional>
#include <optional>

namespace chiptrail::gui {

// The text of a PDF, page by page, and the PDF itself for the case.
struct PdfSource
{
    QString text;           // the pages' texts, a blank line between two pages
    QList<int> pageStarts;  // code point where each page begins in `text`
    SourceFile file;        // name, "application/pdf", SHA-256 and the bytes
    QString title;          // the document's own title, or empty
};

// Limits: bigger files do not fit one value of the case file (64 MiB, opener.cpp).
inline constexpr qint64 maxPdfBytes = 48 * 1024 * 1024;

// Reads the PDF at `path` (Poppler). `progress(pagesDone, pages)` is called after every page,
// on the calling thread; when it returns false reading stops and the result is nullopt.
// Throws CaseError naming the file when it cannot be read, is not a PDF or is damaged, is
// encrypted, is too large, or has no text at all (a scan without a text layer).
std::optional<PdfSource> readPdf(const QString &path, const std::function<bool(int, int)> &progress = {});
std::optional<PdfSource> readPdfData(const QByteArray &bytes, const QString &name,
                                     const std::function<bool(int, int)> &progress = {});

} // namespace chiptrail::gui
