// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/casestore.h"

#include <QDateTime>
#include <QString>

class QWidget;

namespace chiptrail::gui {

// An untitled case a crashed or killed run left behind, as the user is asked about it.
struct RecoveryCandidate
{
    QString title;
    QDateTime lastEdited;
    CaseCounts counts;
};

// The questions the window asks before a case could be lost, behind one small interface so tests
// answer them without modal loops. DialogPrompts asks with message boxes and file dialogs.
class CasePrompts
{
public:
    enum class Unsaved { Save, Discard, Cancel };
    enum class Recovery { Recover, Discard, Later };

    virtual ~CasePrompts() = default;
    // The untitled case `title` has edits that were never saved under a name.
    virtual Unsaved askUnsaved(QWidget *parent, const QString &title) = 0;
    // Where to save the case; empty when the user cancelled.
    virtual QString askSavePath(QWidget *parent, const QString &suggestedName) = 0;
    virtual Recovery askRecovery(QWidget *parent, const RecoveryCandidate &candidate) = 0;
    // A recovery file could not be opened and was moved aside (kept) to `movedTo`.
    virtual void tellDamaged(QWidget *parent, const QString &reason, const QString &movedTo) = 0;
};

class DialogPrompts : public CasePrompts
{
public:
    Unsaved askUnsaved(QWidget *parent, const QString &title) override;
    QString askSavePath(QWidget *parent, const QString &suggestedName) override;
    Recovery askRecovery(QWidget *parent, const RecoveryCandidate &candidate) override;
    void tellDamaged(QWidget *parent, const QString &reason, const QString &movedTo) override;
};

} // namespace chiptrail::gui
