// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace chiptrail {
class JobTracker;
}

namespace chiptrail::gui {

class PartialDateEdit;
struct PdfSource;

// A source to add or edit: pasted text, a .txt/.md/.html file (converted to plain text) or a
// PDF (its text page by page, and the file itself), with title, publisher, date, language,
// link, retrieval date and archived copy.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(const Source &source, QWidget *parent = nullptr);
    ~SourceDialog() override;
    Source source() const; // the fields as entered, id and key as given
    // A text file is read at once (throws CaseError); a PDF is read in the background with a
    // progress dialog and Cancel, and a problem with it is shown in a message box.
    void loadFile(const QString &path);
    // Reads a PDF in the background; `done(error)` runs on this thread when it is read (error
    // empty), failed, or was cancelled (error empty, nothing loaded). Tests call it directly.
    void loadPdf(const QString &path, const std::function<void(const QString &error)> &done);
    void cancelLoading();
    bool isLoading() const;
    QComboBox *languageBox() const { return m_language; }

    void accept() override;

Q_SIGNALS:
    void pdfProgress(int page, int pages);

private:
    void chooseFile();
    void setPdf(const PdfSource &pdf);
    void updateFileLine();

    Source m_source;
    QLineEdit *m_title, *m_publisher, *m_url, *m_archive;
    PartialDateEdit *m_date, *m_retrieved;
    QComboBox *m_language;
    QPlainTextEdit *m_text;
    QLabel *m_fileLine;
    JobTracker *m_jobs;
};

} // namespace chiptrail::gui
