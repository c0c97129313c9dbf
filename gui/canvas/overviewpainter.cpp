// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpainter.h"

#include "picture/picturepainter.h"

#include "canvas/chainscene.h"
#include "canvas/countryboxitem.h"
#include "canvas/groupnodeitem.h"
#include "canvas/linklinesitem.h"
#include "canvas/mergededgeitem.h"
#include "canvas/partynodeitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace chiptrail::gui {
namespace {

// Link labels draw from this level of detail up (LinkEdgeItem::paint).
constexpr double labelsFrom = picture::labelsFromLod;

} // namespace

bool paintOverview(const ChainScene &scene, QPainter *painter, const QRectF &target, const QRectF &source)
{
    if (source.isEmpty() || target.isEmpty() || scene.isDrawingLink())
        return false;
    const QTransform toTarget = QTransform::fromTranslate(-source.left(), -source.top())
                                * QTransform::fromScale(target.width() / source.width(), target.height() / source.height())
                                * QTransform::fromTranslate(target.left(), target.top());
    const QTransform base = toTarget * painter->worldTransform();
    if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(base) >= labelsFrom)
        return false;

    painter->save();
    painter->setClipRect(target, Qt::IntersectClip);
    const double opacity = painter->opacity();
    const auto draw = [&](QGraphicsItem *item, const QRectF &exposed) {
        if (!item || !item->isVisible())
            return;
        const QRectF bounds = item->boundingRect();
        if (!item->sceneBoundingRect().intersects(source))
            return;
        QStyleOptionGraphicsItem option;
        option.state = QStyle::State_Enabled;
        if (item->isSelected())
            option.state |= QStyle::State_Selected;
        option.rect = bounds.toAlignedRect();
        option.exposedRect = exposed.isNull() ? bounds : exposed.intersected(bounds);
        painter->setWorldTransform(item->sceneTransform() * base);
        painter->setOpacity(opacity * item->effectiveOpacity());
        item->paint(painter, &option, nullptr);
    };

    QList<CountryBoxItem *> boxes = scene.countryBoxes();
    std::sort(boxes.begin(), boxes.end(), [](const CountryBoxItem *a, const CountryBoxItem *b) {
        return a->zValue() < b->zValue();
    });
    for (CountryBoxItem *box : std::as_const(boxes))
        draw(box, QRectF());
    draw(scene.linkLines(), source);
    for (MergedEdgeItem *edge : scene.mergedEdges())
        draw(edge, QRectF());
    for (const Party &party : scene.caseData().parties) // the order the cards were added in
        draw(scene.node(party.id), QRectF());
    for (GroupNodeItem *group : scene.groupNodes())
        draw(group, QRectF());
    painter->restore();
    return true;
}

} // namespace chiptrail::gui
