// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace chiptrail::gui {

class PartialDateEdit;

// A source to add or edit: pasted text or a .txt/.md/.html file (converted to plain text),
// with title, publisher, date, language and link.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourceDialog(const Source &source, QWidget *parent = nullptr);
    Source source() const; // the fields as entered, id and key as given
    void loadFile(const QString &path); // throws CaseError

    void accept() override;

private:
    void chooseFile();

    Source m_source;
    QLineEdit *m_title, *m_publisher, *m_url;
    PartialDateEdit *m_date;
    QComboBox *m_language;
    QPlainTextEdit *m_text;
};

} // namespace chiptrail::gui
