// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfloor.h"

#include "picture/picturebuilder.h"
#include "picture/picturegeometry.h"
#include "picture/picturepainter.h"

namespace chiptrail::picture {

void setMinTextSize(ChainPicture &picture, double minTextSize)
{
    for (Card &card : picture.cards)
        card.minTextSize = minTextSize;
    for (GroupCard &group : picture.groups)
        group.minTextSize = minTextSize;
    for (CountryBox &box : picture.boxes)
        box.minTextSize = minTextSize;
    for (LinkLabel &label : picture.labels) {
        label.minTextSize = minTextSize;
        placeLabel(label, label.box.center());
    }
    for (MergedLine &merged : picture.mergedLines) {
        merged.minTextSize = minTextSize;
        sizeMergedLabel(merged);
    }
    picture.bounds = pictureBounds(picture);
}

int cardsWithoutName(const ChainPicture &picture)
{
    int count = 0;
    for (const Card &card : picture.cards)
        count += nameTooLargeForCard(card) ? 1 : 0;
    return count;
}

} // namespace chiptrail::picture
