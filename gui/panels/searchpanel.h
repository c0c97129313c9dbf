// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/casestore.h"

#include <QDate>
#include <QWidget>
#include <functional>

class QCheckBox;
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
    QCheckBox *onlyUpToAsOfBox() const { return m_onlyUpToAsOf; }

    // The date a hit is about (a link's start, a source's date, a note's source's); null: undated.
    using DateOf = std::function<PartialDate(SearchHit::Kind kind, qint64 id)>;
    void setDateOf(const DateOf &dateOf);
    // Hits dated after `date` are greyed and marked "published after the as-of date" (or hidden
    // when "Only up to the as-of date" is ticked); invalid: nothing is marked. The search does not
    // run again: the rows already there change their mark.
    void setAsOf(const QDate &date);
    static constexpr int LaterRole = Qt::UserRole + 10; // bool, on each hit row

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
    void applyAsOf();

    const CaseStore *m_store = nullptr;
    QLineEdit *m_field;
    QTreeWidget *m_hits;
    QLabel *m_summary;
    QCheckBox *m_onlyUpToAsOf;
    DateOf m_dateOf;
    QDate m_asOf;
    int m_hitCount = 0;
};

} // namespace chiptrail::gui
