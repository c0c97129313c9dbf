// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "store/casestore.h"

#include <QDate>
#include <QGraphicsScene>
#include <QHash>

namespace chiptrail::gui {

class PartyNodeItem;
class LinkEdgeItem;
class CountryBoxItem;

// The chain as a scene: the same scene is drawn on screen and rendered into every export.
// It reads plain case data; edits leave it as signals that the window turns into undo commands.
class ChainScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit ChainScene(QObject *parent = nullptr);

    // Rebuilds the items. Parties without a stored position are placed in their tier's column.
    void setCase(const CaseData &data, const QList<NodePosition> &positions);
    const CaseData &caseData() const { return m_case; }

    void setAsOf(const QDate &date); // invalid date: everything
    QDate asOf() const { return m_asOf; }
    void setShowOnlyUnsourced(bool on);
    void setLinkColours(const QHash<qint64, QColor> &colours); // by link id, from the rule checks

    PartyNodeItem *node(PartyId id) const { return m_nodes.value(id.value); }
    LinkEdgeItem *edge(LinkId id) const { return m_edges.value(id.value); }
    QList<PartyId> selectedParties() const;
    QList<LinkId> selectedLinks() const;
    QList<NodePosition> positions() const;
    QList<PartyId> unplacedParties() const { return m_unplaced; }

    // Lights up the links of a path and their parties; everything else fades.
    void highlightPath(const QList<LinkId> &links);
    void clearHighlight();
    void updateCountryBoxes();
    QRectF contentRect() const;

Q_SIGNALS:
    void nodesMoved(const QList<NodePosition> &before, const QList<NodePosition> &after);
    void linkDrawn(PartyId from, PartyId to);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void applyFilters();
    QString linkLabel(const Link &link) const;
    PartyNodeItem *nodeAt(const QPointF &scenePos) const;

    CaseData m_case;
    QHash<qint64, PartyNodeItem *> m_nodes;
    QHash<qint64, LinkEdgeItem *> m_edges;
    QHash<QString, CountryBoxItem *> m_countryBoxes;
    QList<PartyId> m_unplaced;
    QHash<qint64, bool> m_pinned;
    QDate m_asOf;
    bool m_onlyUnsourced = false;
    QList<NodePosition> m_dragStart;
    PartyNodeItem *m_linkSource = nullptr;
    QGraphicsLineItem *m_rubberLink = nullptr;
};

} // namespace chiptrail::gui
