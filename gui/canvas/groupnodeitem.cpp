// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupnodeitem.h"

#include "canvas/chainstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
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
    : m_key(key), m_title(std::move(title)), m_members(std::move(members))
{
    m_subtitle = m_members.size() == 1 ? Canvas::tr("1 party") : Canvas::tr("%n parties", nullptr, int(m_members.size()));
    if (innerLinks > 0)
        m_subtitle += QStringLiteral(" · ") + (innerLinks == 1 ? Canvas::tr("1 link inside")
                                                               : Canvas::tr("%n links inside", nullptr, innerLinks));
    QSizeF size = chainstyle::nodeSizeFor(m_title);
    size.setHeight(size.height() + 8);
    m_card = QRectF(QPointF(-size.width() / 2, -size.height() / 2), size);
    if (key.kind == CollapseKey::Kind::Country)
        m_country = key.country;
    setZValue(2);
    setToolTip(Canvas::tr("%1 — %2\nDouble-click to expand").arg(m_title, m_subtitle));
}

QString GroupNodeItem::country() const { return m_country; }

QRectF GroupNodeItem::boundingRect() const { return m_card.adjusted(-6, -6, 6, 6); }

QPainterPath GroupNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_card.adjusted(-4, -4, 4, 4), 10, 10);
    return path;
}

void GroupNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QColor fill = m_key.kind == CollapseKey::Kind::Country ? chainstyle::countryFill(m_key.country)
                                                                 : QColor(0xEE, 0xEE, 0xF6);
    const QColor edge = isSelected() ? chainstyle::highlightColour() : fill.darker(170);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.3) {
        painter->fillRect(m_card, edge);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    // Two stacked cards: "there is more than one in here".
    painter->setPen(QPen(edge, 1.2));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_card.translated(4, -4), 8, 8);
    painter->setPen(QPen(edge, isSelected() ? 3.5 : 2.0));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(m_card, 8, 8);
    painter->fillRect(QRectF(m_card.left() + 1, m_card.top() + 6, 7, m_card.height() - 12), fill.darker(130));

    const QRectF text = m_card.adjusted(16, 6, -8, -6);
    const QFont nameFont = chainstyle::nameFont();
    painter->setFont(nameFont);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(QRectF(text.left(), text.top(), text.width(), 22), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(nameFont).elidedText(m_title, Qt::ElideRight, text.width()));
    QFont small = nameFont;
    small.setPixelSize(11);
    small.setBold(false);
    painter->setFont(small);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(QRectF(text.left(), text.top() + 24, text.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(small).elidedText(m_subtitle, Qt::ElideRight, text.width()));
}

} // namespace chiptrail::gui
