// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panels/notecard.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace chiptrail::gui {

// "Quellen (Deutsch)" or "Sources (English)": one side of the note pairs of the current claim,
// row for row in the same order as the other panel. On top, the claim: which attribute of it
// and how sure the case is about it. A view: every change goes out as a signal.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Side { German, English };
    NotesPanel(Side side, QWidget *parent = nullptr);

    Side side() const { return m_side; }

    struct ClaimView
    {
        QString title;          // "Indosat → INF Tech (lease)"; empty: nothing selected
        QStringList attributes; // attributes the user can narrow to
        QString attribute;      // current one, empty for the whole claim
        std::optional<Confidence> confidence; // of the claim or attribute (nullopt: as the claim)
        Confidence claimConfidence = Confidence::Reported;
        bool editable = false;  // a party/site/product/link (not a source, not nothing)
    };
    void setClaim(const ClaimView &claim);
    using Describe = std::function<QString(const NoteSide &)>;
    using IsOwn = std::function<bool(const NoteSide &)>;
    void setPairs(const QList<NotePair> &pairs, const Describe &describe, const IsOwn &isOwn);
    void setSources(const QList<Source> &sources); // for "Read source"
    void highlight(NoteId note);
    void setAsOf(const QDate &date); // marks notes from sources dated after it (invalid: none)

    QList<NoteCard *> cards() const;
    QComboBox *attributeBox() const { return m_attribute; }
    QComboBox *confidenceBox() const { return m_confidence; }

Q_SIGNALS:
    void attributeChosen(const QString &attribute);
    void confidenceChosen(std::optional<chiptrail::Confidence> confidence);
    void noteAction(chiptrail::gui::NoteCard::Action action, chiptrail::NoteId note);
    void addSourceRequested();
    void readSourceRequested(chiptrail::SourceId source);

private:
    Side m_side;
    QLabel *m_title;
    QComboBox *m_attribute;
    QComboBox *m_confidence;
    QToolButton *m_read;
    QWidget *m_cards;
    QVBoxLayout *m_cardLayout;
    QLabel *m_empty;
    QList<NoteCard *> m_cardList;
    bool m_updating = false;
    QDate m_asOf;
};

} // namespace chiptrail::gui
