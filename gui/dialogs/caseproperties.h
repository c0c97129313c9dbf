// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace chiptrail::gui {

// Case → Properties: what every export prints around the chain (title, subtitle, credit) and what
// the case is (description, newsroom or author, the language it is written in).
class CasePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CasePropertiesDialog(const CaseInfo &info, QWidget *parent = nullptr);
    // The case's properties as the form holds them; fields the form does not show are kept.
    CaseInfo info() const;

private:
    void updateOk();

    CaseInfo m_info;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QPlainTextEdit *m_description;
    QLineEdit *m_author;
    QLineEdit *m_credit;
    QComboBox *m_language;
};

} // namespace chiptrail::gui
