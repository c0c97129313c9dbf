// SPDX-License-Identifier: GPL-3.0-or-later
#include "countryboxitem.h"

#include "picture/chainstyle.h"
#include "picture/picturepainter.h"

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

picture::CountryBox CountryBoxItem::box() const
{
    return {m_isoCode, m_title, rect(), picture::chainstyle::countryFill(m_isoCode), zValue()};
}

void CountryBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    picture::paintCountryBox(*painter, box(), option->levelOfDetailFromTransform(painter->worldTransform()));
}

} // namespace chiptrail::gui
