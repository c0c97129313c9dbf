// SPDX-License-Identifier: GPL-3.0-or-later
#include "countryboxitem.h"

#include "canvas/chainstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace chiptrail::gui {

CountryBoxItem::CountryBoxItem(const QString &isoCode, const QString &title)
    : m_isoCode(isoCode), m_title(title)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(title);
}

void CountryBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QColor fill = chainstyle::countryFill(m_isoCode);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(fill.darker(135), 1.2));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect(), 12, 12);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.25)
        return;
    QFont font = painter->font();
    font.setPixelSize(13);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(fill.darker(250));
    painter->drawText(rect().adjusted(12, 4, -12, 0), Qt::AlignTop | Qt::AlignLeft, m_title);
}

} // namespace chiptrail::gui
