// SPDX-License-Identifier: GPL-3.0-or-later
#include "gexfwriter.h"

#include <QDate>
#include <QXmlStreamWriter>

namespace chiptrail {
namespace {

const QString gexfNs = QStringLiteral("http://gexf.net/1.3");
const QString vizNs = QStringLiteral("http://gexf.net/1.3/viz");

struct Attribute
{
    const char *id;
    const char *type;
};

// Ids double as titles: short stable words a script can rely on (docs/interchange-graphs.md).
constexpr Attribute nodeAttributes[] = {
    {"case_key", "string"},        {"role", "string"},      {"incorporation_country", "string"},
    {"headquarters_country", "string"}, {"aliases", "string"}, {"confidence", "string"},
    {"screening", "string"},  {"screening_lists", "string"}, {"description", "string"},
};
constexpr Attribute edgeAttributes[] = {
    {"case_key", "string"},      {"kind", "string"},     {"product", "string"},   {"quantity", "long"},
    {"value", "double"},    {"currency", "string"}, {"ownership_share", "double"},
    {"direction", "string"}, {"date_from", "string"}, {"date_to", "string"}, {"ship_from", "string"},
    {"ship_to", "string"},  {"confidence", "string"}, {"verdict", "string"}, {"item", "string"},
    {"flags", "string"},    {"description", "string"},
};

void writeAttributeDeclarations(QXmlStreamWriter &xml, const char *forClass, const auto &attributes)
{
    xml.writeStartElement(QStringLiteral("attributes"));
    xml.writeAttribute(QStringLiteral("class"), QLatin1String(forClass));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));
    for (const Attribute &a : attributes) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(a.id));
        xml.writeAttribute(QStringLiteral("title"), QLatin1String(a.id));
        xml.writeAttribute(QStringLiteral("type"), QLatin1String(a.type));
    }
    xml.writeEndElement();
}

// Empty values are left out: "unknown" stays unknown instead of becoming "" or 0.
void value(QXmlStreamWriter &xml, const char *id, const QString &text)
{
    if (text.isEmpty())
        return;
    xml.writeEmptyElement(QStringLiteral("attvalue"));
    xml.writeAttribute(QStringLiteral("for"), QLatin1String(id));
    xml.writeAttribute(QStringLiteral("value"), xmlSafeText(text));
}

QString number(const std::optional<double> &v) { return v ? QString::number(*v, 'g', 15) : QString(); }

void colour(QXmlStreamWriter &xml, const QColor &c)
{
    xml.writeEmptyElement(vizNs, QStringLiteral("color"));
    xml.writeAttribute(QStringLiteral("r"), QString::number(c.red()));
    xml.writeAttribute(QStringLiteral("g"), QString::number(c.green()));
    xml.writeAttribute(QStringLiteral("b"), QString::number(c.blue()));
}

QString firstDay(const PartialDate &date) { return date.earliest().toString(Qt::ISODate); }

} // namespace

bool writeGexf(const LinkChart &chart, QIODevice &out, const LinkChartProgress &progress)
{
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(gexfNs);
    xml.writeNamespace(vizNs, QStringLiteral("viz"));
    xml.writeStartElement(gexfNs, QStringLiteral("gexf"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("ChipTrail"));
    xml.writeTextElement(QStringLiteral("title"), xmlSafeText(chart.title));
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("directed"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("dynamic"));
    xml.writeAttribute(QStringLiteral("timeformat"), QStringLiteral("date"));
    writeAttributeDeclarations(xml, "node", nodeAttributes);
    writeAttributeDeclarations(xml, "edge", edgeAttributes);

    const double total = std::max<qsizetype>(1, chart.nodes.size() + chart.edges.size());
    qsizetype done = 0;
    const auto carryOn = [&] { return !progress || (++done % 256) || progress(done / total); };

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const LinkChartNode &node : chart.nodes) {
        if (!carryOn())
            return false;
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.id);
        xml.writeAttribute(QStringLiteral("label"), xmlSafeText(node.label));
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(xml, "case_key", node.key);
        value(xml, "role", node.role);
        value(xml, "incorporation_country", node.incorporationCountry);
        value(xml, "headquarters_country", node.headquartersCountry);
        value(xml, "aliases", node.aliases.join(u'|'));
        value(xml, "confidence", node.confidence);
        value(xml, "screening", node.screening);
        value(xml, "screening_lists", node.screeningLists.join(u'|'));
        value(xml, "description", node.description);
        xml.writeEndElement();
        colour(xml, node.colour);
        xml.writeEmptyElement(vizNs, QStringLiteral("position"));
        xml.writeAttribute(QStringLiteral("x"), QString::number(node.centre.x(), 'f', 2));
        // Gephi's y axis points up, the canvas's down: negated, the chain is not upside down.
        xml.writeAttribute(QStringLiteral("y"), QString::number(-node.centre.y(), 'f', 2));
        xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
        xml.writeEmptyElement(vizNs, QStringLiteral("size"));
        // Gephi draws a circle of this radius; half the card's height keeps the proportions.
        xml.writeAttribute(QStringLiteral("value"), QString::number(node.size.height() / 2, 'f', 1));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("edges"));
    for (const LinkChartEdge &edge : chart.edges) {
        if (!carryOn())
            return false;
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), edge.id);
        xml.writeAttribute(QStringLiteral("source"), edge.source);
        xml.writeAttribute(QStringLiteral("target"), edge.target);
        // Every edge stays directed, from → to as in the case: readers such as networkx refuse
        // mixed graphs. A suspected tie says "undirected" in its direction attribute.
        xml.writeAttribute(QStringLiteral("label"), xmlSafeText(edge.label));
        if (!edge.dateFrom.isNull())
            xml.writeAttribute(QStringLiteral("start"), firstDay(edge.dateFrom));
        if (!edge.dateTo.isNull())
            xml.writeAttribute(QStringLiteral("end"), firstDay(edge.dateTo));
        if (edge.quantity && *edge.quantity > 0)
            xml.writeAttribute(QStringLiteral("weight"), QString::number(*edge.quantity));
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(xml, "case_key", edge.key);
        value(xml, "kind", edge.kind);
        value(xml, "product", edge.product);
        value(xml, "quantity", edge.quantity ? QString::number(*edge.quantity) : QString());
        value(xml, "value", number(edge.value));
        value(xml, "currency", edge.currency);
        value(xml, "ownership_share", number(edge.ownershipShare));
        value(xml, "direction", edge.directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
        value(xml, "date_from", edge.dateFrom.isNull() ? QString() : edge.dateFrom.toIso());
        value(xml, "date_to", edge.dateTo.isNull() ? QString() : edge.dateTo.toIso());
        value(xml, "ship_from", edge.shipFromCountry);
        value(xml, "ship_to", edge.shipToCountry);
        value(xml, "confidence", edge.confidence);
        value(xml, "verdict", edge.verdict);
        value(xml, "item", edge.item);
        value(xml, "flags", edge.flags.join(u'|'));
        value(xml, "description", edge.description);
        xml.writeEndElement();
        colour(xml, edge.colour);
        xml.writeEmptyElement(vizNs, QStringLiteral("thickness"));
        xml.writeAttribute(QStringLiteral("value"), QString::number(edge.width, 'f', 2));
        if (edge.style == Qt::DashLine || edge.style == Qt::DashDotLine || edge.style == Qt::DotLine) {
            xml.writeEmptyElement(vizNs, QStringLiteral("shape"));
            xml.writeAttribute(QStringLiteral("value"), edge.style == Qt::DotLine ? QStringLiteral("dotted")
                                                                                  : QStringLiteral("dashed"));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement(); // graph
    xml.writeEndDocument();
    return !progress || progress(1.0);
}

} // namespace chiptrail
