// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmlwriter.h"

#include <QXmlStreamWriter>

namespace chiptrail {
namespace {

const QString graphmlNs = QStringLiteral("http://graphml.graphdrawing.org/xmlns");
const QString yNs = QStringLiteral("http://www.yworks.com/xml/graphml");
const QString xsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

struct Key
{
    const char *id;
    const char *name;
    const char *type;
};

// Node keys start with "n_", edge keys with "e_": GraphML keys share one id space.
constexpr Key nodeKeys[] = {
    {"n_label", "label", "string"}, {"n_key", "case_key", "string"}, {"n_role", "role", "string"},
    {"n_inc", "incorporation_country", "string"}, {"n_hq", "headquarters_country", "string"},
    {"n_aliases", "aliases", "string"}, {"n_confidence", "confidence", "string"},
    {"n_screening", "screening", "string"}, {"n_lists", "screening_lists", "string"},
    {"n_description", "description", "string"}, {"n_x", "x", "double"}, {"n_y", "y", "double"},
    {"n_width", "width", "double"}, {"n_height", "height", "double"}, {"n_color", "color", "string"},
};
constexpr Key edgeKeys[] = {
    {"e_label", "label", "string"}, {"e_key", "case_key", "string"}, {"e_kind", "kind", "string"},
    {"e_product", "product", "string"}, {"e_quantity", "quantity", "long"}, {"e_value", "value", "double"},
    {"e_currency", "currency", "string"}, {"e_share", "ownership_share", "double"},
    {"e_direction", "direction", "string"}, {"e_from", "date_from", "string"}, {"e_to", "date_to", "string"},
    {"e_start", "start", "string"}, {"e_end", "end", "string"}, {"e_ship_from", "ship_from", "string"},
    {"e_ship_to", "ship_to", "string"}, {"e_confidence", "confidence", "string"},
    {"e_verdict", "verdict", "string"}, {"e_item", "item", "string"}, {"e_flags", "flags", "string"},
    {"e_description", "description", "string"}, {"e_color", "color", "string"},
};

void data(QXmlStreamWriter &xml, const char *key, const QString &text)
{
    if (text.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QLatin1String(key));
    xml.writeCharacters(xmlSafeText(text));
    xml.writeEndElement();
}

QString number(double v) { return QString::number(v, 'g', 15); }
QString number(const std::optional<double> &v) { return v ? number(*v) : QString(); }
QString hex(const QColor &c) { return c.name(QColor::HexRgb).toUpper(); }

QString lineType(Qt::PenStyle style)
{
    switch (style) {
    case Qt::DashLine: return QStringLiteral("dashed");
    case Qt::DotLine: return QStringLiteral("dotted");
    case Qt::DashDotLine: return QStringLiteral("dashed_dotted");
    default: return QStringLiteral("line");
    }
}

void yNodeGraphics(QXmlStreamWriter &xml, const LinkChartNode &node)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QStringLiteral("n_graphics"));
    xml.writeStartElement(yNs, QStringLiteral("ShapeNode"));
    xml.writeEmptyElement(yNs, QStringLiteral("Geometry"));
    // yEd places a node by its top left corner.
    xml.writeAttribute(QStringLiteral("x"), number(node.centre.x() - node.size.width() / 2));
    xml.writeAttribute(QStringLiteral("y"), number(node.centre.y() - node.size.height() / 2));
    xml.writeAttribute(QStringLiteral("width"), number(node.size.width()));
    xml.writeAttribute(QStringLiteral("height"), number(node.size.height()));
    xml.writeEmptyElement(yNs, QStringLiteral("Fill"));
    xml.writeAttribute(QStringLiteral("color"), hex(node.colour));
    xml.writeAttribute(QStringLiteral("transparent"), QStringLiteral("false"));
    xml.writeEmptyElement(yNs, QStringLiteral("BorderStyle"));
    xml.writeAttribute(QStringLiteral("color"), QStringLiteral("#333333"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("line"));
    xml.writeAttribute(QStringLiteral("width"), QStringLiteral("1.0"));
    xml.writeStartElement(yNs, QStringLiteral("NodeLabel"));
    xml.writeCharacters(xmlSafeText(node.label));
    xml.writeEndElement();
    xml.writeEmptyElement(yNs, QStringLiteral("Shape"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("roundrectangle"));
    xml.writeEndElement();
    xml.writeEndElement();
}

void yEdgeGraphics(QXmlStreamWriter &xml, const LinkChartEdge &edge)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QStringLiteral("e_graphics"));
    xml.writeStartElement(yNs, QStringLiteral("PolyLineEdge"));
    xml.writeEmptyElement(yNs, QStringLiteral("LineStyle"));
    xml.writeAttribute(QStringLiteral("color"), hex(edge.colour));
    xml.writeAttribute(QStringLiteral("type"), lineType(edge.style));
    xml.writeAttribute(QStringLiteral("width"), number(edge.width));
    xml.writeEmptyElement(yNs, QStringLiteral("Arrows"));
    xml.writeAttribute(QStringLiteral("source"), QStringLiteral("none"));
    xml.writeAttribute(QStringLiteral("target"), edge.directed ? QStringLiteral("standard") : QStringLiteral("none"));
    if (!edge.label.isEmpty()) {
        xml.writeStartElement(yNs, QStringLiteral("EdgeLabel"));
        xml.writeCharacters(xmlSafeText(edge.label));
        xml.writeEndElement();
    }
    xml.writeEmptyElement(yNs, QStringLiteral("BendStyle"));
    xml.writeAttribute(QStringLiteral("smoothed"), QStringLiteral("false"));
    xml.writeEndElement();
    xml.writeEndElement();
}

void declareKeys(QXmlStreamWriter &xml, const char *domain, const auto &keys)
{
    for (const Key &k : keys) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QLatin1String(k.id));
        xml.writeAttribute(QStringLiteral("for"), QLatin1String(domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QLatin1String(k.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QLatin1String(k.type));
    }
}

} // namespace

bool writeGraphMl(const LinkChart &chart, QIODevice &out, const LinkChartProgress &progress)
{
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(graphmlNs);
    xml.writeNamespace(yNs, QStringLiteral("y"));
    xml.writeNamespace(xsiNs, QStringLiteral("xsi"));
    xml.writeStartElement(graphmlNs, QStringLiteral("graphml"));
    xml.writeAttribute(xsiNs, QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"));
    declareKeys(xml, "node", nodeKeys);
    declareKeys(xml, "edge", edgeKeys);
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("n_graphics"));
    xml.writeAttribute(QStringLiteral("for"), QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("yfiles.type"), QStringLiteral("nodegraphics"));
    xml.writeEmptyElement(QStringLiteral("key"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e_graphics"));
    xml.writeAttribute(QStringLiteral("for"), QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("yfiles.type"), QStringLiteral("edgegraphics"));

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("chain"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));

    const double total = std::max<qsizetype>(1, chart.nodes.size() + chart.edges.size());
    qsizetype done = 0;
    const auto carryOn = [&] { return !progress || (++done % 256) || progress(done / total); };

    for (const LinkChartNode &node : chart.nodes) {
        if (!carryOn())
            return false;
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.id);
        // The yFiles graphics first: readers that take x and y from its geometry (networkx does)
        // then get the card's centre from the keys below, as every other tool does.
        yNodeGraphics(xml, node);
        data(xml, "n_label", node.label);
        data(xml, "n_key", node.key);
        data(xml, "n_role", node.role);
        data(xml, "n_inc", node.incorporationCountry);
        data(xml, "n_hq", node.headquartersCountry);
        data(xml, "n_aliases", node.aliases.join(u'|'));
        data(xml, "n_confidence", node.confidence);
        data(xml, "n_screening", node.screening);
        data(xml, "n_lists", node.screeningLists.join(u'|'));
        data(xml, "n_description", node.description);
        data(xml, "n_x", number(node.centre.x()));
        data(xml, "n_y", number(node.centre.y()));
        data(xml, "n_width", number(node.size.width()));
        data(xml, "n_height", number(node.size.height()));
        data(xml, "n_color", hex(node.colour));
        xml.writeEndElement();
    }
    for (const LinkChartEdge &edge : chart.edges) {
        if (!carryOn())
            return false;
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), edge.id);
        xml.writeAttribute(QStringLiteral("source"), edge.source);
        xml.writeAttribute(QStringLiteral("target"), edge.target);
        // Directed like the graph (networkx refuses mixed graphs); a suspected tie is drawn without
        // an arrow and says "undirected" in its direction key.
        yEdgeGraphics(xml, edge);
        data(xml, "e_label", edge.label);
        data(xml, "e_key", edge.key);
        data(xml, "e_kind", edge.kind);
        data(xml, "e_product", edge.product);
        data(xml, "e_quantity", edge.quantity ? QString::number(*edge.quantity) : QString());
        data(xml, "e_value", number(edge.value));
        data(xml, "e_currency", edge.currency);
        data(xml, "e_share", number(edge.ownershipShare));
        data(xml, "e_direction", edge.directed ? QStringLiteral("directed") : QStringLiteral("undirected"));
        data(xml, "e_from", edge.dateFrom.isNull() ? QString() : edge.dateFrom.toIso());
        data(xml, "e_to", edge.dateTo.isNull() ? QString() : edge.dateTo.toIso());
        data(xml, "e_start", edge.dateFrom.isNull() ? QString() : edge.dateFrom.earliest().toString(Qt::ISODate));
        data(xml, "e_end", edge.dateTo.isNull() ? QString() : edge.dateTo.earliest().toString(Qt::ISODate));
        data(xml, "e_ship_from", edge.shipFromCountry);
        data(xml, "e_ship_to", edge.shipToCountry);
        data(xml, "e_confidence", edge.confidence);
        data(xml, "e_verdict", edge.verdict);
        data(xml, "e_item", edge.item);
        data(xml, "e_flags", edge.flags.join(u'|'));
        data(xml, "e_description", edge.description);
        data(xml, "e_color", hex(edge.colour));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return !progress || progress(1.0);
}

} // namespace chiptrail
