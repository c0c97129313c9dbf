// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturetext.h"

#include "model/chaingraph.h"
#include "model/displaytext.h"

namespace chiptrail::picture {

QString PictureText::linkLabel(const Link &link, const QList<Product> &products)
{
    QStringList parts;
    QString what;
    if (link.product)
        for (const auto &p : products)
            if (p.id == *link.product)
                what = p.name;
    if (link.quantity)
        what = what.isEmpty() ? DisplayText::number(double(*link.quantity))
                              : tr("%1 × %2").arg(DisplayText::number(double(*link.quantity)), what);
    if (link.kind == LinkKind::Ownership && link.ownershipShare)
        what = what.isEmpty() ? tr("owns %1 %").arg(DisplayText::number(*link.ownershipShare))
                              : tr("%1, owns %2 %").arg(what, DisplayText::number(*link.ownershipShare));
    if (what.isEmpty() && !movesHardware(link.kind))
        what = DisplayText::linkKind(link.kind);
    if (!what.isEmpty())
        parts << what;
    if (!link.dateFrom.isNull())
        parts << DisplayText::dateRange(link.dateFrom, link.dateTo);
    if (link.confidence != Confidence::Confirmed && link.confidence != Confidence::Reported)
        parts << tr("(%1)").arg(DisplayText::confidence(link.confidence));
    return parts.join(QLatin1Char('\n'));
}

QString PictureText::groupTitle(const CollapseKey &key, const QList<Party> &parties)
{
    if (key.kind == CollapseKey::Kind::Country)
        return key.country.isEmpty() ? tr("No country") : DisplayText::country(key.country);
    for (const Party &party : parties)
        if (party.id == key.root)
            return tr("%1 group").arg(party.name);
    return tr("Company group");
}

} // namespace chiptrail::picture
