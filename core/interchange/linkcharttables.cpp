// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkcharttables.h"

namespace chiptrail {
namespace {

QString number(const std::optional<double> &v) { return v ? QString::number(*v, 'g', 15) : QString(); }
QString number(const std::optional<qint64> &v) { return v ? QString::number(*v) : QString(); }
QString iso(const PartialDate &date) { return date.isNull() ? QString() : date.toIso(); }
QString firstDay(const PartialDate &date) { return date.isNull() ? QString() : date.earliest().toString(Qt::ISODate); }
bool isPerson(const LinkChartNode &node) { return node.role == QLatin1String("person"); }

QStringList tags(const LinkChartNode &node)
{
    QStringList tags{node.role};
    for (const QString &country : {node.incorporationCountry, node.headquartersCountry})
        if (!country.isEmpty() && !tags.contains(country))
            tags << country;
    if (node.screening != QLatin1String("none"))
        tags << QStringLiteral("screening ") + node.screening;
    return tags;
}

// The columns every tool gets after its own: the case's words, for filters and legends there.
const QStringList nodeDetailHeaders{QStringLiteral("Key"), QStringLiteral("Role"), QStringLiteral("Incorporation Country"),  // notr: the tool's column name
                                    QStringLiteral("Headquarters Country"), QStringLiteral("Aliases"),  // notr: the tool's column name
                                    QStringLiteral("Confidence"), QStringLiteral("Screening"), QStringLiteral("Screening Lists")};  // notr: the tool's column name
QStringList nodeDetails(const LinkChartNode &n)
{
    return {n.key, n.role, n.incorporationCountry, n.headquartersCountry, n.aliases.join(u'|'), n.confidence,
            n.screening, n.screeningLists.join(u'|')};
}

const QStringList edgeDetailHeaders{QStringLiteral("Key"), QStringLiteral("Kind"), QStringLiteral("Product"),
                                    QStringLiteral("Quantity"), QStringLiteral("Value"), QStringLiteral("Currency"),
                                    QStringLiteral("Ownership Share"), QStringLiteral("Date From"), QStringLiteral("Date To"),  // notr: the tool's column name
                                    QStringLiteral("Ship From"), QStringLiteral("Ship To"), QStringLiteral("Confidence"),  // notr: the tool's column name
                                    QStringLiteral("Verdict"), QStringLiteral("Item"), QStringLiteral("Flags")};
QStringList edgeDetails(const LinkChartEdge &e)
{
    return {e.key, e.kind, e.product, number(e.quantity), number(e.value), e.currency, number(e.ownershipShare),
            iso(e.dateFrom), iso(e.dateTo), e.shipFromCountry, e.shipToCountry, e.confidence, e.verdict, e.item,
            e.flags.join(u'|')};
}

// Column indexes of the numbers among the details, after `before` columns of the tool's own.
QSet<int> edgeNumberColumns(int before) { return {before + 3, before + 4, before + 6}; }

LinkChartTables kumu(const LinkChart &chart)
{
    LinkChartTables t;
    t.elements.headers = QStringList{QStringLiteral("ID"), QStringLiteral("Label"), QStringLiteral("Type"),
                                     QStringLiteral("Description"), QStringLiteral("Tags")}
                         + nodeDetailHeaders;
    for (const LinkChartNode &n : chart.nodes)
        t.elements.rows << QStringList{n.id, n.label, n.role, n.description, tags(n).join(u'|')} + nodeDetails(n);
    t.connections.headers = QStringList{QStringLiteral("ID"), QStringLiteral("From"), QStringLiteral("To"),
                                        QStringLiteral("Type"), QStringLiteral("Direction"), QStringLiteral("Label"),
                                        QStringLiteral("Description"), QStringLiteral("Tags")}
                            + edgeDetailHeaders;
    for (const LinkChartEdge &e : chart.edges) {
        QStringList edgeTags{e.kind};
        if (!e.verdict.isEmpty())
            edgeTags << e.verdict;
        t.connections.rows << QStringList{e.id, e.source, e.target, e.kind,
                                          e.directed ? QStringLiteral("directed") : QStringLiteral("undirected"),
                                          e.label, e.description, edgeTags.join(u'|')}
                                  + edgeDetails(e);
    }
    t.connections.numberColumns = edgeNumberColumns(8);
    return t;
}

LinkChartTables maltego(const LinkChart &chart)
{
    const auto entityType = [](const LinkChartNode &n) {
        return isPerson(n) ? QStringLiteral("maltego.Person") : QStringLiteral("maltego.Company");
    };
    QHash<QString, const LinkChartNode *> byId;
    for (const LinkChartNode &n : chart.nodes)
        byId.insert(n.id, &n);
    LinkChartTables t;
    t.elements.headers = QStringList{QStringLiteral("Entity Type"), QStringLiteral("Value"), QStringLiteral("Identifier"),  // notr: the tool's column name
                                     QStringLiteral("Notes")}
                         + nodeDetailHeaders;
    for (const LinkChartNode &n : chart.nodes)
        t.elements.rows << QStringList{entityType(n), n.label, n.id, n.description} + nodeDetails(n);
    t.connections.headers = QStringList{QStringLiteral("Source Type"), QStringLiteral("Source"),  // notr: the tool's column name
                                        QStringLiteral("Source Identifier"), QStringLiteral("Target Type"),  // notr: the tool's column name
                                        QStringLiteral("Target"), QStringLiteral("Target Identifier"),  // notr: the tool's column name
                                        QStringLiteral("Link Identifier"), QStringLiteral("Link Label"),  // notr: the tool's column name
                                        QStringLiteral("Notes")}
                            + edgeDetailHeaders;
    for (const LinkChartEdge &e : chart.edges) {
        const LinkChartNode *from = byId.value(e.source), *to = byId.value(e.target);
        t.connections.rows << QStringList{from ? entityType(*from) : QString(), e.sourceLabel, e.source,
                                          to ? entityType(*to) : QString(), e.targetLabel, e.target, e.id,
                                          e.label, e.description}
                                  + edgeDetails(e);
    }
    t.connections.numberColumns = edgeNumberColumns(9);
    return t;
}

LinkChartTables i2(const LinkChart &chart)
{
    const auto entityType = [](const LinkChartNode &n) {
        return isPerson(n) ? QStringLiteral("Person") : QStringLiteral("Organization");
    };
    QHash<QString, const LinkChartNode *> byId;
    for (const LinkChartNode &n : chart.nodes)
        byId.insert(n.id, &n);
    LinkChartTables t;
    t.elements.headers = QStringList{QStringLiteral("Identity"), QStringLiteral("Label"), QStringLiteral("Type"),
                                     QStringLiteral("Description")}
                         + nodeDetailHeaders;
    for (const LinkChartNode &n : chart.nodes)
        t.elements.rows << QStringList{n.id, n.label, entityType(n), n.description} + nodeDetails(n);
    t.connections.headers = QStringList{QStringLiteral("Link Identity"), QStringLiteral("Entity 1 Identity"),  // notr: the tool's column name
                                        QStringLiteral("Entity 1 Label"), QStringLiteral("Entity 1 Type"),  // notr: the tool's column name
                                        QStringLiteral("Link Type"), QStringLiteral("Link Label"), QStringLiteral("Date"),  // notr: the tool's column name
                                        QStringLiteral("End Date"), QStringLiteral("Direction"),  // notr: the tool's column name
                                        QStringLiteral("Entity 2 Identity"), QStringLiteral("Entity 2 Label"),  // notr: the tool's column name
                                        QStringLiteral("Entity 2 Type"), QStringLiteral("Description")}  // notr: the tool's column name
                            + edgeDetailHeaders;
    for (const LinkChartEdge &e : chart.edges) {
        const LinkChartNode *from = byId.value(e.source), *to = byId.value(e.target);
        t.connections.rows << QStringList{e.id, e.source, e.sourceLabel, from ? entityType(*from) : QString(), e.kind,
                                          e.label, firstDay(e.dateFrom), firstDay(e.dateTo),
                                          e.directed ? QStringLiteral("With Arrows") : QStringLiteral("None"),  // notr: the tool's column name
                                          e.target, e.targetLabel, to ? entityType(*to) : QString(), e.description}
                                  + edgeDetails(e);
    }
    t.connections.numberColumns = edgeNumberColumns(13);
    return t;
}

QString quoted(const QString &cell)
{
    QString text = csvInjectionSafe(cell);
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

} // namespace

LinkChartTables linkChartTables(const LinkChart &chart, LinkChartTool tool)
{
    LinkChartTables tables = tool == LinkChartTool::Kumu      ? kumu(chart)
                             : tool == LinkChartTool::Maltego ? maltego(chart)
                                                              : i2(chart);
    tables.elements.name = QStringLiteral("Elements");
    tables.connections.name = QStringLiteral("Connections");
    return tables;
}

QString csvInjectionSafe(const QString &cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && triggers.contains(cell.front()))
        return u'\'' + cell;
    return cell;
}

QByteArray writeCsv(const SheetTable &table)
{
    QString text;
    const auto line = [&text](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                text += u',';
            text += quoted(cells.at(i));
        }
        text += QLatin1String("\r\n");
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    // Lone surrogates cannot be UTF-8: they become U+FFFD, as in the XML formats.
    return QByteArrayLiteral("\xEF\xBB\xBF") + xmlSafeText(text).toUtf8();
}

} // namespace chiptrail
