// SPDX-License-Identifier: GPL-3.0-or-later
// Assembling the evidence docks and showing the current claim in them; the user's actions on
// notes and sources are in notesdocks_actions.cpp.
#include "notesdocks.h"

#include "casesession.h"
#include "mainwindow.h"
#include "model/displaytext.h"
#include "panels/notespanel.h"
#include "panels/searchpanel.h"
#include "panels/sourceviewer.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>

namespace chiptrail::gui {
namespace {

std::optional<SubjectKind> subjectKindOf(OutlineSubject::Kind kind)
{
    switch (kind) {
    case OutlineSubject::Kind::Party: return SubjectKind::Party;
    case OutlineSubject::Kind::Site: return SubjectKind::Site;
    case OutlineSubject::Kind::Product: return SubjectKind::Product;
    case OutlineSubject::Kind::Link: return SubjectKind::Link;
    case OutlineSubject::Kind::Source:
    case OutlineSubject::Kind::None: break;
    }
    return std::nullopt;
}

// The attributes a user narrows a claim to: the usual ones of its kind, and any the notes use.
QStringList attributesOf(const ClaimRef &claim, const CaseData &data)
{
    QStringList attributes;
    switch (claim.subject) {
    case SubjectKind::Link:
        attributes = {QStringLiteral("quantity"), QStringLiteral("date"), QStringLiteral("value"),
                      QStringLiteral("product"), QStringLiteral("site")};
        break;
    case SubjectKind::Party:
        attributes = {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("headquarters")};
        break;
    case SubjectKind::Site:
        attributes = {QStringLiteral("location"), QStringLiteral("operator")};
        break;
    case SubjectKind::Product:
        attributes = {QStringLiteral("specification")};
        break;
    }
    for (const auto &note : data.notes)
        for (const auto &c : note.claims)
            if (c.subject == claim.subject && c.subjectId == claim.subjectId && !c.attribute.isEmpty()
                && !attributes.contains(c.attribute))
                attributes << c.attribute;
    return attributes;
}

template <typename T>
const T *byId(const QList<T> &list, qint64 id)
{
    for (const auto &item : list)
        if (item.id.value == id)
            return &item;
    return nullptr;
}

const AttributeConfidence *attributeConfidences(const ClaimRef &claim, const CaseData &data)
{
    switch (claim.subject) {
    case SubjectKind::Party: if (auto *p = byId(data.parties, claim.subjectId)) return &p->attributeConfidence; break;
    case SubjectKind::Site: if (auto *s = byId(data.sites, claim.subjectId)) return &s->attributeConfidence; break;
    case SubjectKind::Product: if (auto *p = byId(data.products, claim.subjectId)) return &p->attributeConfidence; break;
    case SubjectKind::Link: if (auto *l = byId(data.links, claim.subjectId)) return &l->attributeConfidence; break;
    }
    return nullptr;
}

std::optional<Confidence> ownConfidence(const ClaimRef &claim, const CaseData &data)
{
    switch (claim.subject) {
    case SubjectKind::Party: if (auto *p = byId(data.parties, claim.subjectId)) return p->confidence; break;
    case SubjectKind::Site: if (auto *s = byId(data.sites, claim.subjectId)) return s->confidence; break;
    case SubjectKind::Product: if (auto *p = byId(data.products, claim.subjectId)) return p->confidence; break;
    case SubjectKind::Link: if (auto *l = byId(data.links, claim.subjectId)) return l->confidence; break;
    }
    return std::nullopt;
}

// The confidence a claim has in effect: the attribute's own, else the subject's.
Confidence effectiveConfidence(const ClaimRef &claim, const CaseData &data)
{
    if (!claim.attribute.isEmpty())
        if (const auto *map = attributeConfidences(claim, data); map && map->contains(claim.attribute))
            return map->value(claim.attribute);
    ClaimRef whole = claim;
    whole.attribute.clear();
    return ownConfidence(whole, data).value_or(Confidence::Reported);
}

} // namespace

NotesDocks::NotesDocks(MainWindow *window, CaseSession *session)
    : QObject(window), m_window(window), m_session(session),
      m_german(new NotesPanel(NotesPanel::Side::German)), m_english(new NotesPanel(NotesPanel::Side::English)),
      m_search(new SearchPanel)
{
    setObjectName(QStringLiteral("notesDocks"));
    // Not translated: the two panels are named in their own languages, whatever the UI's.
    QDockWidget *german = dock(QStringLiteral("Quellen (Deutsch)"), QStringLiteral("notesDockDe"), m_german); // notr
    QDockWidget *english = dock(QStringLiteral("Sources (English)"), QStringLiteral("notesDockEn"), m_english); // notr
    window->addDockWidget(Qt::BottomDockWidgetArea, german);
    window->splitDockWidget(german, english, Qt::Horizontal);
    QDockWidget *search = dock(tr("Search"), QStringLiteral("searchDock"), m_search);
    window->addDockWidget(Qt::LeftDockWidgetArea, search);
    if (auto *outline = window->findChild<QDockWidget *>(QStringLiteral("outlineDock"))) {
        window->tabifyDockWidget(outline, search);
        outline->raise();
    }
    window->resizeDocks({german, english}, {320, 320}, Qt::Vertical);

    m_addSourceAction = new QAction(tr("Add &Source…"), this);
    m_addSourceAction->setObjectName(QStringLiteral("addSourceAction"));
    connect(m_addSourceAction, &QAction::triggered, this, [this] { addSource(); });
    m_searchAction = new QAction(tr("Search…"), this);
    m_searchAction->setObjectName(QStringLiteral("searchSourcesAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this, [this, search] {
        search->show();
        search->raise();
        m_search->field()->setFocus();
        m_search->field()->selectAll();
    });

    for (NotesPanel *panel : {m_german, m_english}) {
        connect(panel, &NotesPanel::attributeChosen, this, &NotesDocks::setAttribute);
        connect(panel, &NotesPanel::confidenceChosen, this, &NotesDocks::setConfidence);
        connect(panel, &NotesPanel::noteAction, this, &NotesDocks::onNoteAction);
        const QString language = panel == m_german ? QStringLiteral("de") : QStringLiteral("en");
        connect(panel, &NotesPanel::addSourceRequested, this, [this, language] { addSource(language); });
        connect(panel, &NotesPanel::readSourceRequested, this, [this](SourceId id) { openSource(id); });
    }
    connect(m_search, &SearchPanel::noteChosen, this, &NotesDocks::jumpToNote);
    connect(m_search, &SearchPanel::sourceChosen, this, [this](SourceId id) { openSource(id); });
    connect(m_search, &SearchPanel::subjectChosen, this, [this](SubjectKind kind, qint64 id) {
        static const QHash<SubjectKind, OutlineSubject::Kind> kinds{
            {SubjectKind::Party, OutlineSubject::Kind::Party}, {SubjectKind::Site, OutlineSubject::Kind::Site},
            {SubjectKind::Product, OutlineSubject::Kind::Product}, {SubjectKind::Link, OutlineSubject::Kind::Link}};
        m_window->selectSubject({kinds.value(kind), id});
    });
    connect(session, &CaseSession::caseReplaced, this, [this] {
        m_search->setStore(m_session->store());
        if (m_viewer)
            m_viewer->close();
    });
    connect(session->document(), &CaseDocument::changed, this, [this](const CaseDelta &delta) {
        if (!delta.notes.isEmpty() || !delta.sources.isEmpty() || !delta.parties.isEmpty()
            || !delta.links.isEmpty() || !delta.products.isEmpty())
            m_search->setStore(m_session->store()); // runs the current query again
    });
    connect(session, &CaseSession::fileChanged, this, [this] { m_search->setStore(m_session->store()); });
    m_search->setStore(session->store());
    m_search->setDateOf([this](SearchHit::Kind kind, qint64 id) -> PartialDate {
        const CaseDocument *document = m_session->document();
        switch (kind) {
        case SearchHit::Kind::Link:
            if (const Link *link = document->link(LinkId(id)))
                return link->dateFrom;
            break;
        case SearchHit::Kind::Source:
            if (const Source *source = document->source(SourceId(id)))
                return source->date;
            break;
        case SearchHit::Kind::Note:
            if (const Note *note = document->note(NoteId(id)))
                if (const Source *source = document->source(note->source))
                    return source->date;
            break;
        case SearchHit::Kind::Party:
        case SearchHit::Kind::Product: break;
        }
        return {};
    });
}

void NotesDocks::setAsOf(const QDate &date)
{
    m_german->setAsOf(date);
    m_english->setAsOf(date);
    m_search->setAsOf(date);
}

SourceViewer *NotesDocks::sourceViewer() const { return m_viewer; }

QDockWidget *NotesDocks::dock(const QString &title, const QString &name, QWidget *widget)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(widget);
    return dock;
}

void NotesDocks::setSubject(const OutlineSubject &subject)
{
    if (!(subject == m_subject))
        m_attribute.clear();
    m_subject = subject;
    refresh();
}

void NotesDocks::setAttribute(const QString &attribute)
{
    m_attribute = attribute;
    refresh();
}

std::optional<ClaimRef> NotesDocks::currentClaim() const
{
    const auto kind = subjectKindOf(m_subject.kind);
    if (!kind || !m_session->hasCase())
        return std::nullopt;
    return ClaimRef{*kind, m_subject.id, m_attribute};
}

QString NotesDocks::claimTitle(const ClaimRef &claim, const CaseData &data) const
{
    QString title;
    switch (claim.subject) {
    case SubjectKind::Party: if (auto *p = byId(data.parties, claim.subjectId)) title = p->name; break;
    case SubjectKind::Site: if (auto *s = byId(data.sites, claim.subjectId)) title = s->name; break;
    case SubjectKind::Product: if (auto *p = byId(data.products, claim.subjectId)) title = p->name; break;
    case SubjectKind::Link:
        if (auto *l = byId(data.links, claim.subjectId)) {
            const Party *from = byId(data.parties, l->from.value);
            const Party *to = byId(data.parties, l->to.value);
            title = tr("%1 → %2 (%3)").arg(from ? from->name : QString(), to ? to->name : QString(),
                                          DisplayText::linkKind(l->kind));
        }
        break;
    }
    return claim.attribute.isEmpty() ? title : tr("%1: %2").arg(title, DisplayText::attribute(claim.attribute));
}

QString NotesDocks::describe(const NoteSide &side, const CaseData &data) const
{
    QStringList backs;
    const auto claim = currentClaim();
    for (const auto &c : side.note.claims) {
        if (claim && (c.subject != claim->subject || c.subjectId != claim->subjectId))
            continue; // other claims of the note are not what the user is looking at
        const QString what = claim ? (c.attribute.isEmpty() ? tr("whole claim") : DisplayText::attribute(c.attribute)) : claimTitle(c, data);
        backs << tr("%1 (%2)").arg(what, DisplayText::confidence(effectiveConfidence(c, data)));
    }
    if (backs.isEmpty())
        return claim ? tr("Translation; does not itself back this claim") : tr("Backs no claim");
    return tr("Backs: %1").arg(backs.join(QLatin1String("; ")));
}

bool NotesDocks::isOwnTranslation(const NoteSide &side, const CaseData &data) const
{
    if (!side.note.translationOf || side.note.start != 0 || side.note.length != codePointLength(side.source.text))
        return false;
    for (const auto &other : data.notes)
        if (other.source == side.source.id && other.id != side.note.id)
            return false;
    return true;
}

void NotesDocks::refresh()
{
    if (!m_session->hasCase()) {
        for (NotesPanel *panel : {m_german, m_english}) {
            panel->setClaim({});
            panel->setPairs({}, {}, {});
            panel->setSources({});
        }
        return;
    }
    const CaseData &data = m_session->document()->data();
    NotesPanel::ClaimView view;
    QList<NotePair> pairs;
    if (const auto claim = currentClaim()) {
        ClaimRef whole = *claim;
        whole.attribute.clear();
        if (!ownConfidence(whole, data)) { // the subject is gone (deleted, undone)
            m_subject = {};
            m_attribute.clear();
            refresh();
            return;
        }
        view.title = claimTitle(*claim, data);
        view.attributes = attributesOf(*claim, data);
        view.attribute = claim->attribute;
        view.claimConfidence = *ownConfidence(whole, data);
        view.confidence = claim->attribute.isEmpty() ? ownConfidence(whole, data)
                                                     : m_session->store()->confidence(*claim);
        view.editable = true;
        pairs = notePairsFor(*claim, data);
    } else if (m_subject.kind == OutlineSubject::Kind::Source) {
        if (const Source *s = byId(data.sources, m_subject.id)) {
            view.title = tr("Notes quoting “%1”").arg(s->title);
            pairs = notePairsQuoting(s->id, data);
        }
    }
    const auto describeNote = [this, &data](const NoteSide &side) { return describe(side, data); };
    const auto own = [this, &data](const NoteSide &side) { return isOwnTranslation(side, data); };
    for (NotesPanel *panel : {m_german, m_english}) {
        panel->setClaim(view);
        panel->setPairs(pairs, describeNote, own);
        panel->setSources(data.sources);
    }
    if (m_viewer) {
        const auto claim = currentClaim();
        m_viewer->setAttachTarget(claim ? claimTitle(*claim, data) : QString());
    }
}

} // namespace chiptrail::gui
