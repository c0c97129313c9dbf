// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace chiptrail::gui {

// Reads one source as plain text, with the passages its notes quote highlighted. A passage the
// user selects can be attached to the selected claim as a new note.
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
    // Selects [start, start+length) in code points, as a note stores it.
    void selectPassage(int start, int length);

Q_SIGNALS:
    void attachRequested(chiptrail::SourceId source, int start, int length, const QString &excerpt);
    void editRequested(chiptrail::SourceId source);

private:
    void attachSelection();
    void updateAttach();

    Source m_source;
    QLabel *m_header;
    QPlainTextEdit *m_text;
    QPushButton *m_attach;
    QString m_claimTitle;
};

} // namespace chiptrail::gui
