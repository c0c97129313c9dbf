// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace chiptrail::gui {

// Reads one source as plain text, with the passages its notes quote highlighted. A passage the
// user selects can be attached to the selected claim as a new note. A PDF source shows the page
// the cursor is on, so what is quoted can be cited by page.
class SourceViewer : public QDialog
{
    Q_OBJECT
public:
    explicit SourceViewer(QWidget *parent = nullptr);

    // `focus` is the note to scroll to and select; `claimTitle` what "Attach" attaches to
    // (empty: nothing that can take a note is selected).
    void showSource(const Source &source, const QList<Note> &notes, std::optional<NoteId> focus);
    void setAttachTarget(const QString &claimTitle);
    SourceId sourceId() const { return m_source.id; }
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *header() const { return m_header; }
    QLabel *links() const { return m_links; }
    QLabel *pageLabel() const { return m_page; }
    // The source's web address, archived copy and retrieval date as rich text: escaped, with
    // links only for http(s) addresses.
    static QString linksHtml(const Source &source);
    // Selects [start, start+length) in code points, as a note stores it.
    void selectPassage(int start, int length);

Q_SIGNALS:
    void attachRequested(chiptrail::SourceId source, int start, int length, const QString &excerpt);
    void editRequested(chiptrail::SourceId source);

private:
    void attachSelection();
    void updateAttach();

    void updatePage();

    Source m_source;
    QLabel *m_header;
    QLabel *m_links; // web address, archived copy, retrieval date: opened only on a click
    QLabel *m_page;  // "Page 3 of 12" where the cursor is, for a paged source
    QPlainTextEdit *m_text;
    QPushButton *m_attach;
    QString m_claimTitle;
};

} // namespace chiptrail::gui
