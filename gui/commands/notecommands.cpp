// SPDX-License-Identifier: GPL-3.0-or-later
#include "notecommands.h"

#include "casesession.h"
#include "error.h"

#include <QCoreApplication>

namespace chiptrail::gui {
namespace {

struct Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

Note requireNote(CaseSession *session, NoteId id)
{
    if (auto note = session->store()->note(id))
        return *note;
    throw CaseError(Commands::tr("the note is no longer in this case"));
}

std::unique_ptr<ChangeNotesCommand> changeOne(CaseSession *session, const QString &text, const Note &before,
                                              const Note &after)
{
    if (before == after)
        return nullptr;
    return std::make_unique<ChangeNotesCommand>(session, text, QList<Note>{before}, QList<Note>{after});
}

} // namespace

AddSourceCommand::AddSourceCommand(CaseSession *session, Source source)
    : CaseCommand(session, Commands::tr("Add source “%1”").arg(source.title)), m_source(std::move(source))
{
}

EditSourceCommand::EditSourceCommand(CaseSession *session, Source before, Source after)
    : CaseCommand(session, Commands::tr("Edit source “%1”").arg(after.title)), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditSourceCommand::apply(CaseStore &store)
{
    m_notesBefore = store.notesQuoting(m_before.id);
    store.updateSource(m_after);
}

RemoveSourceCommand::RemoveSourceCommand(CaseSession *session, Source source)
    : CaseCommand(session, Commands::tr("Delete source “%1”").arg(source.title)), m_source(std::move(source))
{
}

AddNoteCommand::AddNoteCommand(CaseSession *session, Note note)
    : CaseCommand(session, Commands::tr("Add note")), m_note(std::move(note))
{
}

RemoveNoteCommand::RemoveNoteCommand(CaseSession *session, NoteId id)
    : CaseCommand(session, Commands::tr("Delete note")), m_id(id)
{
}

void RemoveNoteCommand::apply(CaseStore &store)
{
    m_note = requireNote(m_session, m_id);
    m_partners.clear();
    for (const auto &note : store.notes())
        if (note.translationOf == m_id)
            m_partners.append(note);
    store.removeNote(m_id);
}

void RemoveNoteCommand::revert(CaseStore &store)
{
    store.addNote(m_note);
    for (const auto &partner : std::as_const(m_partners))
        store.updateNote(partner);
}

ChangeNotesCommand::ChangeNotesCommand(CaseSession *session, const QString &text, QList<Note> before,
                                       QList<Note> after)
    : CaseCommand(session, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void ChangeNotesCommand::apply(CaseStore &store)
{
    for (const auto &note : std::as_const(m_after))
        store.updateNote(note);
}

void ChangeNotesCommand::revert(CaseStore &store)
{
    for (const auto &note : std::as_const(m_before))
        store.updateNote(note);
}

std::unique_ptr<ChangeNotesCommand> attachClaimCommand(CaseSession *session, NoteId id, const ClaimRef &claim)
{
    const Note before = requireNote(session, id);
    Note after = before;
    if (!after.claims.contains(claim))
        after.claims.append(claim);
    return changeOne(session, Commands::tr("Attach note"), before, after);
}

std::unique_ptr<ChangeNotesCommand> detachClaimCommand(CaseSession *session, NoteId id, const ClaimRef &claim)
{
    const Note before = requireNote(session, id);
    Note after = before;
    after.claims.removeAll(claim);
    return changeOne(session, Commands::tr("Detach note"), before, after);
}

std::unique_ptr<ChangeNotesCommand> pairTranslationCommand(CaseSession *session, NoteId original, NoteId translation)
{
    if (original == translation)
        throw CaseError(Commands::tr("a note cannot be its own translation"));
    QList<Note> before, after;
    // Whoever pointed at either note, or either note's own pointer, is released first: a note
    // has at most one partner, and pairs never form a cycle.
    for (const auto &note : session->store()->notes()) {
        Note changed = note;
        if (note.id == translation)
            changed.translationOf = original;
        else if (note.id == original)
            changed.translationOf.reset();
        else if (note.translationOf == original || note.translationOf == translation)
            changed.translationOf.reset();
        if (changed != note) {
            before.append(note);
            after.append(changed);
        }
    }
    if (after.isEmpty())
        return nullptr;
    return std::make_unique<ChangeNotesCommand>(session, Commands::tr("Pair translation"), before, after);
}

std::unique_ptr<ChangeNotesCommand> unpairTranslationCommand(CaseSession *session, NoteId id)
{
    QList<Note> before, after;
    for (const auto &note : session->store()->notes())
        if (note.id == id ? note.translationOf.has_value() : note.translationOf == id) {
            before.append(note);
            after.append(note);
            after.last().translationOf.reset();
        }
    if (after.isEmpty())
        return nullptr;
    return std::make_unique<ChangeNotesCommand>(session, Commands::tr("Unpair translation"), before, after);
}

AddTranslationCommand::AddTranslationCommand(CaseSession *session, Source source, Note note)
    : CaseCommand(session, Commands::tr("Write translation")), m_source(std::move(source)), m_note(std::move(note))
{
}

void AddTranslationCommand::apply(CaseStore &store)
{
    const auto [sourceId, noteId] = store.addSourceWithNote(m_source, m_note);
    m_source.id = sourceId;
    m_note.id = noteId;
    m_note.source = sourceId;
}

EditTranslationCommand::EditTranslationCommand(CaseSession *session, Source source, Note note, const QString &newText)
    : CaseCommand(session, Commands::tr("Edit translation")), m_before(source), m_after(std::move(source)),
      m_noteBefore(note), m_noteAfter(std::move(note))
{
    m_after.text = newText;
    m_noteAfter.start = 0;
    m_noteAfter.length = codePointLength(newText);
    m_noteAfter.excerpt = newText;
}

SetConfidenceCommand::SetConfidenceCommand(CaseSession *session, ClaimRef claim, std::optional<Confidence> before,
                                           std::optional<Confidence> after)
    : CaseCommand(session, Commands::tr("Set confidence")), m_claim(std::move(claim)), m_before(before), m_after(after)
{
}

} // namespace chiptrail::gui
