// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"

#include <QGraphicsRectItem>

namespace chiptrail::gui {

// The box around the parties of one country, so a link that leaves it is a border crossing.
class CountryBoxItem : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 3 };
    CountryBoxItem(const QString &isoCode, const QString &title);
    int type() const override { return Type; }
    QString isoCode() const { return m_isoCode; }
    picture::CountryBox box() const; // as the picture holds it, in the scene
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_isoCode;
    QString m_title;
};

} // namespace chiptrail::gui
