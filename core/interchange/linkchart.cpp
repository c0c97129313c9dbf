// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkchart.h"

#include "picture/chainstyle.h"
#include "picture/picturetext.h"

#include <QHash>

namespace chiptrail {
namespace {

QString nodeId(PartyId id) { return QStringLiteral("p%1").arg(id.value); }

QString screeningWord(const PartyFinding *finding, QStringList *lists)
{
    if (!finding)
        return QStringLiteral("none");
    bool counted = false, possible = false;
    for (const ScreeningMatch &match : finding->matches) {
        if (match.decision == QLatin1String("not_a_match"))
            continue;
        (match.counted ? counted : possible) = true;
        if (!lists->contains(match.list))
            lists->append(match.list);
    }
    return counted ? QStringLiteral("match") : possible ? QStringLiteral("possible") : QStringLiteral("none");
}

} // namespace

LinkChart buildLinkChart(const CaseData &data, const QList<NodePosition> &positions, const CaseFindings &findings)
{
    QHash<qint64, QPointF> places;
    for (const NodePosition &p : positions)
        places.insert(p.party.value, p.position);
    QHash<QString, const PartyFinding *> partyFindings;
    for (const PartyFinding &f : findings.parties)
        partyFindings.insert(f.partyKey, &f);
    QHash<qint64, const LinkFinding *> linkFindings;
    for (const LinkFinding &f : findings.links)
        linkFindings.insert(f.link.value, &f);
    QHash<qint64, QString> partyNames, productNames;
    for (const Party &party : data.parties)
        partyNames.insert(party.id.value, party.name);
    for (const Product &product : data.products)
        productNames.insert(product.id.value, product.name);

    LinkChart chart;
    chart.title = data.info.title;
    chart.nodes.reserve(data.parties.size());
    for (const Party &party : data.parties) {
        LinkChartNode node;
        node.id = nodeId(party.id);
        node.key = party.key;
        node.label = party.name;
        node.role = toWord(party.role);
        node.incorporationCountry = party.incorporationCountry;
        node.headquartersCountry = party.headquartersCountry;
        node.aliases = party.aliases;
        node.description = party.description;
        node.confidence = toWord(party.confidence);
        node.screening = screeningWord(partyFindings.value(party.key), &node.screeningLists);
        node.centre = places.value(party.id.value);
        node.size = picture::chainstyle::nodeSizeFor(party.name);
        node.colour = picture::chainstyle::roleColour(party.role);
        chart.nodes << node;
    }
    chart.edges.reserve(data.links.size());
    for (const Link &link : data.links) {
        LinkChartEdge edge;
        edge.id = QStringLiteral("l%1").arg(link.id.value);
        edge.key = link.key;
        edge.source = nodeId(link.from);
        edge.target = nodeId(link.to);
        edge.sourceLabel = partyNames.value(link.from.value);
        edge.targetLabel = partyNames.value(link.to.value);
        edge.kind = toWord(link.kind);
        edge.directed = link.kind != LinkKind::Affiliation;
        if (link.product)
            edge.product = productNames.value(link.product->value);
        edge.quantity = link.quantity;
        edge.value = link.value;
        edge.currency = link.currency;
        edge.ownershipShare = link.ownershipShare;
        edge.dateFrom = link.dateFrom;
        edge.dateTo = link.dateTo;
        edge.shipFromCountry = link.shipFromCountry;
        edge.shipToCountry = link.shipToCountry;
        edge.confidence = toWord(link.confidence);
        edge.description = link.description;
        edge.label = picture::PictureText::linkLabel(link, data.products);
        const QPen pen = picture::chainstyle::linkPen(link.kind, link.quantity, link.confidence);
        edge.style = pen.style();
        edge.width = pen.widthF();
        edge.colour = pen.color();
        if (const LinkFinding *finding = linkFindings.value(link.id.value)) {
            edge.verdict = toWord(finding->verdict);
            edge.item = finding->item;
            edge.flags = finding->flags;
            edge.colour = picture::chainstyle::verdictColour(*finding);
        }
        chart.edges << edge;
    }
    return chart;
}

QString xmlSafeText(const QString &text, int *replaced)
{
    const auto allowed = [](char32_t c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
               || (c >= 0x10000 && c <= 0x10FFFF);
    };
    // Most names are clean: no copy then.
    bool clean = true;
    for (qsizetype i = 0; i < text.size() && clean; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else
            clean = !c.isSurrogate() && allowed(c.unicode());
    }
    if (clean)
        return text;
    QString out;
    out.reserve(text.size());
    int count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (!c.isSurrogate() && allowed(c.unicode())) {
            out += c;
        } else {
            out += QChar(QChar::ReplacementCharacter);
            ++count;
        }
    }
    if (replaced)
        *replaced += count;
    return out;
}

} // namespace chiptrail
