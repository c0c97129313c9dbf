// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "rules/findings.h"
#include "store/casestore.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <optional>

namespace chiptrail {

// A case as the graph tools see it (Gephi, yEd, Kumu, Maltego, i2): parties as nodes, links as
// edges, each with the words and the look the window gives it. Plain data, built once on the
// thread that owns the case; every writer (GEXF, GraphML, the CSV tables, the XLSX) reads only
// this, so the formats cannot disagree about a verdict or a place.
struct LinkChartNode
{
    QString id; // "p12": never user text, so it is safe in every format
    QString key;
    QString label; // the party's name
    QString role;  // stable word (docs/case-format.md): "telecom"
    QString incorporationCountry, headquartersCountry;
    QStringList aliases;
    QString description;
    QString confidence;
    // "match" (a counted screening hit), "possible" (a hit nobody has decided on) or "none".
    QString screening;
    QStringList screeningLists; // the lists with a hit, e.g. "Entity List"
    QPointF centre;             // where the canvas shows the card, scene coordinates (y down)
    QSizeF size;                // the card's size on the canvas
    QColor colour;              // the role's colour (core/picture/chainstyle.h)
};

struct LinkChartEdge
{
    QString id; // "l7"
    QString key;
    QString source, target;           // node ids
    QString sourceLabel, targetLabel; // party names, for tools that join on names
    QString kind;                     // stable word: "sale", "lease" …
    bool directed = true;             // an affiliation ("suspected ties") has no direction
    QString product;                  // the product's name, empty when none
    std::optional<qint64> quantity;
    std::optional<double> value;
    QString currency;
    std::optional<double> ownershipShare;
    PartialDate dateFrom, dateTo;
    QString shipFromCountry, shipToCountry;
    QString confidence;
    QString description;
    QString verdict; // the check's verdict word (as `chiptrail-cli check` writes it); empty when unchecked
    QString item;    // "3A090.a" …
    QStringList flags;
    QString label;       // the line the canvas writes beside the link
    QColor colour;       // the verdict colour; the kind's colour when unchecked
    Qt::PenStyle style;  // solid sale, dashed remote access, dotted suspected tie
    double width = 1.0;
};

struct LinkChart
{
    QString title;
    QList<LinkChartNode> nodes;
    QList<LinkChartEdge> edges;
};

// `positions` are the canvas's (party centres); a party without one is placed at the origin.
// `findings` are the case document's (or the CLI check's): never computed here.
LinkChart buildLinkChart(const CaseData &data, const QList<NodePosition> &positions, const CaseFindings &findings);

// Text as XML 1.0 can carry it: characters XML forbids (most control characters, lone
// surrogates, U+FFFE/U+FFFF) become U+FFFD. The case keeps the original; only the export is
// changed, and `replaced` counts how often (the caller may warn).
QString xmlSafeText(const QString &text, int *replaced = nullptr);

} // namespace chiptrail
