// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/casecommand.h"
#include "store/casestore.h"

namespace chiptrail::gui {

// Edits of the evidence: sources, the notes that quote them, their pairing as translations,
// the claims they back, and the confidence of a claim. Re-adding after an undo reuses row ids,
// so later commands that name a note or source still find it.

class AddSourceCommand : public CaseCommand
{
public:
    AddSourceCommand(CaseSession *session, Source source);
    void apply(CaseStore &store) override { m_source.id = store.addSource(m_source); }
    void revert(CaseStore &store) override { store.removeSource(m_source.id); }
    SourceId sourceId() const { return m_source.id; }

private:
    Source m_source;
};

// A new text for a source re-anchors the notes that quote it (or is refused); undo puts the
// old text and the notes' old places back.
class EditSourceCommand : public CaseCommand
{
public:
    EditSourceCommand(CaseSession *session, Source before, Source after);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override { store.restoreSource(m_before, m_notesBefore); }

private:
    Source m_before, m_after;
    QList<Note> m_notesBefore;
};

class RemoveSourceCommand : public CaseCommand
{
public:
    RemoveSourceCommand(CaseSession *session, Source source);
    void apply(CaseStore &store) override { store.removeSource(m_source.id); }
    void revert(CaseStore &store) override { store.addSource(m_source); }

private:
    Source m_source;
};

// A passage of a source, attached to a claim.
class AddNoteCommand : public CaseCommand
{
public:
    AddNoteCommand(CaseSession *session, Note note);
    void apply(CaseStore &store) override { m_note.id = store.addNote(m_note); }
    void revert(CaseStore &store) override { store.removeNote(m_note.id); }
    NoteId noteId() const { return m_note.id; }

private:
    Note m_note;
};

// Removing a note unpairs its translations; undo pairs them again.
class RemoveNoteCommand : public CaseCommand
{
public:
    RemoveNoteCommand(CaseSession *session, NoteId id);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;

private:
    NoteId m_id;
    Note m_note;
    QList<Note> m_partners;
};

// Any change to existing notes (claims attached or detached, translations paired or unpaired).
class ChangeNotesCommand : public CaseCommand
{
public:
    ChangeNotesCommand(CaseSession *session, const QString &text, QList<Note> before, QList<Note> after);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override;

private:
    QList<Note> m_before, m_after;
};

// Each returns nullptr when there is nothing to change. They read the current notes from the store.
std::unique_ptr<ChangeNotesCommand> attachClaimCommand(CaseSession *session, NoteId note, const ClaimRef &claim);
std::unique_ptr<ChangeNotesCommand> detachClaimCommand(CaseSession *session, NoteId note, const ClaimRef &claim);
// Makes `translation` the translation of `original`; pairs either had before are undone.
std::unique_ptr<ChangeNotesCommand> pairTranslationCommand(CaseSession *session, NoteId original, NoteId translation);
std::unique_ptr<ChangeNotesCommand> unpairTranslationCommand(CaseSession *session, NoteId note);

// A translation the user wrote: a source of its own ("own translation") and one note quoting
// all of it, paired with the original and backing the same claims.
class AddTranslationCommand : public CaseCommand
{
public:
    AddTranslationCommand(CaseSession *session, Source source, Note note);
    void apply(CaseStore &store) override;
    void revert(CaseStore &store) override { store.removeNoteWithSource(m_note.id, m_source.id); }
    NoteId noteId() const { return m_note.id; }

private:
    Source m_source;
    Note m_note;
};

// Rewrites a translation the user wrote: its source text and its note change together.
class EditTranslationCommand : public CaseCommand
{
public:
    EditTranslationCommand(CaseSession *session, Source source, Note note, const QString &newText);
    void apply(CaseStore &store) override { store.restoreSource(m_after, {m_noteAfter}); }
    void revert(CaseStore &store) override { store.restoreSource(m_before, {m_noteBefore}); }

private:
    Source m_before, m_after;
    Note m_noteBefore, m_noteAfter;
};

// Confidence of a whole claim, or of one attribute (nullopt: as the claim's own).
class SetConfidenceCommand : public CaseCommand
{
public:
    SetConfidenceCommand(CaseSession *session, ClaimRef claim, std::optional<Confidence> before,
                         std::optional<Confidence> after);
    void apply(CaseStore &store) override { store.setConfidence(m_claim, m_after); }
    void revert(CaseStore &store) override { store.setConfidence(m_claim, m_before); }

private:
    ClaimRef m_claim;
    std::optional<Confidence> m_before, m_after;
};

} // namespace chiptrail::gui
