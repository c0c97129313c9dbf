// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedocument.h"

#include "error.h"
#include "model/chaingraph.h"
#include "rules/rulechecker.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <algorithm>

namespace chiptrail {
namespace {

// The rule data ships inside the program and never changes while it runs: load it once.
struct SharedRuleBook
{
    std::optional<RuleBook> book;
    QString error;
    SharedRuleBook()
    {
        try {
            book = RuleBook::load();
        } catch (const CaseError &e) {
            error = e.message();
        }
    }
};

const SharedRuleBook &sharedRuleBook()
{
    static const SharedRuleBook shared; // thread-safe initialisation
    return shared;
}

template <typename T>
auto findById(QList<T> &rows, qint64 id)
{
    return std::lower_bound(rows.begin(), rows.end(), id, [](const T &row, qint64 value) { return row.id.value < value; });
}

template <typename T>
const T *constFindById(const QList<T> &rows, qint64 id)
{
    const auto it = std::lower_bound(rows.cbegin(), rows.cend(), id,
                                     [](const T &row, qint64 value) { return row.id.value < value; });
    return it != rows.cend() && it->id.value == id ? &*it : nullptr;
}

// Brings the rows with `ids` in step with the file and says which were added, changed, removed.
// `before` is told the old row of every id that existed, before it is replaced or removed.
template <typename T, typename Read, typename Before>
void refreshRows(QList<T> &rows, const QSet<qint64> &ids, Read read, IdChanges &out, Before before)
{
    QList<qint64> ordered(ids.cbegin(), ids.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const qint64 id : std::as_const(ordered)) {
        auto it = findById(rows, id);
        const bool had = it != rows.end() && it->id.value == id;
        const std::optional<T> now = read(id);
        if (had)
            before(*it);
        if (now && had) {
            if (!(*it == *now)) {
                *it = *now;
                out.updated.insert(id);
            }
        } else if (now) {
            rows.insert(it, *now);
            out.added.insert(id);
        } else if (had) {
            rows.erase(it);
            out.removed.insert(id);
        }
    }
}

template <typename T, typename Read>
void refreshRows(QList<T> &rows, const QSet<qint64> &ids, Read read, IdChanges &out)
{
    refreshRows(rows, ids, read, out, [](const T &) {});
}

} // namespace

CaseDocument::CaseDocument(QObject *parent) : QObject(parent)
{
    connect(&m_checks, &JobTracker::runningChanged, this, [this] { Q_EMIT checkingChanged(isChecking()); });
}

CaseDocument::~CaseDocument()
{
    if (m_store)
        disconnect(m_store.get(), nullptr, this, nullptr);
}

void CaseDocument::setStore(std::unique_ptr<CaseStore> store)
{
    // The new case is read whole before anything of the old one goes: a file that cannot be read
    // to its end (the time budget, a value over SQLite's limits, a page found damaged) throws
    // here, and the document keeps the store, case and findings it had.
    CaseData data = store ? store->load() : CaseData{};
    const QList<NodePosition> positions = store ? store->nodePositions() : QList<NodePosition>{};
    if (m_store)
        disconnect(m_store.get(), nullptr, this, nullptr);
    m_checks.cancel();
    m_store = std::move(store);
    m_pending = {};
    m_editDepth = 0;
    if (m_store)
        connect(m_store.get(), &CaseStore::changed, this, &CaseDocument::absorb);
    take(std::move(data), positions);
    Q_EMIT reset();
    queueCheck();
}

void CaseDocument::moveToCopy(std::unique_ptr<CaseStore> copy)
{
    flush();
    if (m_store)
        disconnect(m_store.get(), nullptr, this, nullptr);
    m_store = std::move(copy);
    if (m_store)
        connect(m_store.get(), &CaseStore::changed, this, &CaseDocument::absorb);
}

void CaseDocument::loadAll()
{
    CaseData data = m_store ? m_store->load() : CaseData{};
    take(std::move(data), m_store ? m_store->nodePositions() : QList<NodePosition>{});
}

void CaseDocument::take(CaseData data, const QList<NodePosition> &positions)
{
    m_data = std::move(data);
    m_positions.clear();
    m_unstored.clear();
    for (const NodePosition &p : positions)
        m_positions.insert(p.party.value, p);
    for (const SubjectKind kind : {SubjectKind::Party, SubjectKind::Site, SubjectKind::Product, SubjectKind::Link})
        m_noteCounts[int(kind)] = chaingraph::noteCounts(m_data, kind);
    m_findings = {};
    m_findingChanges.clear();
    m_checkError.clear();
    if (m_store)
        ++m_fullLoads;
}

const Party *CaseDocument::party(PartyId id) const { return constFindById(m_data.parties, id.value); }
const Site *CaseDocument::site(SiteId id) const { return constFindById(m_data.sites, id.value); }
const Product *CaseDocument::product(ProductId id) const { return constFindById(m_data.products, id.value); }
const Link *CaseDocument::link(LinkId id) const { return constFindById(m_data.links, id.value); }
const Source *CaseDocument::source(SourceId id) const { return constFindById(m_data.sources, id.value); }
const Note *CaseDocument::note(NoteId id) const { return constFindById(m_data.notes, id.value); }

QList<NodePosition> CaseDocument::positions() const
{
    QList<NodePosition> result = m_positions.values();
    std::sort(result.begin(), result.end(), [](const NodePosition &a, const NodePosition &b) { return a.party < b.party; });
    return result;
}

std::optional<NodePosition> CaseDocument::position(PartyId id) const
{
    const auto it = m_positions.constFind(id.value);
    return it == m_positions.cend() ? std::nullopt : std::optional<NodePosition>(*it);
}

int CaseDocument::noteCount(SubjectKind subject, qint64 id) const { return m_noteCounts[int(subject)].value(id); }

CaseCounts CaseDocument::counts() const
{
    CaseCounts counts;
    counts.parties = int(m_data.parties.size());
    counts.sites = int(m_data.sites.size());
    counts.products = int(m_data.products.size());
    counts.links = int(m_data.links.size());
    counts.sources = int(m_data.sources.size());
    counts.notes = int(m_data.notes.size());
    const auto unsourced = [this](SubjectKind kind, const auto &rows) {
        const QHash<qint64, int> &backed = m_noteCounts[int(kind)];
        return int(std::count_if(rows.cbegin(), rows.cend(), [&](const auto &row) { return backed.value(row.id.value) == 0; }));
    };
    counts.unsourcedClaims = unsourced(SubjectKind::Party, m_data.parties) + unsourced(SubjectKind::Site, m_data.sites)
                           + unsourced(SubjectKind::Product, m_data.products) + unsourced(SubjectKind::Link, m_data.links);
    return counts;
}

void CaseDocument::beginEdit()
{
    if (m_editDepth == 0)
        storeUnstoredPlaces(); // the edit's "before" (undo) starts from the places the user saw
    ++m_editDepth;
}

void CaseDocument::placeUnstored(const QList<NodePosition> &places)
{
    CaseDelta delta;
    for (const NodePosition &place : places) {
        if (!party(place.party))
            continue;
        const auto old = m_positions.constFind(place.party.value);
        if (old != m_positions.cend() && old->position == place.position && old->pinned == place.pinned)
            continue;
        m_positions.insert(place.party.value, place);
        m_unstored.insert(place.party.value, place);
        delta.positions.insert(place.party.value);
    }
    if (!delta.isEmpty())
        Q_EMIT changed(delta);
}

void CaseDocument::storeUnstoredPlaces()
{
    if (m_unstored.isEmpty() || !m_store)
        return;
    // The store's report of these rows is held back and dropped: the document holds them already
    // (reading 20,000 places back to compare them would slow the first edit).
    const QList<NodePosition> places = m_unstored.values();
    {
        ++m_editDepth;
        const auto restore = qScopeGuard([this] { --m_editDepth; });
        m_store->setNodePositions(places);
    }
    for (const NodePosition &place : places)
        m_pending.positions.remove(place.party.value);
    m_unstored.clear();
}

void CaseDocument::endEdit()
{
    if (m_editDepth > 0 && --m_editDepth == 0)
        flush();
}

void CaseDocument::absorb(const CaseChange &change)
{
    m_pending.merge(change);
    if (m_editDepth == 0)
        flush();
}

void CaseDocument::countNotes(const Note &note, int step, CaseDelta *delta)
{
    QSet<QPair<int, qint64>> counted; // a note backs each subject once, however many attributes it names
    for (const ClaimRef &claim : note.claims) {
        if (counted.contains({int(claim.subject), claim.subjectId}))
            continue;
        counted.insert({int(claim.subject), claim.subjectId});
        int &count = m_noteCounts[int(claim.subject)][claim.subjectId];
        count += step;
        if (count <= 0)
            m_noteCounts[int(claim.subject)].remove(claim.subjectId);
        delta->backed(claim.subject).insert(claim.subjectId);
    }
}

void CaseDocument::flush()
{
    if (m_pending.isEmpty() || !m_store)
        return;
    const CaseChange change = std::exchange(m_pending, {});
    if (change.everything) {
        loadAll();
        Q_EMIT reset();
        queueCheck();
        return;
    }
    CaseStore &store = *m_store;
    CaseDelta delta;
    refreshRows(m_data.parties, change.parties, [&](qint64 id) { return store.party(PartyId(id)); }, delta.parties);
    refreshRows(m_data.sites, change.sites, [&](qint64 id) { return store.site(SiteId(id)); }, delta.sites);
    refreshRows(m_data.products, change.products, [&](qint64 id) { return store.product(ProductId(id)); }, delta.products);
    refreshRows(m_data.links, change.links, [&](qint64 id) { return store.link(LinkId(id)); }, delta.links);
    refreshRows(m_data.sources, change.sources, [&](qint64 id) { return store.source(SourceId(id)); }, delta.sources);
    QHash<qint64, Note> notesBefore;
    refreshRows(m_data.notes, change.notes, [&](qint64 id) { return store.note(NoteId(id)); }, delta.notes,
                [&](const Note &old) { notesBefore.insert(old.id.value, old); });
    for (const qint64 id : change.notes) {
        const Note *now = note(NoteId(id));
        const auto old = notesBefore.constFind(id);
        if (old != notesBefore.cend() && now && old->claims == now->claims)
            continue;
        if (old != notesBefore.cend())
            countNotes(*old, -1, &delta);
        if (now)
            countNotes(*now, +1, &delta);
    }
    for (const qint64 id : delta.parties.removed) {
        m_positions.remove(id);
        m_unstored.remove(id);
    }
    for (const qint64 id : change.positions) {
        if (delta.parties.removed.contains(id))
            continue;
        m_unstored.remove(id); // the file's place wins
        const auto place = store.nodePosition(PartyId(id));
        const auto old = m_positions.constFind(id);
        const bool same = place && old != m_positions.cend() && old->position == place->position && old->pinned == place->pinned;
        if (same || (!place && old == m_positions.cend()))
            continue;
        if (place)
            m_positions.insert(id, *place);
        else
            m_positions.remove(id);
        delta.positions.insert(id);
    }
    if (change.info) {
        const CaseInfo info = store.info();
        delta.info = !(info == m_data.info);
        m_data.info = info;
    }
    if (change.screening || !delta.parties.removed.isEmpty()) {
        const QList<ScreeningDecision> decisions = store.screeningDecisions();
        delta.screening = decisions != m_data.screeningDecisions;
        m_data.screeningDecisions = decisions;
    }
    if (delta.isEmpty())
        return;
    Q_EMIT changed(delta);
    if (delta.touchesRules())
        queueCheck();
}

// ---- findings ------------------------------------------------------------------------------

const RuleBook *CaseDocument::ruleBook() const
{
    const SharedRuleBook &shared = sharedRuleBook();
    return shared.book ? &*shared.book : nullptr;
}

QString CaseDocument::ruleBookError() const { return sharedRuleBook().error; }

void CaseDocument::setCheckSettings(const CheckSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    queueCheck();
}

void CaseDocument::setScreeningLists(ListScreeners lists)
{
    m_lists = std::move(lists);
    queueCheck();
}

void CaseDocument::queueCheck()
{
    // Edits that arrive together (a layout storing places, then an edit) need one check, not two.
    if (m_checkQueued)
        return;
    m_checkQueued = true;
    Q_EMIT checkingChanged(true);
    QMetaObject::invokeMethod(this, [this] {
        m_checkQueued = false;
        runCheck();
    }, Qt::QueuedConnection);
}

void CaseDocument::runCheck()
{
    if (!m_store) {
        m_checks.cancel();
        Q_EMIT checkingChanged(isChecking());
        return;
    }
    const RuleBook *book = ruleBook();
    if (!book) {
        m_checkError = ruleBookError();
        Q_EMIT findingsChanged();
        Q_EMIT checkingChanged(isChecking());
        return;
    }
    const CaseData data = m_data; // shared, not copied: the lists detach only when the next edit lands
    const CheckSettings settings = m_settings;
    const ListScreeners lists = m_lists;
    m_checks.start([this, book, data, settings, lists](const JobTracker::StopFlag &) -> JobTracker::Delivery {
        CaseFindings findings;
        QList<FindingChange> changes;
        QString error;
        try {
            const RuleChecker checker(*book, lists);
            CheckOptions base;
            if (settings.rulesAt) {
                base.rulesAt = *settings.rulesAt;
                base.today = *settings.rulesAt; // undated links are judged on that day too
            }
            findings = checker.check(data, base);
            if (!settings.counterfactuals.isEmpty()) {
                CheckOptions what = base;
                what.counterfactuals = settings.counterfactuals;
                const CaseFindings inForce = findings;
                findings = checker.check(data, what);
                changes = diffFindings(inForce, findings);
            }
        } catch (const CaseError &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
        }
        return [this, findings, changes, error] {
            m_checkError = error;
            if (error.isEmpty()) {
                m_findings = findings;
                m_findingChanges = changes;
            }
            Q_EMIT findingsChanged();
        };
    });
}

void CaseDocument::waitForFindings()
{
    while (m_checkQueued || m_checks.isRunning()) {
        QCoreApplication::sendPostedEvents(this);
        m_checks.waitForIdle();
    }
}

} // namespace chiptrail
