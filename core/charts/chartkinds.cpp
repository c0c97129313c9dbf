// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartseries.h"

#include "model/chaingraph.h"

#include <algorithm>

namespace chiptrail::charts {

QString toWord(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Hops: return QStringLiteral("hops");
    case ChartKind::Countries: return QStringLiteral("countries");
    case ChartKind::Timeline: return QStringLiteral("timeline");
    case ChartKind::Findings: return QStringLiteral("findings");
    }
    return {};
}

std::optional<ChartKind> chartKindFromWord(const QString &word)
{
    for (const ChartKind kind : allChartKinds())
        if (toWord(kind) == word)
            return kind;
    return std::nullopt;
}

QList<ChartKind> allChartKinds()
{
    return {ChartKind::Hops, ChartKind::Countries, ChartKind::Timeline, ChartKind::Findings};
}

QString toWord(EventLane lane)
{
    switch (lane) {
    case EventLane::Case: return QStringLiteral("case");
    case EventLane::ChipRule: return QStringLiteral("chip_rule");
    case EventLane::OtherRule: return QStringLiteral("other_rule");
    case EventLane::EntityList: return QStringLiteral("entity_list");
    case EventLane::Counterfactual: return QStringLiteral("counterfactual");
    }
    return {};
}

namespace {
const Product *productById(const CaseData &data, ProductId id)
{
    for (const Product &p : data.products)
        if (p.id == id)
            return &p;
    return nullptr;
}
} // namespace

const Product *chipOf(const Link &link, const CaseData &data)
{
    if (!link.product)
        return nullptr;
    const Product *product = productById(data, *link.product);
    if (product && product->kind == ProductKind::System)
        return product->contains ? productById(data, *product->contains) : nullptr;
    return product;
}

std::optional<qint64> chipsOf(const Link &link, const CaseData &data)
{
    if (!link.quantity || !link.product)
        return std::nullopt;
    const Product *product = productById(data, *link.product);
    if (!product)
        return std::nullopt;
    if (product->kind == ProductKind::Chip)
        return *link.quantity;
    if (product->chipsPerUnit <= 0)
        return std::nullopt;
    return *link.quantity * product->chipsPerUnit;
}

std::pair<QDate, QDate> replayRange(const CaseData &data, const QDate &today)
{
    QDate first, last;
    for (const Link &link : data.links) {
        if (link.dateFrom.isNull())
            continue;
        const QDate date = link.dateFrom.earliest();
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
    }
    if (!first.isValid())
        return {};
    last = std::max(last, today);
    return {QDate(first.year() - 2, 1, 1), QDate(last.year(), 12, 31)};
}

CaseData caseAsOf(const CaseData &data, const QDate &asOf)
{
    CaseData out = data;
    out.links.clear();
    for (const Link &link : data.links)
        if (chaingraph::isActiveAsOf(link, asOf))
            out.links << link;
    return out;
}

} // namespace chiptrail::charts
