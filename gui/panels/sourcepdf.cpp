// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepdf.h"

#include "error.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <poppler-qt6.h>

namespace chiptrail::gui {
namespace {

// Poppler reports what it repairs on stderr; the user gets one message of ours instead.
void quiet(const QString &, const QVariant &) {}

} // namespace

std::optional<PdfSource> readPdfData(const QByteArray &bytes, const QString &name,
                                     const std::function<bool(int, int)> &progress)
{
    static const bool silenced = (Poppler::setDebugErrorFunction(quiet, QVariant()), true);
    Q_UNUSED(silenced)
    if (bytes.size() > maxPdfBytes)
        throw CaseError(QCoreApplication::translate("SourcePdf", "%1: too large for a source (over 48 MB)").arg(name));
    if (!bytes.startsWith("%PDF-"))
        throw CaseError(QCoreApplication::translate("SourcePdf", "%1: not a PDF file").arg(name));
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        throw CaseError(QCoreApplication::translate("SourcePdf", "%1: the PDF is damaged and cannot be read").arg(name));
    if (document->isLocked())
        throw CaseError(QCoreApplication::translate("SourcePdf", "%1: the PDF is encrypted with a password; open it in a PDF reader, save an unlocked "
                           "copy and add that")
                            .arg(name));
    const int pages = document->numPages();
    if (pages <= 0)
        throw CaseError(QCoreApplication::translate("SourcePdf", "%1: the PDF is damaged and cannot be read (it has no pages)").arg(name));

    PdfSource result;
    int length = 0; // code points so far
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        QString text = page ? page->text(QRectF()) : QString();
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        text.replace(QChar(0x000C), QLatin1Char('\n')); // form feed: pages are kept apart by pageStarts
        text = text.trimmed();
        if (i > 0) {
            result.text += QLatin1String("\n\n");
            length += 2;
        }
        result.pageStarts.append(length);
        result.text += text;
        length += codePointLength(text);
        if (result.text.size() > limits::longText)
            throw CaseError(QCoreApplication::translate("SourcePdf", "%1: the PDF's text is longer than ChipTrail takes for one source (%2 characters)")
                                .arg(name)
                                .arg(limits::longText));
        if (progress && !progress(i + 1, pages))
            return std::nullopt;
    }
    if (result.text.trimmed().isEmpty())
        throw CaseError(QCoreApplication::translate("SourcePdf", "%1: the PDF has no text to quote (a scan without a text layer?); run it through OCR "
                           "first")
                            .arg(name));
    result.title = document->info(QStringLiteral("Title")).trimmed();
    result.file = {name, QStringLiteral("application/pdf"),
                   QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), bytes};
    return result;
}

std::optional<PdfSource> readPdf(const QString &path, const std::function<bool(int, int)> &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(QCoreApplication::translate("SourcePdf", "%1: cannot be read (%2)").arg(shown, file.errorString()));
    if (file.size() > maxPdfBytes)
        throw CaseError(QCoreApplication::translate("SourcePdf", "%1: too large for a source (over 48 MB)").arg(shown));
    const QByteArray bytes = file.readAll();
    // Messages name the file with its folder; the case keeps its name only.
    auto result = readPdfData(bytes, shown, progress);
    if (result)
        result->file.name = QFileInfo(path).fileName();
    return result;
}

} // namespace chiptrail::gui
