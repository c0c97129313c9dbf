// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/casecommand.h"
#include "panels/caseoutlinemodel.h"
#include "panels/notecard.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace chiptrail::gui {

class CaseSession;
class MainWindow;
class NotesPanel;
class SearchPanel;
class SourceViewer;

// The evidence side of the window: the two notes panels ("Quellen (Deutsch)", "Sources
// (English)"), source search and the source viewer. It follows the window's current subject and
// turns what the user does in these panels into undoable commands.
class NotesDocks : public QObject
{
    Q_OBJECT
public:
    NotesDocks(MainWindow *window, CaseSession *session);

    NotesPanel *germanPanel() const { return m_german; }
    NotesPanel *englishPanel() const { return m_english; }
    SearchPanel *searchPanel() const { return m_search; }
    SourceViewer *sourceViewer() const; // nullptr until a source was opened
    QList<QAction *> actions() const { return {m_addSourceAction, m_searchAction}; }

    // What the panels show: the window's current subject, narrowed to one attribute or not.
    void setSubject(const OutlineSubject &subject);
    void setAttribute(const QString &attribute);
    OutlineSubject subject() const { return m_subject; }
    std::optional<ClaimRef> currentClaim() const;
    void refresh();
    // Notes and search hits dated after `date` are marked (invalid: nothing); see PanelsAsOf.
    void setAsOf(const QDate &date);

    // What the user can do; each shows its own dialog where one is needed.
    // `language` the new source starts with: that of the panel it was asked from; empty: the UI's.
    void addSource(const QString &language = {});
    void editSource(SourceId id);
    void openSource(SourceId id, std::optional<NoteId> focus = std::nullopt);
    void attachPassage(SourceId source, int start, int length, const QString &excerpt);
    void writeTranslation(NoteId original);
    void editTranslation(NoteId note);
    void pairNote(NoteId note);
    void unpairNote(NoteId note);
    void detachNote(NoteId note);
    void removeNote(NoteId note);
    void setConfidence(std::optional<Confidence> confidence);
    void jumpToNote(NoteId note);

private:
    QDockWidget *dock(const QString &title, const QString &name, QWidget *widget);
    void onNoteAction(NoteCard::Action action, NoteId note);
    bool perform(const QString &action, std::unique_ptr<CaseCommand> command);
    QString claimTitle(const ClaimRef &claim, const CaseData &data) const;
    QString describe(const NoteSide &side, const CaseData &data) const;
    bool isOwnTranslation(const NoteSide &side, const CaseData &data) const;

    MainWindow *m_window;
    CaseSession *m_session;
    NotesPanel *m_german;
    NotesPanel *m_english;
    SearchPanel *m_search;
    QPointer<SourceViewer> m_viewer;
    QAction *m_addSourceAction;
    QAction *m_searchAction;
    OutlineSubject m_subject;
    QString m_attribute;
};

} // namespace chiptrail::gui
