// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupnodeitem.h"

#include "picture/picturegeometry.h"
#include "picture/picturepainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace chiptrail::gui {

namespace {
struct Canvas
{
    Q_DECLARE_TR_FUNCTIONS(Canvas)
};
} // namespace

GroupNodeItem::GroupNodeItem(const CollapseKey &key, QString title, QList<PartyId> members, int innerLinks)
    : m_key(key), m_members(std::move(members)),
      m_card(picture::makeGroupCard(key, title, int(m_members.size()), innerLinks, QPointF(0, 0)))
{
    if (key.kind == CollapseKey::Kind::Country)
        m_country = key.country;
    setZValue(2);
    setToolTip(Canvas::tr("%1 — %2\nDouble-click to expand").arg(m_card.title, m_card.subtitle));
}

QString GroupNodeItem::country() const { return m_country; }

QRectF GroupNodeItem::boundingRect() const { return picture::groupBounds(m_card.rect); }

QPainterPath GroupNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_card.rect.adjusted(-4, -4, 4, 4), 10, 10);
    return path;
}

void GroupNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    picture::paintGroupCard(*painter, m_card, option->levelOfDetailFromTransform(painter->worldTransform()), isSelected());
}

} // namespace chiptrail::gui
