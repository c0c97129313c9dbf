// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panels/notepairs.h"

#include <QFrame>

class QBoxLayout;
class QLabel;

namespace chiptrail::gui {

// One note in a notes panel: the excerpt, its source (publisher, title, date, link), the
// confidence of the claims it backs, and what can be done with it. Every text from a source is
// set as plain text: a source full of markup shows the markup, never renders it.
class NoteCard : public QFrame
{
    Q_OBJECT
public:
    enum class Action { OpenSource, WriteTranslation, EditTranslation, Pair, Unpair, Detach, Remove };
    Q_ENUM(Action)

    // A note. `details` says what it backs and how sure that is; `ownTranslation` marks a
    // translation the user wrote (it can be rewritten, not just re-quoted).
    NoteCard(const NoteSide &side, const QString &details, bool ownTranslation, QWidget *parent = nullptr);
    // The missing side of a pair: offers to write the translation of `partner`.
    NoteCard(const QString &missing, NoteId partner, QWidget *parent = nullptr);

    NoteId noteId() const { return m_note; }
    bool isPlaceholder() const { return m_placeholder; }
    QString excerptText() const;
    void setHighlighted(bool on);
    // Greys the card and says "Published after the as-of date" when its source is dated after
    // `asOf`; invalid: no mark. The card stays: a later source is marked, never hidden.
    void setAsOf(const QDate &asOf);
    bool isLater() const { return m_later; }

Q_SIGNALS:
    void actionRequested(chiptrail::gui::NoteCard::Action action, chiptrail::NoteId note);

private:
    QLabel *plainLabel(const QString &text, const QString &objectName);
    void addButton(QBoxLayout *row, const QString &text, Action action, const QString &objectName);

    NoteId m_note;
    bool m_placeholder = false;
    QLabel *m_excerpt = nullptr;
    QLabel *m_laterLabel = nullptr;
    PartialDate m_sourceDate;
    bool m_later = false;
};

} // namespace chiptrail::gui
