// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseoutlinemodel.h"

#include "panels/displaytext.h"

#include <algorithm>

namespace chiptrail::gui {
namespace {

QStandardItem *group(const QString &title, int count)
{
    auto *item = new QStandardItem(CaseOutlineModel::tr("%1 (%2)").arg(title).arg(count));
    item->setEditable(false);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    return item;
}

QStandardItem *leaf(const QString &text, OutlineSubject::Kind kind, qint64 id, const QString &tip = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(kind), CaseOutlineModel::SubjectKindRole);
    item->setData(id, CaseOutlineModel::SubjectIdRole);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

} // namespace

CaseOutlineModel::CaseOutlineModel(QObject *parent) : QStandardItemModel(parent) {}

void CaseOutlineModel::setCase(const CaseData &data)
{
    clear();
    setHorizontalHeaderLabels({tr("Case")});
    QHash<qint64, QString> partyNames;
    for (const auto &p : data.parties)
        partyNames.insert(p.id.value, p.name);
    QHash<qint64, QString> productNames;
    for (const auto &p : data.products)
        productNames.insert(p.id.value, p.name);

    auto *parties = group(tr("Parties"), int(data.parties.size()));
    for (const PartyRole role : allPartyRoles()) {
        QList<const Party *> members;
        for (const auto &p : data.parties)
            if (p.role == role)
                members.append(&p);
        if (members.isEmpty())
            continue;
        std::sort(members.begin(), members.end(),
                  [](const Party *a, const Party *b) { return a->name.localeAwareCompare(b->name) < 0; });
        auto *roleGroup = group(DisplayText::rolePlural(role), int(members.size()));
        for (const Party *p : members)
            roleGroup->appendRow(leaf(p->headquartersCountry.isEmpty()
                                          ? p->name
                                          : tr("%1 · %2").arg(p->name, p->headquartersCountry),
                                      OutlineSubject::Kind::Party, p->id.value,
                                      p->aliases.join(QLatin1String(", "))));
        parties->appendRow(roleGroup);
    }
    appendRow(parties);

    auto *sites = group(tr("Sites"), int(data.sites.size()));
    for (const auto &s : data.sites)
        sites->appendRow(leaf(tr("%1 · %2").arg(s.name, s.country), OutlineSubject::Kind::Site, s.id.value));
    appendRow(sites);

    auto *products = group(tr("Products"), int(data.products.size()));
    for (const auto &p : data.products)
        products->appendRow(leaf(p.name, OutlineSubject::Kind::Product, p.id.value));
    appendRow(products);

    auto *links = group(tr("Links"), int(data.links.size()));
    for (const auto &l : data.links) {
        QString text = tr("%1 → %2: %3").arg(partyNames.value(l.from.value), partyNames.value(l.to.value),
                                             DisplayText::linkKind(l.kind));
        if (l.quantity && l.product)
            text += tr(", %1 × %2").arg(DisplayText::number(double(*l.quantity)),
                                        productNames.value(l.product->value));
        links->appendRow(leaf(text, OutlineSubject::Kind::Link, l.id.value));
    }
    appendRow(links);

    auto *sources = group(tr("Sources"), int(data.sources.size()));
    for (const auto &s : data.sources)
        sources->appendRow(leaf(tr("%1 [%2]").arg(s.title, s.language), OutlineSubject::Kind::Source,
                                s.id.value, s.publisher));
    appendRow(sources);
}

OutlineSubject CaseOutlineModel::subjectAt(const QModelIndex &index)
{
    const QVariant kind = index.data(SubjectKindRole);
    if (!kind.isValid())
        return {};
    return {OutlineSubject::Kind(kind.toInt()), index.data(SubjectIdRole).toLongLong()};
}

QModelIndex CaseOutlineModel::indexOf(const OutlineSubject &subject) const
{
    const auto hits = match(index(0, 0), SubjectIdRole, subject.id, -1,
                            Qt::MatchExactly | Qt::MatchRecursive);
    for (const auto &hit : hits)
        if (subjectAt(hit) == subject)
            return hit;
    return {};
}

} // namespace chiptrail::gui
