// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recovery/caseprompts.h"

#include <QList>
#include <QStringList>

namespace chiptrail::gui {

// Answers the window's questions from a script and writes down what was asked, so tests need no
// modal loops. An unscripted question fails the test through `unexpected`.
class ScriptedPrompts : public CasePrompts
{
public:
    QList<Unsaved> unsavedAnswers;
    QStringList savePaths; // "" answers as a cancelled file dialog
    QList<Recovery> recoveryAnswers;

    QStringList unsavedAsked; // the titles asked about
    QList<RecoveryCandidate> offered;
    QStringList damaged;      // where damaged files were moved
    int unexpected = 0;

    Unsaved askUnsaved(QWidget *, const QString &title) override
    {
        unsavedAsked << title;
        if (unsavedAnswers.isEmpty()) {
            ++unexpected;
            return Unsaved::Cancel;
        }
        return unsavedAnswers.takeFirst();
    }
    QString askSavePath(QWidget *, const QString &) override
    {
        if (savePaths.isEmpty()) {
            ++unexpected;
            return {};
        }
        return savePaths.takeFirst();
    }
    Recovery askRecovery(QWidget *, const RecoveryCandidate &candidate) override
    {
        offered << candidate;
        if (recoveryAnswers.isEmpty()) {
            ++unexpected;
            return Recovery::Later;
        }
        return recoveryAnswers.takeFirst();
    }
    void tellDamaged(QWidget *, const QString &, const QString &movedTo) override { damaged << movedTo; }
};

} // namespace chiptrail::gui
