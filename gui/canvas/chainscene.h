// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/collapsegroups.h"
#include "document/casedelta.h"
#include "layout/layoutresult.h"
#include "model/entities.h"
#include "store/casestore.h"

#include <QDate>
#include <QGraphicsScene>
#include <QHash>

namespace chiptrail {
class CaseDocument;
}

namespace chiptrail::gui {

class PartyNodeItem;
class LinkEdgeItem;
class LinkLinesItem;
class LinkPlacer;
class CountryBoxItem;
class GroupNodeItem;
class MergedEdgeItem;

// The chain as a scene: its items paint with the chain picture's functions (core/picture), and
// every export is written from the picture of what it shows (scenetopicture.h).
// It reads plain case data; edits leave it as signals that the window turns into undo commands.
class ChainScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit ChainScene(QObject *parent = nullptr);
    ~ChainScene() override;

    // Follows a case document: built once now and after each reset, then brought up to date
    // item by item from its change notifications (see applyDelta).
    void setDocument(const CaseDocument *document);
    // Rebuilds the items. Parties without a stored position are placed in their tier's column.
    // Collapsed groups stay collapsed (a view setting that survives edits and re-layouts).
    void setCase(const CaseData &data, const QList<NodePosition> &positions);
    // After an edit: adds, moves, restyles and removes only the items the edit touched.
    void applyDelta(const CaseDelta &delta);
    int rebuildCount() const { return m_rebuilds; } // whole-scene rebuilds so far (benchmark)
    const CaseData &caseData() const { return m_case; }

    void setAsOf(const QDate &date); // invalid date: everything
    QDate asOf() const { return m_asOf; }
    void setShowOnlyUnsourced(bool on);
    void setLinkColours(const QHash<qint64, QColor> &colours); // by link id, from the rule checks
    bool hasLinkColours() const { return !m_linkColours.isEmpty(); }
    const QHash<qint64, QColor> &linkColours() const { return m_linkColours; }

    // Folding a country or a company group into one summary node, with the links to it merged
    // per direction and counted. Not an edit of the case: no undo; expandAll() when another case
    // is opened. A party in a collapsed company group and a collapsed country shows in the group.
    void collapse(const CollapseKey &key);
    void expand(const CollapseKey &key);
    void expandAll();
    bool isCollapsed(const CollapseKey &key) const { return m_collapsed.contains(key); }
    QList<CollapseKey> collapsedGroups() const { return m_collapsed; }
    std::optional<CollapseKey> companyGroupOf(PartyId party) const; // none without ownership links
    QString groupTitle(const CollapseKey &key) const;               // "Indonesia (ID)", "Nvidia group"
    GroupNodeItem *groupNode(const CollapseKey &key) const;
    QList<GroupNodeItem *> groupNodes() const { return m_groups; }
    QList<MergedEdgeItem *> mergedEdges() const { return m_mergedEdges; }

    // Null for a party inside a collapsed group.
    PartyNodeItem *node(PartyId id) const { return m_nodes.value(id.value); }
    // The party's card, expanding the group it is folded into (search must find it).
    PartyNodeItem *revealNode(PartyId id);
    LinkEdgeItem *edge(LinkId id) const { return m_edges.value(id.value); }
    QList<LinkEdgeItem *> edges() const { return m_edges.values(); }
    int edgeCount() const { return int(m_edges.size()); }
    // The link whose line (or label) is under `scenePos`, as the pointer finds it.
    LinkEdgeItem *linkAt(const QPointF &scenePos) const;
    // For a list of items under the pointer: the link in place of the item that draws all lines.
    QGraphicsItem *pickable(QGraphicsItem *item, const QPointF &scenePos) const;
    QList<LinkEdgeItem *> linksCrossing(const QRectF &sceneRect) const;
    LinkLinesItem *linkLines() const { return m_lines; }
    QList<CountryBoxItem *> countryBoxes() const { return m_countryBoxes.values(); }
    CountryBoxItem *countryBox(const QString &isoCode) const { return m_countryBoxes.value(isoCode); }

    // The lines of a dot layout the cards were just moved to: drawn along dot's splines until a
    // card at either end moves (LinkPlacer).
    void setDotLayout(const layout::LayoutResult &result);
    LinkPlacer *linkPlacer() const { return m_placer; }
    bool isDrawingLink() const { return m_rubberLink != nullptr; } // a Shift-drag between cards
    // In the order the user picked them: the first is where a new link starts.
    QList<PartyId> selectedParties() const;
    QList<LinkId> selectedLinks() const;
    QList<NodePosition> positions() const;
    QList<PartyId> unplacedParties() const { return m_unplaced; }

    // Lights up the links of a path and their parties; everything else fades.
    void highlightPath(const QList<LinkId> &links);
    void clearHighlight();
    void updateCountryBoxes();
    QRectF contentRect() const;
    // The farthest-out zoom at which every card shown draws its whole name readably (at least
    // picture::minNameScreenPixels): View → Fit goes no farther out (0 without cards).
    double readableZoom() const;
    // Forgets the pixels kept to make panning cheap: the next frame is drawn from nothing.
    void dropDrawingCaches();

Q_SIGNALS:
    void nodesMoved(const QList<NodePosition> &before, const QList<NodePosition> &after);
    void linkDrawn(PartyId from, PartyId to);
    // How many link labels found no place clear of cards and other labels, when that changes.
    void labelsLeftOutChanged(int count);

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    void reloadFromDocument();
    PartyNodeItem *addNode(const Party &party);
    void addEdge(const Link &link, int parallelIndex);
    void dropEdge(LinkEdgeItem *edge);
    QPointF unplacedPlace(const Party &party);
    void applyFilters();
    void applyFiltersTo(const QSet<qint64> &parties);
    QString linkLabel(const Link &link) const;
    PartyNodeItem *nodeAt(const QPointF &scenePos) const;
    void noteSelectionOrder();

    const CaseDocument *m_document = nullptr;
    CaseData m_case; // the document's, shared (or the one given to setCase)
    int m_rebuilds = 0;
    QHash<qint64, int> m_partyNotes, m_linkNotes; // without a document
    int noteCount(SubjectKind subject, qint64 id) const;
    QHash<qint64, NodePosition> m_places; // as given to setCase(), then as the user dragged them
    mutable QHash<qint64, PartyId> m_companyRoots; // worked out when first needed after an edit
    mutable bool m_companyRootsStale = false;
    QList<CollapseKey> m_collapsed;       // in the order the user folded them
    QList<GroupNodeItem *> m_groups;
    QList<MergedEdgeItem *> m_mergedEdges;
    QHash<qint64, PartyNodeItem *> m_nodes;
    QHash<qint64, LinkEdgeItem *> m_edges;
    LinkLinesItem *m_lines = nullptr; // owned by the scene like every item
    LinkPlacer *m_placer;
    QHash<QString, CountryBoxItem *> m_countryBoxes;
    QList<PartyId> m_unplaced;
    QHash<int, int> m_unplacedPerTier; // cards stacked in each tier's column so far
    QDate m_asOf;
    bool m_onlyUnsourced = false;
    QHash<qint64, QColor> m_linkColours;
    QList<PartyId> m_selectionOrder; // selected parties, first picked first
    QList<NodePosition> m_dragStart;
    PartyNodeItem *m_linkSource = nullptr;
    QGraphicsLineItem *m_rubberLink = nullptr;
};

} // namespace chiptrail::gui
