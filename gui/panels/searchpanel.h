// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/casestore.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QLabel;

namespace chiptrail::gui {

// Searches all sources and notes of the case (German-aware: "Mueller" finds "Müller") and
// reports the hit the user picks. Hits are listed as plain text.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);
    void setStore(const CaseStore *store); // nullptr: no case
    void search(const QString &query);
    QLineEdit *field() const { return m_field; }
    QListWidget *hitList() const { return m_hits; }

Q_SIGNALS:
    void noteChosen(chiptrail::NoteId note);
    void sourceChosen(chiptrail::SourceId source);

private:
    void run();

    const CaseStore *m_store = nullptr;
    QLineEdit *m_field;
    QListWidget *m_hits;
    QLabel *m_summary;
};

} // namespace chiptrail::gui
