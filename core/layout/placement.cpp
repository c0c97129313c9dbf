// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement.h"

#include <QHash>
#include <QLineF>
#include <algorithm>
#include <cmath>

namespace chiptrail::layout {

namespace {

QRectF cardAt(QPointF centre, QSizeF size)
{
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

struct Scene
{
    QList<PlacedCard> cards;
    QHash<QString, QRectF> boxes; // by country
    QRectF extent;                // every card and box
};

Scene sceneOf(const QList<PlacedCard> &cards, const PlacementSpacing &spacing)
{
    Scene scene;
    scene.cards = cards;
    for (const PlacedCard &card : cards) {
        scene.extent |= card.rect;
        if (card.country.isEmpty())
            continue;
        QRectF &box = scene.boxes[card.country];
        box = box.isNull() ? countryBoxAround(card.rect, spacing) : box.united(countryBoxAround(card.rect, spacing));
        scene.extent |= box;
    }
    return scene;
}

// A card at `rect` of `country` keeps every card free and every country box apart.
bool fits(const Scene &scene, const QRectF &rect, const QString &country, const PlacementSpacing &spacing)
{
    const QRectF spaced = rect.adjusted(-spacing.gap, -spacing.gap, spacing.gap, spacing.gap);
    for (const PlacedCard &card : scene.cards)
        if (spaced.intersects(card.rect))
            return false;
    if (country.isEmpty()) { // no box of its own, and not inside another's
        for (const QRectF &box : scene.boxes)
            if (spaced.intersects(box))
                return false;
        return true;
    }
    QRectF box = countryBoxAround(rect, spacing);
    if (const auto own = scene.boxes.constFind(country); own != scene.boxes.constEnd())
        box |= *own;
    const QRectF apart = box.adjusted(-spacing.boxGap, -spacing.boxGap, spacing.boxGap, spacing.boxGap);
    for (auto it = scene.boxes.cbegin(); it != scene.boxes.cend(); ++it)
        if (it.key() != country && apart.intersects(*it))
            return false;
    for (const PlacedCard &card : scene.cards) // cards without a country have no box to meet
        if (card.country.isEmpty() && apart.intersects(card.rect))
            return false;
    return true;
}

bool crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QPointF corners[] = {rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()};
    for (int i = 0; i < 4; ++i)
        if (line.intersects(QLineF(corners[i], corners[(i + 1) % 4])) == QLineF::BoundedIntersection)
            return true;
    return false;
}

// The line from the partner's centre to a card at `centre` passes no third card.
bool lineIsClear(const Scene &scene, QPointF from, QPointF centre)
{
    const QLineF line(from, centre);
    for (const PlacedCard &card : scene.cards)
        if (!card.rect.contains(from) && crosses(line, card.rect))
            return false;
    return true;
}

// Up and down the column from `startY`, nearest first, as far as the chain reaches and a card's
// height beyond it (below everything there is always room for a card without a country or of a
// country new to the chain).
std::optional<QPointF> searchColumn(const Scene &scene, const PlacementRequest &request, double startY,
                                    const PlacementSpacing &spacing, bool clearLine = false)
{
    const double step = std::max(8.0, request.size.height() / 4);
    const double h = request.size.height();
    const double reachUp = scene.extent.isNull() ? 0 : std::max(0.0, startY - scene.extent.top()) + h;
    const double reachDown = scene.extent.isNull() ? 0
                                                   : std::max(0.0, scene.extent.bottom() - startY) + 2 * h
                                                         + spacing.gap + spacing.boxLabel + 2 * spacing.boxPadding;
    // Bounded: far from where it belongs a card helps nobody; below everything is the way out.
    constexpr int maxSteps = 1000;
    const int steps = std::min(maxSteps, int(std::ceil(std::max(reachUp, reachDown) / step)));
    for (int k = 0; k <= steps; ++k) {
        for (const int sign : {1, -1}) {
            if (k == 0 && sign < 0)
                continue;
            const double dy = sign * k * step;
            if ((dy > 0 && dy > reachDown) || (dy < 0 && -dy > reachUp))
                continue;
            const QPointF centre(request.columnX, startY + dy);
            if (fits(scene, cardAt(centre, request.size), request.country, spacing)
                && (!clearLine || lineIsClear(scene, *request.near, centre)))
                return centre;
        }
    }
    return std::nullopt;
}

// Only what can meet a card in the column, its country's box or the line to it: the search
// then costs the cards near the column, not all of a 20,000-party case.
Scene narrowed(const Scene &scene, double left, double right)
{
    Scene out;
    out.extent = scene.extent;
    for (const PlacedCard &card : scene.cards)
        if (card.rect.right() >= left && card.rect.left() <= right)
            out.cards.append(card);
    for (auto it = scene.boxes.cbegin(); it != scene.boxes.cend(); ++it)
        if (it->right() >= left && it->left() <= right)
            out.boxes.insert(it.key(), *it);
    return out;
}

} // namespace

QRectF countryBoxAround(const QRectF &rect, const PlacementSpacing &spacing)
{
    return rect.adjusted(-spacing.boxPadding, -spacing.boxPadding - spacing.boxLabel, spacing.boxPadding,
                         spacing.boxPadding);
}

Placement findPlace(const QList<PlacedCard> &cards, const PlacementRequest &request, const PlacementSpacing &spacing)
{
    Scene scene = sceneOf(cards, spacing);
    const auto own = scene.boxes.constFind(request.country);
    const bool hasBox = !request.country.isEmpty() && own != scene.boxes.constEnd();
    if (request.near && request.exactlyNear
        && fits(scene, cardAt(*request.near, request.size), request.country, spacing))
        return {*request.near, {}};
    double startY = 0;
    if (request.near)
        startY = request.near->y();
    else if (hasBox)
        startY = own->center().y();
    else if (!scene.extent.isNull())
        startY = scene.extent.bottom() + spacing.boxLabel + spacing.boxPadding + spacing.gap + request.size.height() / 2;
    const double reach = request.size.width() / 2 + spacing.gap + spacing.boxPadding + spacing.boxGap + 1;
    double left = request.columnX - reach, right = request.columnX + reach;
    if (hasBox)
        left = std::min(left, own->left() - spacing.boxGap - 1), right = std::max(right, own->right() + spacing.boxGap + 1);
    if (request.near && request.lineFromNear)
        left = std::min(left, request.near->x()), right = std::max(right, request.near->x());
    const Scene column = narrowed(scene, left, right);
    if (request.near && request.lineFromNear)
        if (const auto centre = searchColumn(column, request, startY, spacing, true))
            return {*centre, {}};
    if (const auto centre = searchColumn(column, request, startY, spacing))
        return {*centre, {}};
    if (!hasBox) // no box of its own to keep together: below everything there is room
        return {QPointF(request.columnX, scene.extent.bottom() + spacing.boxGap + spacing.boxLabel + spacing.boxPadding
                                             + spacing.gap + request.size.height() / 2),
                {}};

    // The country's box is hemmed in by others: its cards (those not placed by hand) move as one
    // block below everything else, where the box can grow.
    Placement placement;
    QRectF others;
    QRectF block;
    for (const PlacedCard &card : std::as_const(scene.cards)) {
        if (card.country == request.country && !card.pinned)
            block |= card.rect;
        else
            others |= card.country.isEmpty() ? card.rect : countryBoxAround(card.rect, spacing);
    }
    const double top = others.bottom() + spacing.boxGap + spacing.boxLabel + spacing.boxPadding + spacing.gap;
    const double dy = top - block.top();
    QList<PlacedCard> moved = scene.cards;
    for (PlacedCard &card : moved)
        if (card.country == request.country && !card.pinned) {
            card.rect.translate(0, dy);
            placement.moves.append({card.party, card.rect.center()});
        }
    scene = sceneOf(moved, spacing);
    const double blockMiddle = block.center().y() + dy;
    placement.centre = searchColumn(scene, request, blockMiddle, spacing)
                           .value_or(QPointF(request.columnX, scene.extent.bottom() + spacing.gap + request.size.height()));
    return placement;
}

} // namespace chiptrail::layout
