// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardplacement.h"

#include "canvas/chainscene.h"
#include "canvas/groupnodeitem.h"
#include "canvas/partynodeitem.h"
#include "document/casedocument.h"
#include "picture/picturegeometry.h"

#include <QMap>
#include <QSet>
#include <algorithm>

namespace chiptrail::gui {

namespace {

constexpr double defaultColumnSpacing = 320.0; // as the scene stacks cards that have no place

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The x of a tier's column: where its cards stand; else on the line through the other tiers'.
double columnOf(int tier, const QMap<int, QList<double>> &xsByTier)
{
    if (const auto own = xsByTier.constFind(tier); own != xsByTier.constEnd())
        return median(*own);
    if (xsByTier.isEmpty())
        return tier * defaultColumnSpacing;
    if (xsByTier.size() == 1)
        return median(xsByTier.first()) + (tier - xsByTier.firstKey()) * defaultColumnSpacing;
    const int firstTier = xsByTier.firstKey(), lastTier = xsByTier.lastKey();
    const double first = median(xsByTier.first()), last = median(xsByTier.last());
    const double spacing = std::max(defaultColumnSpacing / 2, (last - first) / std::max(1, lastTier - firstTier));
    return tier < firstTier ? first - (firstTier - tier) * spacing : first + (tier - firstTier) * spacing;
}

} // namespace

layout::Placement placeForParty(const ChainScene &scene, const CaseDocument &document, const Party &party,
                                std::optional<QPointF> near, PartyId leaveOut, bool exactlyNear)
{
    QSet<qint64> pinned;
    for (const NodePosition &p : document.positions())
        if (p.pinned)
            pinned.insert(p.party.value);
    QList<layout::PlacedCard> cards;
    QMap<int, QList<double>> xsByTier;
    for (const Party &other : scene.caseData().parties) {
        const PartyNodeItem *node = scene.node(other.id);
        if (!node || other.id == leaveOut)
            continue;
        cards.append({other.id.value, node->sceneBoundingRect(), node->country(), pinned.contains(other.id.value)});
        xsByTier[chainTier(other.role)].append(node->pos().x());
    }
    for (const GroupNodeItem *group : scene.groupNodes()) // folded: stays where it is
        cards.append({0, group->sceneBoundingRect(), group->country(), true});

    layout::PlacementRequest request;
    request.size = picture::cardBounds(picture::makeCard(party, 0, {}).rect).size();
    request.country = party.headquartersCountry.isEmpty() ? party.incorporationCountry : party.headquartersCountry;
    request.columnX = columnOf(chainTier(party.role), xsByTier);
    request.near = near;
    request.exactlyNear = exactlyNear;
    request.lineFromNear = near && !exactlyNear; // near a card, not a click: its partner
    return layout::findPlace(cards, request);
}

} // namespace chiptrail::gui
