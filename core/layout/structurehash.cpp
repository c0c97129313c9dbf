// SPDX-License-Identifier: GPL-3.0-or-later
#include "structurehash.h"

#include "layoutjob.h"

#include <QCryptographicHash>
#include <algorithm>

namespace chiptrail::layout {

namespace {

// Sizes are rounded to a quarter point: a font-metric jitter must not force a new layout.
qint64 quarter(double v)
{
    return qRound64(v * 4);
}

} // namespace

QByteArray structuralHash(const LayoutGraph &graph, const LayoutOptions &options)
{
    QStringList nodes;
    nodes.reserve(graph.nodes.size());
    for (const LayoutNode &n : graph.nodes) {
        nodes.append(n.id + u'|' + QString::number(n.tier) + u'|' + n.country + u'|'
                     + QString::number(quarter(n.size.width())) + u'|'
                     + QString::number(quarter(n.size.height())));
    }
    QStringList edges;
    edges.reserve(graph.edges.size());
    for (const LayoutEdge &e : graph.edges) {
        QString line = e.id + u'|' + graph.nodes.at(e.from).id + u'|' + graph.nodes.at(e.to).id;
        if (options.edgeLabels)
            line += u'|' + e.label;
        edges.append(line);
    }
    std::sort(nodes.begin(), nodes.end());
    std::sort(edges.begin(), edges.end());

    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    };
    add(QStringLiteral("chiptrail-layout-1 collapsed=%1 strategy=%2 ranks=%3 clusters=%4 labels=%5 "
                       "dotMax=%6 sfdpMin=%7 dotFast=%8")
            .arg(int(graph.collapsedByCountry))
            .arg(int(options.strategy))
            .arg(int(options.ranks))
            .arg(int(options.clusters))
            .arg(int(options.edgeLabels))
            .arg(options.dotMaxNodes)
            .arg(options.sfdpMinNodes)
            .arg(options.dotFastFromNodes));
    for (const QString &n : std::as_const(nodes))
        add(n);
    add(QStringLiteral("--"));
    for (const QString &e : std::as_const(edges))
        add(e);
    return hash.result().toHex();
}

} // namespace chiptrail::layout
