// SPDX-License-Identifier: GPL-3.0-or-later
#include "tieredlayout.h"

#include "layouterror.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

namespace chiptrail::layout {

namespace {

void checkCancelled(const TieredLayoutOptions &options)
{
    if (options.cancelled && options.cancelled->load())
        throw LayoutError(LayoutError::Kind::Cancelled,
                          QCoreApplication::translate("Layout", "The layout was cancelled."));
}

// Orders country bands so that bands with many links between them are neighbours: a few
// barycentre passes over the (small) band graph, starting from the biggest band.
std::vector<int> orderBands(int bandCount, const std::vector<int> &bandSize,
                            const std::vector<std::vector<int>> &bandLinks, int unknownBand)
{
    std::vector<int> order(bandCount);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return bandSize[a] > bandSize[b]; });
    std::vector<double> pos(bandCount);
    for (int pass = 0; pass < 4; ++pass) {
        for (int i = 0; i < bandCount; ++i)
            pos[order[i]] = i;
        std::vector<double> key(bandCount);
        for (int b = 0; b < bandCount; ++b) {
            double sum = pos[b], weight = 1;
            for (int o = 0; o < bandCount; ++o) {
                if (o != b && bandLinks[b][o] > 0) {
                    sum += bandLinks[b][o] * pos[o];
                    weight += bandLinks[b][o];
                }
            }
            key[b] = sum / weight;
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key[a] < key[b]; });
    }
    if (unknownBand >= 0) { // parties without a country go last, after every country
        order.erase(std::find(order.begin(), order.end(), unknownBand));
        order.push_back(unknownBand);
    }
    return order;
}

// Reads result.nodes (indexed like graph.nodes) and fills result.edges.
void routeEdges(const LayoutGraph &graph, LayoutResult &result)
{
    std::map<std::pair<int, int>, int> total, seen;
    for (const LayoutEdge &e : graph.edges)
        ++total[{std::min(e.from, e.to), std::max(e.from, e.to)}];
    result.edges.reserve(graph.edges.size());
    for (const LayoutEdge &e : graph.edges) {
        const NodeGeometry &u = result.nodes.at(e.from);
        const NodeGeometry &v = result.nodes.at(e.to);
        EdgeGeometry edge;
        edge.id = e.id;
        edge.from = u.id;
        edge.to = v.id;
        edge.curve = CurveKind::Polyline;
        const double uw = u.size.width() / 2, vw = v.size.width() / 2;
        const std::pair<int, int> pair{std::min(e.from, e.to), std::max(e.from, e.to)};
        const int m = total[pair];
        const int k = seen[pair]++;
        if (e.from == e.to) { // self-loop: a small square on the right, nested when repeated
            const double x = u.centre.x() + uw, y = u.centre.y(), h = u.size.height() / 4;
            const double out = 16 + 8 * k;
            edge.points = {{x, y - h}, {x + out, y - h}, {x + out, y + h}, {x, y + h}};
        } else {
            QPointF start, end;
            bool sameColumn = false;
            if (u.centre.x() + 1 < v.centre.x()) {
                start = {u.centre.x() + uw, u.centre.y()};
                end = {v.centre.x() - vw, v.centre.y()};
            } else if (u.centre.x() > v.centre.x() + 1) {
                start = {u.centre.x() - uw, u.centre.y()};
                end = {v.centre.x() + vw, v.centre.y()};
            } else { // same column: bow out to the right instead of crossing the stack
                start = {u.centre.x() + uw, u.centre.y()};
                end = {v.centre.x() + vw, v.centre.y()};
                sameColumn = true;
            }
            edge.points.append(start);
            const double spread = (k - (m - 1) / 2.0) * 12.0;
            if (sameColumn) {
                const QPointF mid = (start + end) / 2;
                edge.points.append({mid.x() + 30 + std::abs(spread), mid.y() + spread});
            } else if (m > 1) { // parallel links fan out so each stays clickable
                const QPointF d = end - start;
                const double len = std::hypot(d.x(), d.y());
                if (len > 0)
                    edge.points.append((start + end) / 2 + QPointF(-d.y(), d.x()) / len * spread);
            }
            edge.points.append(end);
        }
        edge.arrowHead = edge.points.last();
        edge.label = e.label;
        if (edge.points.size() >= 2)
            edge.labelPos = (edge.points.at(edge.points.size() / 2 - 1)
                             + edge.points.at(edge.points.size() / 2)) / 2;
        result.edges.append(edge);
    }
}

using Cells = std::vector<std::vector<std::vector<int>>>; // [column][band] -> nodes

// Height of the drawing in rows: each band is as tall as its tallest cell.
int totalRows(const Cells &cells, const std::vector<int> &subColumns)
{
    const size_t bands = cells.empty() ? 0 : cells.front().size();
    int rows = 0;
    for (size_t b = 0; b < bands; ++b) {
        int band = 0;
        for (size_t t = 0; t < cells.size(); ++t)
            band = std::max(band, int((cells[t][b].size() + subColumns[t] - 1) / subColumns[t]));
        rows += band;
    }
    return rows;
}

// How many sub-columns each tier wraps into. Greedy: while the drawing is much taller than
// wide, give one more sub-column to the tier where it saves the most height per width added.
// A big tier wraps, a small one stays a single column.
void chooseSubColumns(const Cells &cells, const std::vector<double> &tierWidth, double rowPitch,
                      const TieredLayoutOptions &options, std::vector<int> &subColumns)
{
    constexpr double aspect = 0.75; // height / width aimed at: a landscape screen
    const int columns = int(cells.size());
    auto width = [&] {
        double w = 0;
        for (int t = 0; t < columns; ++t)
            w += subColumns[t] * (tierWidth[t] + options.columnGap) + options.tierGap;
        return w;
    };
    int rows = totalRows(cells, subColumns);
    for (int step = 0; step < 10'000 && rows * rowPitch > aspect * width(); ++step) {
        int best = -1, bestRows = rows;
        double bestGain = 0;
        for (int t = 0; t < columns; ++t) {
            ++subColumns[t];
            const int r = totalRows(cells, subColumns);
            --subColumns[t];
            const double gain = (rows - r) * rowPitch / (tierWidth[t] + options.columnGap);
            if (r < rows && gain > bestGain) {
                best = t;
                bestGain = gain;
                bestRows = r;
            }
        }
        if (best < 0)
            break; // no tier can get shorter: the bands are as flat as they go
        ++subColumns[best];
        rows = bestRows;
    }
}

} // namespace

LayoutResult tieredLayout(const LayoutGraph &graph, const TieredLayoutOptions &options)
{
    LayoutResult result;
    result.engine = QStringLiteral("builtin");
    const int n = int(graph.nodes.size());
    if (n == 0)
        return result;

    // Columns: the tiers in use, left to right. Country groups (tier -1) share one column.
    std::map<int, int> columnOfTier;
    for (const LayoutNode &node : graph.nodes)
        columnOfTier.emplace(std::clamp(node.tier, 0, 5), 0);
    int columns = 0;
    for (auto &entry : columnOfTier)
        entry.second = columns++;
    std::vector<int> tierOf(n);
    for (int i = 0; i < n; ++i)
        tierOf[i] = columnOfTier[std::clamp(graph.nodes.at(i).tier, 0, 5)];

    // Bands: countries sorted by code, so cluster names match the DOT writer's.
    const bool bandsOn = options.clusters && !graph.collapsedByCountry;
    QMap<QString, int> bandOfCountry;
    for (const LayoutNode &node : graph.nodes)
        bandOfCountry.insert(bandsOn ? node.country : QString(), 0);
    QStringList bandCountry;
    for (auto it = bandOfCountry.begin(); it != bandOfCountry.end(); ++it) {
        it.value() = int(bandCountry.size());
        bandCountry.append(it.key());
    }
    const int bands = int(bandCountry.size());
    std::vector<int> bandOf(n), bandSize(bands, 0);
    for (int i = 0; i < n; ++i) {
        bandOf[i] = bandOfCountry.value(bandsOn ? graph.nodes.at(i).country : QString());
        ++bandSize[bandOf[i]];
    }

    std::vector<std::vector<int>> adjacency(n);
    std::vector<std::vector<int>> bandLinks(bands, std::vector<int>(bands, 0));
    for (const LayoutEdge &e : graph.edges) {
        if (e.from == e.to)
            continue;
        adjacency[e.from].push_back(e.to);
        adjacency[e.to].push_back(e.from);
        ++bandLinks[bandOf[e.from]][bandOf[e.to]];
        ++bandLinks[bandOf[e.to]][bandOf[e.from]];
    }
    const int unknownBand = bandCountry.first().isEmpty() && bands > 1 ? 0 : -1;
    const std::vector<int> bandOrder = orderBands(bands, bandSize, bandLinks, unknownBand);

    // Cells (column, band) in input order; the sweeps reorder them.
    Cells cells(columns, std::vector<std::vector<int>>(bands));
    for (int i = 0; i < n; ++i)
        cells[tierOf[i]][bandOf[i]].push_back(i);

    // Sizes: one row pitch for all (rows line up across tiers), one width per tier.
    double maxHeight = 0;
    std::vector<double> tierWidth(columns, 0);
    std::vector<int> tierCount(columns, 0);
    for (int i = 0; i < n; ++i) {
        const QSizeF s = graph.nodes.at(i).size;
        maxHeight = std::max(maxHeight, s.height());
        tierWidth[tierOf[i]] = std::max(tierWidth[tierOf[i]], s.width());
        ++tierCount[tierOf[i]];
    }
    const double rowPitch = maxHeight + options.rowGap;
    std::vector<int> subColumns(columns, 1);
    if (options.rowsPerColumn > 0) {
        for (int t = 0; t < columns; ++t)
            subColumns[t] = std::max(1, (tierCount[t] + options.rowsPerColumn - 1) / options.rowsPerColumn);
    } else {
        chooseSubColumns(cells, tierWidth, rowPitch, options, subColumns);
    }
    std::vector<int> bandRows(bands, 0);
    for (int t = 0; t < columns; ++t)
        for (int b = 0; b < bands; ++b)
            bandRows[b] = std::max(bandRows[b], int((cells[t][b].size() + subColumns[t] - 1) / subColumns[t]));
    std::vector<double> bandTop(bands, 0);
    double top = options.margin;
    for (int b : bandOrder) {
        bandTop[b] = top;
        top += options.bandLabel + bandRows[b] * rowPitch + options.bandGap;
    }
    std::vector<double> tierLeft(columns, 0);
    double left = options.margin;
    for (int t = 0; t < columns; ++t) {
        tierLeft[t] = left;
        left += subColumns[t] * tierWidth[t] + (subColumns[t] - 1) * options.columnGap + options.tierGap;
    }

    std::vector<double> y(n, 0);
    auto placeCell = [&](int t, int b) {
        const std::vector<int> &cell = cells[t][b];
        for (size_t i = 0; i < cell.size(); ++i)
            y[cell[i]] = bandTop[b] + options.bandLabel + (int(i) / subColumns[t] + 0.5) * rowPitch;
    };
    for (int t = 0; t < columns; ++t)
        for (int b = 0; b < bands; ++b)
            placeCell(t, b);

    // Barycentre sweeps: order each cell by the mean height of the neighbours already placed on
    // the side the sweep comes from. Nodes without such neighbours keep their place.
    std::vector<double> key(n);
    auto orderColumn = [&](int t, bool fromLeft) {
        for (int b = 0; b < bands; ++b) {
            std::vector<int> &cell = cells[t][b];
            for (int v : cell) {
                double sum = 0;
                int count = 0;
                for (int w : adjacency[v]) {
                    if (fromLeft ? tierOf[w] < t : tierOf[w] > t) {
                        sum += y[w];
                        ++count;
                    }
                }
                key[v] = count ? sum / count : y[v];
            }
            std::stable_sort(cell.begin(), cell.end(), [&](int a, int c) { return key[a] < key[c]; });
            placeCell(t, b);
        }
    };
    for (int sweep = 0; sweep < options.sweeps; ++sweep) {
        checkCancelled(options);
        for (int t = 1; t < columns; ++t)
            orderColumn(t, true);
        for (int t = columns - 2; t >= 0; --t)
            orderColumn(t, false);
    }
    checkCancelled(options);

    // Single-column cells: move nodes towards their neighbours (keeping order and spacing,
    // inside the band), so a lone distributor sits level with its suppliers, not at the top.
    for (int t = 0; t < columns; ++t) {
        if (subColumns[t] != 1)
            continue;
        for (int b = 0; b < bands; ++b) {
            std::vector<int> &cell = cells[t][b];
            if (cell.empty())
                continue;
            const double first = bandTop[b] + options.bandLabel + rowPitch / 2;
            const double last = first + (bandRows[b] - 1) * rowPitch;
            std::vector<double> want(cell.size());
            for (size_t i = 0; i < cell.size(); ++i) {
                double sum = 0;
                int count = 0;
                for (int w : adjacency[cell[i]]) {
                    sum += y[w];
                    ++count;
                }
                want[i] = std::clamp(count ? sum / count : y[cell[i]], first, last);
            }
            for (size_t i = 0; i < cell.size(); ++i)
                want[i] = std::max(want[i], i ? want[i - 1] + rowPitch : first);
            for (size_t i = cell.size(); i-- > 0;)
                want[i] = std::min(want[i], i + 1 < cell.size() ? want[i + 1] - rowPitch : last);
            for (size_t i = 0; i < cell.size(); ++i)
                y[cell[i]] = want[i];
        }
    }

    result.nodes.resize(n);
    std::vector<double> bandLeft(bands, 1e300), bandRight(bands, -1e300);
    for (int t = 0; t < columns; ++t) {
        for (int b = 0; b < bands; ++b) {
            const std::vector<int> &cell = cells[t][b];
            for (size_t i = 0; i < cell.size(); ++i) {
                const int v = cell[i];
                const LayoutNode &node = graph.nodes.at(v);
                NodeGeometry &g = result.nodes[v];
                g.id = node.id;
                g.label = node.label;
                g.size = node.size;
                const int column = int(i) % subColumns[t];
                g.centre = QPointF(tierLeft[t] + column * (tierWidth[t] + options.columnGap)
                                       + tierWidth[t] / 2,
                                   y[v]);
                if (!bandCountry.at(b).isEmpty())
                    g.cluster = QStringLiteral("cluster_%1").arg(b - (unknownBand >= 0 ? 1 : 0));
                bandLeft[b] = std::min(bandLeft[b], g.centre.x() - g.size.width() / 2);
                bandRight[b] = std::max(bandRight[b], g.centre.x() + g.size.width() / 2);
            }
        }
    }
    double right = 0, bottom = 0;
    for (int b = 0; b < bands; ++b) {
        const double height = options.bandLabel + bandRows[b] * rowPitch;
        const QRectF box(QPointF(bandLeft[b] - options.margin, bandTop[b]),
                         QPointF(bandRight[b] + options.margin, bandTop[b] + height));
        right = std::max(right, box.right());
        bottom = std::max(bottom, box.bottom());
        if (bandCountry.at(b).isEmpty())
            continue;
        ClusterGeometry cluster;
        cluster.name = QStringLiteral("cluster_%1").arg(b - (unknownBand >= 0 ? 1 : 0));
        cluster.label = bandCountry.at(b);
        cluster.box = box;
        cluster.labelPos = QPointF(box.center().x(), bandTop[b] + options.bandLabel / 2);
        result.clusters.append(cluster);
    }
    result.boundingBox = QRectF(0, 0, right + options.margin, bottom + options.margin);
    routeEdges(graph, result);
    return result;
}

} // namespace chiptrail::layout
