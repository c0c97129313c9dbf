// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/partymerge.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QListWidget;
class QTextBrowser;

namespace chiptrail::gui {

class CaseSession;

// Edit → Merge Parties…: the user picks the party that stays, sees what moves to it and what it
// cannot keep (its own value wins), and merges as one undoable edit.
class MergePartiesDialog : public QDialog
{
    Q_OBJECT
public:
    // `parties`: the parties chosen. With one, the dialog asks which party to merge it with.
    MergePartiesDialog(CaseSession *session, QList<PartyId> parties, QWidget *parent = nullptr);

    PartyId keep() const;
    QList<PartyId> others() const;
    // The preview shown: empty when the merge is refused (then refusal() says why).
    const std::optional<PartyMerge> &plan() const { return m_plan; }
    QString refusal() const { return m_refusal; }

    void accept() override; // merges; stays open when the edit is refused

private:
    QList<PartyId> chosen() const;
    void fillSurvivors();
    void updatePreview();

    CaseSession *m_session;
    QList<PartyId> m_parties;
    NameKey m_nameKey;
    QComboBox *m_partner = nullptr; // only when one party was chosen
    QListWidget *m_survivor;
    QTextBrowser *m_preview;
    QDialogButtonBox *m_buttons;
    std::optional<PartyMerge> m_plan;
    QString m_refusal;
};

} // namespace chiptrail::gui
