// SPDX-License-Identifier: GPL-3.0-or-later
#include "partynodeitem.h"

#include "canvas/chainstyle.h"
#include "canvas/linkedgeitem.h"
#include "canvas/mergededgeitem.h"
#include "panels/displaytext.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace chiptrail::gui {
PartyNodeItem::PartyNodeItem(const Party &party, int noteCount) : m_party(party), m_noteCount(noteCount)
{
    const QSizeF size = chainstyle::nodeSizeFor(party.name);
    m_card = QRectF(QPointF(-size.width() / 2, -size.height() / 2), size);
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setZValue(2);
    setToolTip(party.aliases.isEmpty() ? party.name
                                       : party.name + QLatin1Char('\n') + party.aliases.join(QLatin1String(", ")));
}

void PartyNodeItem::setParty(const Party &party)
{
    const QSizeF size = chainstyle::nodeSizeFor(party.name);
    prepareGeometryChange();
    m_party = party;
    m_card = QRectF(QPointF(-size.width() / 2, -size.height() / 2), size);
    setToolTip(party.aliases.isEmpty() ? party.name
                                       : party.name + QLatin1Char('\n') + party.aliases.join(QLatin1String(", ")));
    for (LinkEdgeItem *edge : std::as_const(m_edges)) // the card's edge may have moved
        edge->adjust();
    update();
}

void PartyNodeItem::setNoteCount(int count)
{
    if (m_noteCount != count) {
        m_noteCount = count;
        update();
    }
}

QString PartyNodeItem::country() const
{
    return m_party.headquartersCountry.isEmpty() ? m_party.incorporationCountry : m_party.headquartersCountry;
}

void PartyNodeItem::setHighlighted(bool on)
{
    if (m_highlighted != on) {
        m_highlighted = on;
        update();
    }
}

void PartyNodeItem::setDimmed(bool on)
{
    if (m_dimmed != on) {
        m_dimmed = on;
        setOpacity(on ? 0.25 : 1.0);
    }
}

QRectF PartyNodeItem::boundingRect() const { return m_card.adjusted(-4, -4, 4, 4); }

QPainterPath PartyNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_card, 8, 8);
    return path;
}

void PartyNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QColor colour = chainstyle::roleColour(m_party.role);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.3) {
        // Far out, a card is a few pixels: a filled block is all the eye can use.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(m_card, isSelected() ? chainstyle::highlightColour() : colour);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(isSelected() || m_highlighted ? chainstyle::highlightColour() : colour.darker(130),
                isSelected() || m_highlighted ? 3.5 : 1.2);
    if (m_party.confidence == Confidence::Suspected || m_party.confidence == Confidence::Disputed)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(m_card, 8, 8);
    painter->fillRect(QRectF(m_card.left() + 1, m_card.top() + 6, 7, m_card.height() - 12), colour);

    const QRectF text = m_card.adjusted(16, 6, -8, -6);
    const QFont nameFont = chainstyle::nameFont();
    painter->setFont(nameFont);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    const QString name = QFontMetricsF(nameFont).elidedText(m_party.name, Qt::ElideRight, text.width() - 26);
    painter->drawText(QRectF(text.left(), text.top(), text.width() - 26, 20), Qt::AlignLeft | Qt::AlignVCenter, name);

    if (lod >= 0.55) {
        QFont small = painter->font();
        small.setPixelSize(11);
        small.setBold(false);
        painter->setFont(small);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        const QString subtitle = country().isEmpty() ? DisplayText::role(m_party.role)
                                                     : DisplayText::role(m_party.role) + QStringLiteral(" · ") + country();
        painter->drawText(QRectF(text.left(), text.top() + 22, text.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(small).elidedText(subtitle, Qt::ElideRight, text.width()));
    }

    // The note badge: how many notes back this party; red when none does.
    const QRectF badge(m_card.right() - 30, m_card.top() + 7, 22, 16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_noteCount == 0 ? chainstyle::unsourcedColour() : QColor(0xE8, 0xE8, 0xE8));
    painter->drawRoundedRect(badge, 8, 8);
    QFont badgeFont = painter->font();
    badgeFont.setPixelSize(10);
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    painter->setPen(m_noteCount == 0 ? Qt::white : QColor(0x33, 0x33, 0x33));
    painter->drawText(badge, Qt::AlignCenter, m_noteCount == 0 ? QStringLiteral("!") : QString::number(m_noteCount));
}

QVariant PartyNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (LinkEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        for (MergedEdgeItem *edge : std::as_const(m_mergedEdges))
            edge->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace chiptrail::gui
