// SPDX-License-Identifier: GPL-3.0-or-later
// What the user does with notes and sources, each turned into one undoable command.
#include "notesdocks.h"

#include "casesession.h"
#include "commands/notecommands.h"
#include "mainwindow.h"
#include "panels/notespanel.h"
#include "panels/sourcedialog.h"
#include "panels/sourceviewer.h"

#include <QDate>
#include <QInputDialog>
#include <QLocale>

namespace chiptrail::gui {
namespace {

bool german(const QString &language) { return language.startsWith(QLatin1String("de")); }

} // namespace

bool NotesDocks::perform(const QString &action, std::unique_ptr<CaseCommand> command)
{
    if (!command)
        return true;
    return m_session->attempt(action, std::move(command));
}

void NotesDocks::onNoteAction(NoteCard::Action action, NoteId note)
{
    switch (action) {
    case NoteCard::Action::OpenSource:
        if (const auto n = m_session->store()->note(note))
            openSource(n->source, note);
        break;
    case NoteCard::Action::WriteTranslation: writeTranslation(note); break;
    case NoteCard::Action::EditTranslation: editTranslation(note); break;
    case NoteCard::Action::Pair: pairNote(note); break;
    case NoteCard::Action::Unpair: unpairNote(note); break;
    case NoteCard::Action::Detach: detachNote(note); break;
    case NoteCard::Action::Remove: removeNote(note); break;
    }
}

void NotesDocks::addSource(const QString &language)
{
    if (!m_session->hasCase())
        return;
    Source fresh;
    fresh.language = !language.isEmpty() ? language
                     : QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    SourceDialog dialog(fresh, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Source source = dialog.source();
    source.key.clear(); // the store gives it a key of its own, unique in the case
    auto command = std::make_unique<AddSourceCommand>(m_session, source);
    AddSourceCommand *added = command.get();
    if (perform(tr("Add source"), std::move(command)))
        openSource(added->sourceId());
}

void NotesDocks::editSource(SourceId id)
{
    const auto before = m_session->store()->source(id);
    if (!before)
        return;
    SourceDialog dialog(*before, m_viewer ? static_cast<QWidget *>(m_viewer) : m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.source() == *before)
        return;
    if (perform(tr("Edit source"), std::make_unique<EditSourceCommand>(m_session, *before, dialog.source()))
        && m_viewer && m_viewer->sourceId() == id)
        openSource(id);
}

void NotesDocks::openSource(SourceId id, std::optional<NoteId> focus)
{
    const auto source = m_session->store()->source(id);
    if (!source)
        return;
    if (!m_viewer) {
        m_viewer = new SourceViewer(m_window);
        m_viewer->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_viewer, &SourceViewer::attachRequested, this, &NotesDocks::attachPassage);
        connect(m_viewer, &SourceViewer::editRequested, this, &NotesDocks::editSource);
    }
    m_viewer->showSource(*source, m_session->store()->notesQuoting(id), focus);
    refresh(); // tells the viewer what "Attach" attaches to
    m_viewer->show();
    m_viewer->raise();
}

void NotesDocks::attachPassage(SourceId sourceId, int start, int length, const QString &excerpt)
{
    const auto claim = currentClaim();
    const auto source = m_session->store()->source(sourceId);
    if (!claim || !source)
        return;
    // The same passage already quoted: attach that note rather than quoting it twice.
    for (const auto &note : m_session->store()->notesQuoting(sourceId))
        if (note.start == start && note.length == length) {
            perform(tr("Attach note"), attachClaimCommand(m_session, note.id, *claim));
            return;
        }
    Note note;
    note.source = sourceId;
    note.start = start;
    note.length = length;
    note.excerpt = excerpt;
    note.claims = {*claim};
    if (perform(tr("Attach passage"), std::make_unique<AddNoteCommand>(m_session, note)) && m_viewer)
        m_viewer->showSource(*source, m_session->store()->notesQuoting(sourceId), std::nullopt);
}

void NotesDocks::writeTranslation(NoteId originalId)
{
    const auto original = m_session->store()->note(originalId);
    const auto originalSource = original ? m_session->store()->source(original->source) : std::nullopt;
    if (!original || !originalSource)
        return;
    const QString language = german(originalSource->language) ? QStringLiteral("en") : QStringLiteral("de");
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        m_window, tr("Write translation"),
        language == QLatin1String("en") ? tr("English translation of:\n„%1“").arg(original->excerpt)
                                        : tr("German translation of:\n„%1“").arg(original->excerpt),
        QString(), &ok).trimmed();
    if (!ok || text.isEmpty())
        return;
    Source source;
    source.title = tr("Translation of “%1”").arg(originalSource->title);
    source.publisher = tr("Own translation");
    source.date = PartialDate::fromDate(QDate::currentDate());
    source.language = language;
    source.text = text;
    Note note;
    note.length = codePointLength(text);
    note.excerpt = text;
    note.translationOf = originalId;
    note.claims = original->claims;
    // The original may already have a translation; it is released so the new one takes its place.
    // One undo step for both.
    auto both = std::make_unique<CompositeCommand>(m_session, tr("Write translation"));
    if (auto unpair = unpairTranslationCommand(m_session, originalId))
        both->add(std::move(unpair));
    both->add(std::make_unique<AddTranslationCommand>(m_session, source, note));
    perform(tr("Write translation"), std::move(both));
}

void NotesDocks::editTranslation(NoteId id)
{
    const auto note = m_session->store()->note(id);
    const auto source = note ? m_session->store()->source(note->source) : std::nullopt;
    if (!note || !source)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(m_window, tr("Edit translation"), tr("Translation:"),
                                                        note->excerpt, &ok).trimmed();
    if (!ok || text.isEmpty() || text == note->excerpt)
        return;
    perform(tr("Edit translation"), std::make_unique<EditTranslationCommand>(m_session, *source, *note, text));
}

void NotesDocks::pairNote(NoteId id)
{
    const CaseData data = m_session->store()->load();
    const Note *note = nullptr;
    QHash<qint64, QString> languages;
    for (const auto &s : data.sources)
        languages.insert(s.id.value, s.language);
    for (const auto &n : data.notes)
        if (n.id == id)
            note = &n;
    if (!note)
        return;
    const bool noteIsGerman = german(languages.value(note->source.value));
    QStringList items;
    QList<NoteId> ids;
    for (const auto &n : data.notes)
        if (n.id != id && german(languages.value(n.source.value)) != noteIsGerman) {
            items << tr("%1: %2").arg(n.key, n.excerpt.left(90));
            ids << n.id;
        }
    if (items.isEmpty()) {
        m_window->reportError(tr("Pair translation"), noteIsGerman ? tr("There is no English note to pair it with.")
                                                                    : tr("There is no German note to pair it with."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Pair translation"),
                                                 tr("The note in the other language that says the same:"),
                                                 items, 0, false, &ok);
    const auto index = items.indexOf(chosen);
    if (!ok || index < 0)
        return;
    // The German note is the original by convention; the English one translates it.
    const NoteId other = ids.at(index);
    perform(tr("Pair translation"), noteIsGerman ? pairTranslationCommand(m_session, id, other)
                                                 : pairTranslationCommand(m_session, other, id));
}

void NotesDocks::unpairNote(NoteId id) { perform(tr("Unpair translation"), unpairTranslationCommand(m_session, id)); }

void NotesDocks::detachNote(NoteId id)
{
    const auto claim = currentClaim();
    const auto note = m_session->store()->note(id);
    if (!claim || !note)
        return;
    // Detaching from the whole claim detaches from its attributes too; from one attribute, only that.
    std::unique_ptr<CaseCommand> command;
    Note after = *note;
    after.claims.removeIf([&](const ClaimRef &c) {
        return c.subject == claim->subject && c.subjectId == claim->subjectId
               && (claim->attribute.isEmpty() || c.attribute == claim->attribute);
    });
    if (after != *note)
        command = std::make_unique<ChangeNotesCommand>(m_session, tr("Detach note"), QList<Note>{*note}, QList<Note>{after});
    perform(tr("Detach note"), std::move(command));
}

void NotesDocks::removeNote(NoteId id) { perform(tr("Delete note"), std::make_unique<RemoveNoteCommand>(m_session, id)); }

void NotesDocks::setConfidence(std::optional<Confidence> confidence)
{
    const auto claim = currentClaim();
    if (!claim)
        return;
    const auto before = m_session->store()->confidence(*claim);
    if (before == confidence)
        return;
    perform(tr("Set confidence"), std::make_unique<SetConfidenceCommand>(m_session, *claim, before, confidence));
}

void NotesDocks::jumpToNote(NoteId id)
{
    const auto note = m_session->store()->note(id);
    if (!note)
        return;
    if (note->claims.isEmpty()) { // backs nothing yet: show it where it was written
        openSource(note->source, id);
        return;
    }
    const ClaimRef &claim = note->claims.first();
    static const QHash<SubjectKind, OutlineSubject::Kind> kinds{
        {SubjectKind::Party, OutlineSubject::Kind::Party}, {SubjectKind::Site, OutlineSubject::Kind::Site},
        {SubjectKind::Product, OutlineSubject::Kind::Product}, {SubjectKind::Link, OutlineSubject::Kind::Link}};
    m_window->selectSubject({kinds.value(claim.subject), claim.subjectId});
    m_german->highlight(id);
    m_english->highlight(id);
}

} // namespace chiptrail::gui
