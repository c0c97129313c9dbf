// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceviewer.h"

#include "model/displaytext.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QUrl>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace chiptrail::gui {
namespace {

// Only web addresses become links; anything else in the field is shown as text, never opened.
QString linkOrText(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    const bool web = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    return web ? QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), address.toHtmlEscaped())
               : address.toHtmlEscaped();
}

} // namespace

QString SourceViewer::linksHtml(const Source &source)
{
    QStringList lines;
    if (!source.url.isEmpty()) {
        QString line = linkOrText(source.url);
        if (!source.retrieved.isNull())
            line += QStringLiteral(" ") + tr("(retrieved %1)").arg(DisplayText::date(source.retrieved)).toHtmlEscaped();
        lines << line;
    } else if (!source.retrieved.isNull()) {
        lines << tr("Retrieved %1").arg(DisplayText::date(source.retrieved)).toHtmlEscaped();
    }
    if (!source.archiveUrl.isEmpty())
        lines << tr("Archived copy: %1").toHtmlEscaped().arg(linkOrText(source.archiveUrl));
    return lines.join(QStringLiteral("<br>"));
}

SourceViewer::SourceViewer(QWidget *parent)
    : QDialog(parent), m_header(new QLabel), m_links(new QLabel), m_page(new QLabel), m_text(new QPlainTextEdit),
      m_attach(new QPushButton)
{
    setObjectName(QStringLiteral("sourceViewer"));
    setWindowTitle(tr("Source"));
    resize(720, 640);
    auto *layout = new QVBoxLayout(this);
    m_header->setObjectName(QStringLiteral("sourceHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    m_links->setObjectName(QStringLiteral("sourceLinks"));
    m_links->setTextFormat(Qt::RichText); // only escaped text and links made here, see linksHtml
    m_links->setWordWrap(true);
    m_links->setOpenExternalLinks(false);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_links, &QLabel::linkActivated, this, [](const QString &link) {
        QDesktopServices::openUrl(QUrl(link)); // a web address of a source opens only when clicked
    });
    layout->addWidget(m_links);
    m_text->setObjectName(QStringLiteral("sourceText"));
    m_text->setReadOnly(true); // a note's offsets point into this text: it is edited only via "Edit"
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_attach->setObjectName(QStringLiteral("attachSelection"));
    buttons->addButton(m_attach, QDialogButtonBox::ActionRole);
    auto *edit = buttons->addButton(tr("&Edit Source…"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("editSource"));
    connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_source.id); });
    connect(m_attach, &QPushButton::clicked, this, &SourceViewer::attachSelection);
    connect(buttons, &QDialogButtonBox::rejected, this, &SourceViewer::close);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &SourceViewer::updateAttach);
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this, &SourceViewer::updatePage);
    m_page->setObjectName(QStringLiteral("sourcePage"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_page);
    bottom->addWidget(buttons, 1);
    layout->addLayout(bottom);
    updateAttach();
}

void SourceViewer::showSource(const Source &source, const QList<Note> &notes, std::optional<NoteId> focus)
{
    m_source = source;
    setWindowTitle(tr("Source: %1").arg(source.title));
    QStringList header{source.title};
    QStringList origin;
    for (const QString &part : {source.publisher, DisplayText::date(source.date), DisplayText::language(source.language)})
        if (!part.isEmpty())
            origin << part;
    // u"": the separator is a middle dot in any locale, not the bytes of one read as Latin-1.
    header << origin.join(QStringLiteral(u" \u00B7 "));
    if (source.file)
        header << tr("PDF %1, %n page(s), SHA-256 %2", nullptr, int(source.pageStarts.size()))
                      .arg(source.file->name, source.file->sha256.left(16) + QChar(0x2026));
    m_header->setText(header.join(QLatin1Char('\n')));
    m_links->setText(linksHtml(source));
    m_links->setVisible(!m_links->text().isEmpty());
    m_text->setPlainText(source.text); // plain: markup in a source is shown, never interpreted

    QList<QTextEdit::ExtraSelection> marks;
    // Where a new page of a PDF begins: its first line on a pale band, the page as tool tip.
    for (int page = 2; page <= source.pageStarts.size(); ++page) {
        const int at = codePointToUtf16Index(source.text, source.pageStarts.at(page - 1));
        if (at < 0)
            continue;
        QTextEdit::ExtraSelection band;
        band.cursor = QTextCursor(m_text->document());
        band.cursor.setPosition(at);
        band.format.setProperty(QTextFormat::FullWidthSelection, true);
        band.format.setBackground(QColor(0xE8, 0xEE, 0xF6));
        band.format.setToolTip(tr("Page %1 of %2").arg(page).arg(source.pageStarts.size()));
        marks.append(band);
    }
    std::optional<std::pair<int, int>> focused;
    for (const auto &note : notes) {
        if (note.source != source.id)
            continue;
        const int begin = codePointToUtf16Index(source.text, note.start);
        const int end = codePointToUtf16Index(source.text, note.start + note.length);
        if (begin < 0 || end < 0)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_text->document());
        mark.cursor.setPosition(begin);
        mark.cursor.setPosition(end, QTextCursor::KeepAnchor);
        mark.format.setBackground(focus == note.id ? QColor(0xFF, 0xC8, 0x57) : QColor(0xFF, 0xF1, 0xA8));
        mark.format.setToolTip(note.key);
        marks.append(mark);
        if (focus == note.id)
            focused = std::pair(note.start, note.length);
    }
    m_text->setExtraSelections(marks);
    if (focused)
        selectPassage(focused->first, focused->second);
    else
        m_text->moveCursor(QTextCursor::Start);
    updateAttach();
    updatePage();
}

void SourceViewer::updatePage()
{
    m_page->setVisible(!m_source.pageStarts.isEmpty());
    if (m_source.pageStarts.isEmpty())
        return;
    const int at = utf16IndexToCodePoint(m_source.text, m_text->textCursor().selectionStart());
    m_page->setText(tr("Page %1 of %2").arg(pageAt(m_source, at)).arg(m_source.pageStarts.size()));
}

void SourceViewer::selectPassage(int start, int length)
{
    const int begin = codePointToUtf16Index(m_source.text, start);
    const int end = codePointToUtf16Index(m_source.text, start + length);
    if (begin < 0 || end < 0)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(begin);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void SourceViewer::setAttachTarget(const QString &claimTitle)
{
    m_claimTitle = claimTitle;
    updateAttach();
}

void SourceViewer::updateAttach()
{
    m_attach->setText(m_claimTitle.isEmpty() ? tr("Attach Selection") : tr("Attach Selection to %1").arg(m_claimTitle));
    m_attach->setEnabled(!m_claimTitle.isEmpty() && m_text->textCursor().hasSelection());
    m_attach->setToolTip(m_claimTitle.isEmpty() ? tr("Select a party or a link first") : QString());
}

void SourceViewer::attachSelection()
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection())
        return;
    // The document's positions are UTF-16 units of the text as set (QPlainTextEdit keeps the
    // text as given; paragraph breaks are one unit like the '\n' they came from).
    const int begin = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const int start = utf16IndexToCodePoint(m_source.text, begin);
    const int length = utf16IndexToCodePoint(m_source.text, end) - start;
    const QString excerpt = codePointSlice(m_source.text, start, length);
    if (length > 0 && !excerpt.isEmpty())
        Q_EMIT attachRequested(m_source.id, start, length, excerpt);
}

} // namespace chiptrail::gui
