// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseoutlinemodel.h"

#include "document/casedocument.h"
#include "model/chaingraph.h"
#include "model/displaytext.h"

#include <QColor>
#include <QFont>
#include <algorithm>

namespace chiptrail::gui {
namespace {

// internalId of an index: 0 for a top-level group; otherwise what its parent is.
constexpr quintptr inRoleGroups = 1;   // a role group under "Parties"
constexpr quintptr inGroupBase = 10;   // a leaf of top-level group g: 10 + g
constexpr quintptr inRoleBase = 100;   // a party of role R: 100 + int(R) (not the group's row, which moves)

OutlineSubject::Kind kindOfGroup(int group)
{
    static constexpr OutlineSubject::Kind kinds[] = {OutlineSubject::Kind::Party, OutlineSubject::Kind::Site,
                                                     OutlineSubject::Kind::Product, OutlineSubject::Kind::Link,
                                                     OutlineSubject::Kind::Source};
    return kinds[group];
}

} // namespace

CaseOutlineModel::CaseOutlineModel(QObject *parent) : QAbstractItemModel(parent) {}

void CaseOutlineModel::setDocument(const CaseDocument *document)
{
    beginResetModel();
    m_document = document;
    rebuild();
    ++m_resets;
    endResetModel();
}

void CaseOutlineModel::rebuild()
{
    for (auto &ids : m_ids)
        ids.clear();
    m_roles.clear();
    m_members.clear();
    m_roleOf.clear();
    m_partyCount = 0;
    if (!m_document)
        return;
    const CaseData &data = m_document->data();
    for (const PartyRole role : allPartyRoles()) {
        QList<qint64> members;
        for (const Party &p : data.parties)
            if (p.role == role)
                members.append(p.id.value);
        if (members.isEmpty())
            continue;
        std::sort(members.begin(), members.end(), [this](qint64 a, qint64 b) { return partyBefore(a, b); });
        for (const qint64 id : std::as_const(members))
            m_roleOf.insert(id, role);
        m_roles.append(role);
        m_members.append(members);
    }
    m_partyCount = int(data.parties.size());
    for (const Site &s : data.sites)
        m_ids[Sites].append(s.id.value);
    for (const Product &p : data.products)
        m_ids[Products].append(p.id.value);
    for (const Link &l : data.links)
        m_ids[Links].append(l.id.value);
    for (const Source &s : data.sources)
        m_ids[Sources].append(s.id.value);
}

bool CaseOutlineModel::partyBefore(qint64 a, qint64 b) const
{
    const Party *pa = m_document->party(PartyId(a));
    const Party *pb = m_document->party(PartyId(b));
    const int order = pa && pb ? pa->name.localeAwareCompare(pb->name) : 0;
    return order != 0 ? order < 0 : a < b;
}

int CaseOutlineModel::roleRowOf(PartyRole role) const { return int(m_roles.indexOf(role)); }

QModelIndex CaseOutlineModel::roleIndex(int roleRow) const { return createIndex(roleRow, 0, inRoleGroups); }

// ---- following the document ------------------------------------------------------------------

void CaseOutlineModel::applyDelta(const CaseDelta &delta)
{
    if (!m_document)
        return;
    const int partiesBefore = m_partyCount;
    for (const qint64 id : delta.parties.removed)
        removeParty(id);
    for (const qint64 id : delta.parties.updated) {
        const Party *party = m_document->party(PartyId(id));
        const auto was = m_roleOf.constFind(id);
        if (!party || was == m_roleOf.cend())
            continue;
        // Name or role changed: the row moves to its new place (kept selected); else repaint it.
        const int roleRow = roleRowOf(*was);
        QList<qint64> &members = m_members[roleRow];
        const int row = int(members.indexOf(id));
        const bool inPlace = party->role == *was && (row == 0 || partyBefore(members.at(row - 1), id))
                          && (row + 1 == members.size() || partyBefore(id, members.at(row + 1)));
        if (inPlace) {
            const QModelIndex at = index(row, 0, roleIndex(roleRow));
            Q_EMIT dataChanged(at, at);
        } else {
            moveParty(id, *party);
        }
    }
    for (const qint64 id : delta.parties.added)
        insertParty(id);
    syncList(Sites, delta.sites);
    syncList(Products, delta.products);
    syncList(Links, delta.links);
    syncList(Sources, delta.sources);

    // Link rows name their parties and product: repaint those whose names changed.
    if (!delta.parties.updated.isEmpty() || !delta.products.updated.isEmpty()) {
        const QModelIndex links = groupIndex(Links);
        const QList<qint64> &ids = m_ids[Links];
        for (int row = 0; row < ids.size(); ++row)
            if (const Link *link = m_document->link(LinkId(ids.at(row)));
                link && (delta.parties.updated.contains(link->from.value) || delta.parties.updated.contains(link->to.value)
                         || (link->product && delta.products.updated.contains(link->product->value)))) {
                const QModelIndex at = index(row, 0, links);
                Q_EMIT dataChanged(at, at);
            }
    }
    // Group titles carry their counts: repaint those that changed.
    if (m_partyCount != partiesBefore || !delta.parties.isEmpty()) {
        for (int row = 0; row < m_roles.size(); ++row)
            Q_EMIT dataChanged(roleIndex(row), roleIndex(row));
        Q_EMIT dataChanged(groupIndex(Parties), groupIndex(Parties));
    }
    const std::pair<Group, const IdChanges *> lists[] = {
        {Sites, &delta.sites}, {Products, &delta.products}, {Links, &delta.links}, {Sources, &delta.sources}};
    for (const auto &[group, changes] : lists)
        if (!changes->added.isEmpty() || !changes->removed.isEmpty())
            Q_EMIT dataChanged(groupIndex(group), groupIndex(group));
}

void CaseOutlineModel::removeParty(qint64 id)
{
    const auto was = m_roleOf.constFind(id);
    if (was == m_roleOf.cend())
        return;
    const int roleRow = roleRowOf(*was);
    m_roleOf.erase(was);
    const int row = int(m_members[roleRow].indexOf(id));
    if (m_members[roleRow].size() == 1) { // the last of its role: the role group goes too
        beginRemoveRows(groupIndex(Parties), roleRow, roleRow);
        m_roles.removeAt(roleRow);
        m_members.removeAt(roleRow);
        --m_partyCount;
        endRemoveRows();
        return;
    }
    beginRemoveRows(roleIndex(roleRow), row, row);
    m_members[roleRow].removeAt(row);
    --m_partyCount;
    endRemoveRows();
}

void CaseOutlineModel::insertParty(qint64 id)
{
    const Party *party = m_document->party(PartyId(id));
    if (!party || m_roleOf.contains(id))
        return;
    int roleRow = roleRowOf(party->role);
    if (roleRow < 0) {
        const auto order = allPartyRoles();
        const auto rankOf = [&order](PartyRole r) { return std::find(order.begin(), order.end(), r) - order.begin(); };
        const auto rank = rankOf(party->role);
        roleRow = int(std::count_if(m_roles.cbegin(), m_roles.cend(), [&](PartyRole r) { return rankOf(r) < rank; }));
        beginInsertRows(groupIndex(Parties), roleRow, roleRow);
        m_roles.insert(roleRow, party->role);
        m_members.insert(roleRow, {id});
        m_roleOf.insert(id, party->role);
        ++m_partyCount;
        endInsertRows();
        return;
    }
    QList<qint64> &members = m_members[roleRow];
    const int row = int(std::lower_bound(members.cbegin(), members.cend(), id,
                                         [this](qint64 a, qint64 b) { return partyBefore(a, b); })
                        - members.cbegin());
    beginInsertRows(roleIndex(roleRow), row, row);
    members.insert(row, id);
    m_roleOf.insert(id, party->role);
    ++m_partyCount;
    endInsertRows();
}

void CaseOutlineModel::moveParty(qint64 id, const Party &party)
{
    // A move, not a removal and an insertion: the view keeps the row current and selected.
    const PartyRole was = m_roleOf.value(id);
    int target = roleRowOf(party.role);
    if (target < 0) { // its new role has no group yet: an empty one first
        const auto order = allPartyRoles();
        const auto rankOf = [&order](PartyRole r) { return std::find(order.begin(), order.end(), r) - order.begin(); };
        target = int(std::count_if(m_roles.cbegin(), m_roles.cend(), [&](PartyRole r) { return rankOf(r) < rankOf(party.role); }));
        beginInsertRows(groupIndex(Parties), target, target);
        m_roles.insert(target, party.role);
        m_members.insert(target, {});
        endInsertRows();
    }
    const int source = roleRowOf(was);
    QList<qint64> &from = m_members[source];
    const int row = int(from.indexOf(id));
    QList<qint64> others = m_members[target];
    others.removeAll(id);
    const int place = int(std::lower_bound(others.cbegin(), others.cend(), id,
                                           [this](qint64 a, qint64 b) { return partyBefore(a, b); })
                          - others.cbegin());
    // beginMoveRows counts the destination row before the move takes the row out.
    const int destination = source == target && place > row ? place + 1 : place;
    if (source != target || destination != row) {
        beginMoveRows(roleIndex(source), row, row, roleIndex(target), destination);
        m_members[source].removeAt(row);
        m_members[target].insert(place, id);
        m_roleOf.insert(id, party.role);
        endMoveRows();
    }
    if (m_members[source].isEmpty()) { // the last of its old role: that group goes
        beginRemoveRows(groupIndex(Parties), source, source);
        m_roles.removeAt(source);
        m_members.removeAt(source);
        endRemoveRows();
    }
}

void CaseOutlineModel::syncList(Group group, const IdChanges &changes)
{
    QList<qint64> &ids = idsOf(group);
    const QModelIndex parent = groupIndex(group);
    for (const qint64 id : changes.removed) {
        const auto at = std::lower_bound(ids.begin(), ids.end(), id);
        if (at == ids.end() || *at != id)
            continue;
        const int row = int(at - ids.begin());
        beginRemoveRows(parent, row, row);
        ids.removeAt(row);
        endRemoveRows();
    }
    QList<qint64> added(changes.added.cbegin(), changes.added.cend());
    std::sort(added.begin(), added.end());
    for (const qint64 id : std::as_const(added)) {
        const auto at = std::lower_bound(ids.begin(), ids.end(), id);
        if (at != ids.end() && *at == id)
            continue;
        const int row = int(at - ids.begin());
        beginInsertRows(parent, row, row);
        ids.insert(row, id);
        endInsertRows();
    }
    for (const qint64 id : changes.updated) {
        const auto at = std::lower_bound(ids.cbegin(), ids.cend(), id);
        if (at != ids.cend() && *at == id) {
            const QModelIndex changed = index(int(at - ids.cbegin()), 0, parent);
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

// ---- as of a date ---------------------------------------------------------------------------

bool CaseOutlineModel::isLater(Group group, qint64 id, const QDate &asOf) const
{
    if (!asOf.isValid() || !m_document)
        return false;
    if (group == Links)
        if (const Link *link = m_document->link(LinkId(id)))
            return !chaingraph::isActiveAsOf(*link, asOf);
    if (group == Sources)
        if (const Source *source = m_document->source(SourceId(id)))
            return !source->date.isNull() && source->date.earliest() > asOf;
    return false;
}

void CaseOutlineModel::setAsOf(const QDate &date)
{
    if (date == m_asOf)
        return;
    const QDate was = m_asOf;
    m_asOf = date;
    // Marked, not hidden: rows keep their place, so selection and expansion stay as they were.
    for (const Group group : {Links, Sources}) {
        const QList<qint64> &ids = m_ids[group];
        for (int row = 0; row < ids.size(); ++row)
            if (isLater(group, ids.at(row), was) != isLater(group, ids.at(row), date)) {
                const QModelIndex at = index(row, 0, groupIndex(group));
                Q_EMIT dataChanged(at, at, {Qt::DisplayRole, Qt::FontRole, Qt::ForegroundRole, LaterRole});
            }
    }
}

// ---- the tree --------------------------------------------------------------------------------

QModelIndex CaseOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, 0, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, 0, parent.row() == Parties ? inRoleGroups : inGroupBase + quintptr(parent.row()));
    if (parent.internalId() == inRoleGroups)
        return createIndex(row, 0, inRoleBase + quintptr(m_roles.at(parent.row())));
    return {};
}

QModelIndex CaseOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    if (id == inRoleGroups)
        return groupIndex(Parties);
    if (id >= inRoleBase)
        return roleIndex(roleRowOf(PartyRole(id - inRoleBase)));
    return groupIndex(Group(id - inGroupBase));
}

int CaseOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document || !m_document->hasCase())
        return 0;
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return parent.row() == Parties ? int(m_roles.size()) : int(m_ids[parent.row()].size());
    if (id == inRoleGroups)
        return int(m_members.value(parent.row()).size());
    return 0; // leaves
}

int CaseOutlineModel::columnCount(const QModelIndex &) const { return 1; }

QVariant CaseOutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Case");
    return {};
}

QString CaseOutlineModel::groupText(Group group) const
{
    static constexpr const char *titles[] = {QT_TR_NOOP("Parties"), QT_TR_NOOP("Sites"), QT_TR_NOOP("Products"),
                                             QT_TR_NOOP("Links"), QT_TR_NOOP("Sources")};
    const int count = group == Parties ? m_partyCount : int(m_ids[group].size());
    return tr("%1 (%2)").arg(tr(titles[group])).arg(count);
}

QString CaseOutlineModel::partyText(qint64 id) const
{
    const Party *p = m_document->party(PartyId(id));
    if (!p)
        return {};
    return p->headquartersCountry.isEmpty() ? p->name : tr("%1 · %2").arg(p->name, p->headquartersCountry);
}

QString CaseOutlineModel::leafText(Group group, qint64 id) const
{
    switch (group) {
    case Parties: return partyText(id);
    case Sites:
        if (const Site *s = m_document->site(SiteId(id)))
            return tr("%1 · %2").arg(s->name, s->country);
        break;
    case Products:
        if (const Product *p = m_document->product(ProductId(id)))
            return p->name;
        break;
    case Links:
        if (const Link *l = m_document->link(LinkId(id))) {
            const Party *from = m_document->party(l->from);
            const Party *to = m_document->party(l->to);
            QString text = tr("%1 → %2: %3").arg(from ? from->name : QString(), to ? to->name : QString(),
                                                 DisplayText::linkKind(l->kind));
            if (l->quantity && l->product)
                if (const Product *product = m_document->product(*l->product))
                    text += tr(", %1 × %2").arg(DisplayText::number(double(*l->quantity)), product->name);
            return text;
        }
        break;
    case Sources:
        if (const Source *s = m_document->source(SourceId(id)))
            return tr("%1 [%2]").arg(s->title, s->language);
        break;
    case GroupCount: break;
    }
    return {};
}

QVariant CaseOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const quintptr id = index.internalId();
    const bool isGroup = id == 0 || id == inRoleGroups;
    if (isGroup) {
        if (role == Qt::DisplayRole)
            return id == 0 ? groupText(Group(index.row()))
                           : tr("%1 (%2)").arg(DisplayText::rolePlural(m_roles.value(index.row())))
                                 .arg(m_members.value(index.row()).size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const Group group = id >= inRoleBase ? Parties : Group(id - inGroupBase);
    const qint64 subjectId = id >= inRoleBase ? m_members.value(roleRowOf(PartyRole(id - inRoleBase))).value(index.row())
                                              : m_ids[group].value(index.row());
    const bool later = (group == Links || group == Sources) && isLater(group, subjectId, m_asOf);
    switch (role) {
    case Qt::DisplayRole:
        if (later)
            return group == Links ? tr("%1 (not yet)").arg(leafText(group, subjectId))
                                  : tr("%1 (published later)").arg(leafText(group, subjectId));
        return leafText(group, subjectId);
    case Qt::FontRole:
        if (later) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        if (later)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case LaterRole: return later;
    case Qt::ToolTipRole:
        if (group == Parties) {
            if (const Party *p = m_document->party(PartyId(subjectId)); p && !p->aliases.isEmpty())
                return p->aliases.join(QLatin1String(", "));
        } else if (group == Sources) {
            if (const Source *s = m_document->source(SourceId(subjectId)))
                return later ? tr("%1 — published after the as-of date %2").arg(s->publisher, DisplayText::date(PartialDate::fromDate(m_asOf)))
                             : s->publisher;
        } else if (later) {
            return tr("Dated after the as-of date %1: not yet happened then").arg(DisplayText::date(PartialDate::fromDate(m_asOf)));
        }
        return {};
    case SubjectKindRole: return int(kindOfGroup(group));
    case SubjectIdRole: return subjectId;
    default: return {};
    }
}

OutlineSubject CaseOutlineModel::subjectAt(const QModelIndex &index)
{
    const QVariant kind = index.data(SubjectKindRole);
    if (!kind.isValid())
        return {};
    return {OutlineSubject::Kind(kind.toInt()), index.data(SubjectIdRole).toLongLong()};
}

QModelIndex CaseOutlineModel::indexOf(const OutlineSubject &subject) const
{
    switch (subject.kind) {
    case OutlineSubject::Kind::None: return {};
    case OutlineSubject::Kind::Party: {
        const auto role = m_roleOf.constFind(subject.id);
        if (role == m_roleOf.cend())
            return {};
        const int roleRow = roleRowOf(*role);
        return index(int(m_members.at(roleRow).indexOf(subject.id)), 0, roleIndex(roleRow));
    }
    default: {
        const Group group = subject.kind == OutlineSubject::Kind::Site      ? Sites
                          : subject.kind == OutlineSubject::Kind::Product ? Products
                          : subject.kind == OutlineSubject::Kind::Link    ? Links
                                                                          : Sources;
        const QList<qint64> &ids = m_ids[group];
        const auto at = std::lower_bound(ids.cbegin(), ids.cend(), subject.id);
        if (at == ids.cend() || *at != subject.id)
            return {};
        return index(int(at - ids.cbegin()), 0, groupIndex(group));
    }
    }
}

} // namespace chiptrail::gui
