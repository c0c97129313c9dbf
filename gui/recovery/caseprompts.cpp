// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseprompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace chiptrail::gui {
namespace {

struct Prompts
{
    Q_DECLARE_TR_FUNCTIONS(Prompts)
};

} // namespace

CasePrompts::Unsaved DialogPrompts::askUnsaved(QWidget *parent, const QString &title)
{
    QMessageBox box(QMessageBox::Warning, Prompts::tr("Unsaved case"),
                    Prompts::tr("The case “%1” has not been saved under a name yet.").arg(title),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedPrompt"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(Prompts::tr("Save it now, or discard its parties, links and notes for good?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return Unsaved::Save;
    case QMessageBox::Discard: return Unsaved::Discard;
    default: return Unsaved::Cancel;
    }
}

QString DialogPrompts::askSavePath(QWidget *parent, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, Prompts::tr("Save case as"), suggestedName,
                                        Prompts::tr("ChipTrail cases (*.chiptrail)"));
}

CasePrompts::Recovery DialogPrompts::askRecovery(QWidget *parent, const RecoveryCandidate &candidate)
{
    QMessageBox box(QMessageBox::Question, Prompts::tr("Recover unsaved case"),
                    Prompts::tr("An unsaved case from %1 was found: “%2”.")
                        .arg(QLocale().toString(candidate.lastEdited.date(), QLocale::LongFormat) + QStringLiteral(", ")
                                 + QLocale().toString(candidate.lastEdited.time(), QLocale::ShortFormat),
                             candidate.title),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(Prompts::tr("Parties: %1, links: %2, notes: %3.\n\nRecover it now, discard it for good, "
                                       "or decide at the next start?")
                               .arg(candidate.counts.parties)
                               .arg(candidate.counts.links)
                               .arg(candidate.counts.notes));
    QPushButton *recover = box.addButton(Prompts::tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    QPushButton *later = box.addButton(Prompts::tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == recover)
        return Recovery::Recover;
    if (box.clickedButton() == discard)
        return Recovery::Discard;
    return Recovery::Later;
}

void DialogPrompts::tellDamaged(QWidget *parent, const QString &reason, const QString &movedTo)
{
    QMessageBox box(QMessageBox::Warning, Prompts::tr("Damaged unsaved case"),
                    Prompts::tr("An unsaved case left by an earlier run cannot be opened: %1").arg(reason),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("damagedPrompt"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(Prompts::tr("It was kept as %1. File → Recover Data… may save its rows.")
                               .arg(QDir::toNativeSeparators(movedTo)));
    box.exec();
}

} // namespace chiptrail::gui
