// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/casestore.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QLabel;

namespace chiptrail::gui {

// One search box for the whole case: parties, links, products, sources and notes (German- and
// English-aware: "Mueller" finds "Müller", "kaufen" finds "gekauft", "buy" finds "bought").
// Hits are grouped by kind; each quotes the text as written, the matched words in bold, and
// names the page of a PDF source. Activating a hit reports it.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);
    void setStore(const CaseStore *store); // nullptr: no case
    void search(const QString &query);
    QLineEdit *field() const { return m_field; }
    QTreeWidget *hitTree() const { return m_hits; }

    // The rich text a hit is shown as: its snippet escaped, matched words in <b>.
    static QString snippetHtml(const QString &snippet);

Q_SIGNALS:
    void noteChosen(chiptrail::NoteId note);
    void sourceChosen(chiptrail::SourceId source);
    void subjectChosen(chiptrail::SubjectKind kind, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    const CaseStore *m_store = nullptr;
    QLineEdit *m_field;
    QTreeWidget *m_hits;
    QLabel *m_summary;
};

} // namespace chiptrail::gui
