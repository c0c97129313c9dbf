// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/casedelta.h"
#include "model/entities.h"

#include <QAbstractItemModel>
#include <array>

namespace chiptrail {
class CaseDocument;
}

namespace chiptrail::gui {

// What an outline row stands for; groups have no subject.
struct OutlineSubject
{
    enum class Kind { None, Party, Site, Product, Link, Source };
    Kind kind = Kind::None;
    qint64 id = 0;
    bool operator==(const OutlineSubject &) const = default;
};

// The case as a tree over the case document: parties grouped by role (by name within a role),
// then sites, products, links and sources (in the order they were added). It follows the
// document's change notifications row by row: an edit inserts, removes, moves or repaints the
// rows it touched, so the view keeps its selection, expansion and scroll position. Read-only.
class CaseOutlineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // LaterRole: true for a link or source dated after the followed as-of date (see setAsOf).
    enum Roles { SubjectKindRole = Qt::UserRole + 1, SubjectIdRole, LaterRole };

    explicit CaseOutlineModel(QObject *parent = nullptr);

    void setDocument(const CaseDocument *document); // and after the document's reset()
    void applyDelta(const CaseDelta &delta);
    static OutlineSubject subjectAt(const QModelIndex &index);
    QModelIndex indexOf(const OutlineSubject &subject) const;
    int resetCount() const { return m_resets; } // whole-model resets so far (benchmark)
    // Links and sources dated after `date` are greyed, in italics, marked "(not yet)" or
    // "(published later)"; invalid: nothing is marked. Only rows whose mark changes repaint.
    void setAsOf(const QDate &date);
    QDate asOf() const { return m_asOf; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Top-level groups, in this order.
    enum Group { Parties, Sites, Products, Links, Sources, GroupCount };
    void rebuild();
    QList<qint64> &idsOf(Group group) { return m_ids[group]; }
    QModelIndex groupIndex(Group group) const { return createIndex(group, 0, quintptr(0)); }
    QModelIndex roleIndex(int roleRow) const;
    int roleRowOf(PartyRole role) const; // -1 when the role has no group
    bool partyBefore(qint64 a, qint64 b) const;
    void removeParty(qint64 id);
    void insertParty(qint64 id);
    void moveParty(qint64 id, const Party &party);
    void syncList(Group group, const IdChanges &changes);
    QString groupText(Group group) const;
    QString leafText(Group group, qint64 id) const;
    QString partyText(qint64 id) const;
    bool isLater(Group group, qint64 id, const QDate &asOf) const;

    const CaseDocument *m_document = nullptr;
    std::array<QList<qint64>, GroupCount> m_ids; // Sites..Sources: ids in id order
    QList<PartyRole> m_roles;                    // roles with parties, in the order of allPartyRoles()
    QList<QList<qint64>> m_members;              // parties of each role, by name
    QHash<qint64, PartyRole> m_roleOf;           // the group a party's row is in now
    int m_partyCount = 0;
    int m_resets = 0;
    QDate m_asOf;
};

} // namespace chiptrail::gui
