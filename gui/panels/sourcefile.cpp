// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefile.h"

#include "error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextDocumentFragment>

namespace chiptrail::gui {

SourceFileText htmlToSourceText(const QString &html)
{
    // Scripts and styles are not text of the article; the fragment would keep their contents.
    QString cleaned = html;
    cleaned.remove(QRegularExpression(QStringLiteral("<(script|style)\\b[^>]*>.*?</\\1\\s*>"),
                                      QRegularExpression::CaseInsensitiveOption
                                          | QRegularExpression::DotMatchesEverythingOption));
    SourceFileText result;
    const auto title = QRegularExpression(QStringLiteral("<title[^>]*>(.*?)</title\\s*>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption)
                           .match(cleaned);
    if (title.hasMatch()) {
        result.title = QTextDocumentFragment::fromHtml(title.captured(1)).toPlainText().simplified();
        cleaned.remove(title.capturedStart(0), title.capturedLength(0));
    }
    // Plain text with entities decoded; nothing is laid out or shown, no resource is loaded.
    QString text = QTextDocumentFragment::fromHtml(cleaned).toPlainText();
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    result.text = text.trimmed();
    return result;
}

SourceFileText readSourceFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(QCoreApplication::translate("SourceFile", "%1: cannot be read (%2)")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    constexpr qint64 limit = 16 * 1024 * 1024;
    if (file.size() > limit)
        throw CaseError(QCoreApplication::translate("SourceFile", "%1: too large for a source (over 16 MB)")
                            .arg(QDir::toNativeSeparators(path)));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) // not UTF-8: old newsroom exports are often Latin-1
        text = QString::fromLatin1(bytes);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return htmlToSourceText(text);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return {text, {}};
}

} // namespace chiptrail::gui
