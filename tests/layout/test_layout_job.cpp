// SPDX-License-Identifier: GPL-3.0-or-later
// The whole layout: plan, built-in tiered layout, fallback, pins, structural hash, collapse.

#include "interchange/casejson.h"
#include "layout/layoutjob.h"
#include "layout/structurehash.h"
#include "layouttestdata.h"
#include "store/casestore.h"

#include <QLineF>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::layout;

class TestLayoutJob : public QObject
{
    Q_OBJECT

private:
    static bool haveDot() { return !GraphvizRunner::findProgram(GraphvizEngine::Dot).isEmpty(); }

    static QRectF rectOf(const NodeGeometry &n)
    {
        return QRectF(n.centre - QPointF(n.size.width() / 2, n.size.height() / 2), n.size);
    }

    static void verifyTiered(const LayoutGraph &graph, const LayoutResult &result)
    {
        QCOMPARE(result.nodes.size(), graph.nodes.size());
        QHash<QString, int> tier;
        for (const LayoutNode &n : graph.nodes)
            tier.insert(n.id, n.tier);
        QMap<int, double> minX, maxX;
        for (const NodeGeometry &n : result.nodes) {
            const int t = tier.value(n.id);
            minX[t] = minX.contains(t) ? std::min(minX[t], n.centre.x()) : n.centre.x();
            maxX[t] = maxX.contains(t) ? std::max(maxX[t], n.centre.x()) : n.centre.x();
            QVERIFY(result.boundingBox.contains(rectOf(n)));
        }
        const QList<int> tiers = minX.keys();
        for (int i = 1; i < tiers.size(); ++i)
            QVERIFY(maxX[tiers[i - 1]] < minX[tiers[i]]);
    }

private Q_SLOTS:
    void plansByNodeCount()
    {
        LayoutOptions options;
        QCOMPARE(planLayout(buildLayoutGraph(layouttest::chainCase(1500)), options).engine, LayoutStrategy::Dot);
        QCOMPARE(planLayout(buildLayoutGraph(layouttest::chainCase(1501)), options).engine, LayoutStrategy::Builtin);
        options.ranks = false;
        QCOMPARE(planLayout(buildLayoutGraph(layouttest::chainCase(299)), options).engine, LayoutStrategy::Dot);
        const LayoutPlan sfdp = planLayout(buildLayoutGraph(layouttest::chainCase(300)), options);
        QCOMPARE(sfdp.engine, LayoutStrategy::Sfdp);
        QVERIFY(sfdp.arguments.contains(QStringLiteral("-Goverlap=prism")));
        QVERIFY(!sfdp.dot.clusters);
        GraphBuildOptions collapse;
        collapse.collapseByCountry = true;
        QCOMPARE(planLayout(buildLayoutGraph(layouttest::chainCase(5000), collapse), LayoutOptions()).engine,
                 LayoutStrategy::Dot);
    }

    void builtinTieredLayout()
    {
        const LayoutGraph graph = buildLayoutGraph(layouttest::chainCase(3000));
        const LayoutResult result = tieredLayout(graph);
        QCOMPARE(result.engine, QStringLiteral("builtin"));
        verifyTiered(graph, result);
        QCOMPARE(result.edges.size(), graph.edges.size());
        // No two nodes overlap.
        QList<QRectF> rects;
        for (const NodeGeometry &n : result.nodes)
            rects.append(rectOf(n));
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size() && rects[j].left() < rects[i].right(); ++j)
                QVERIFY(!rects[i].intersects(rects[j]));
        // Every node sits in its country's band.
        QHash<QString, QRectF> box;
        for (const ClusterGeometry &c : result.clusters)
            box.insert(c.name, c.box);
        QCOMPARE(result.clusters.size(), 4);
        for (const NodeGeometry &n : result.nodes)
            QVERIFY(box.value(n.cluster).contains(rectOf(n)));
    }

    void builtinHandlesOddGraphs()
    {
        QVERIFY(tieredLayout(LayoutGraph()).nodes.isEmpty());
        CaseData data;
        data.parties = {layouttest::party(1, QStringLiteral("A"), PartyRole::Manufacturer, QString()),
                        layouttest::party(2, QStringLiteral("B"), PartyRole::Manufacturer, QString())};
        data.links = {layouttest::link(1, 1, 1), layouttest::link(2, 1, 2), layouttest::link(3, 1, 2),
                      layouttest::link(4, 2, 1)};
        const LayoutResult result = tieredLayout(buildLayoutGraph(data));
        QCOMPARE(result.nodes.size(), 2);
        QCOMPARE(result.edges.size(), 4);
        QVERIFY(result.clusters.isEmpty()); // no country known
        QVERIFY(result.edges.at(1).points != result.edges.at(2).points); // parallel links fan out
        QVERIFY(result.edges.at(0).points.size() >= 4);                  // self-loop
    }

    void dotThroughTheJob()
    {
        if (!haveDot())
            QSKIP("Graphviz dot is not installed");
        const LayoutGraph graph = buildLayoutGraph(layouttest::chainCase(300));
        LayoutJob job(graph, LayoutOptions());
        const LayoutResult result = job.run();
        QCOMPARE(result.engine, QStringLiteral("dot"));
        QVERIFY(job.fallbackMessage().isEmpty());
        verifyTiered(graph, result);
        QCOMPARE(result.edges.size(), graph.edges.size());
        // Aligned with the graph, whatever order Graphviz listed things in.
        for (int i = 0; i < graph.nodes.size(); ++i) {
            QCOMPARE(result.nodes.at(i).id, graph.nodes.at(i).id);
            QCOMPARE(result.nodes.at(i).label, graph.nodes.at(i).label);
            QCOMPARE(result.nodes.at(i).size, graph.nodes.at(i).size);
        }
        for (int i = 0; i < graph.edges.size(); ++i)
            QCOMPARE(result.edges.at(i).id, graph.edges.at(i).id);
    }

    void edgeLabelsMakeRoom()
    {
        if (!haveDot())
            QSKIP("Graphviz dot is not installed");
        GraphBuildOptions build;
        build.edgeLabel = [](const Link &link) { return QStringLiteral("GB200 x %1\\N").arg(link.id.value); };
        const LayoutGraph graph = buildLayoutGraph(layouttest::chainCase(30), build);
        LayoutOptions options;
        options.edgeLabels = true;
        const LayoutResult result = LayoutJob(graph, options).run();
        for (int i = 0; i < graph.edges.size(); ++i) {
            QCOMPARE(result.edges.at(i).label, graph.edges.at(i).label);
            QVERIFY(result.edges.at(i).labelPos.has_value());
        }
    }

    void sampleCase()
    {
        const CaseData data = readCaseJsonFile(QStringLiteral(CHIPTRAIL_SOURCE_DIR "/resources/samples/inf-tech-indosat.json"));
        const LayoutGraph graph = buildLayoutGraph(data);
        LayoutOptions options;
        options.strategy = haveDot() ? LayoutStrategy::Dot : LayoutStrategy::Builtin;
        const LayoutResult result = LayoutJob(graph, options).run();
        verifyTiered(graph, result);
        QCOMPARE(result.edges.size(), graph.edges.size());
    }

    void fallsBackWhenGraphvizIsMissing()
    {
        const LayoutGraph graph = buildLayoutGraph(layouttest::chainCase(20));
        LayoutOptions options;
        options.dotProgram = QStringLiteral("/nonexistent/dot");
        LayoutJob job(graph, options);
        const LayoutResult result = job.run();
        QCOMPARE(result.engine, QStringLiteral("builtin"));
        QVERIFY(job.fallbackMessage().contains(QLatin1String("graphviz")));
        QCOMPARE(result.nodes.size(), 20);

        options.fallbackToBuiltin = false;
        LayoutJob strict(graph, options);
        try {
            strict.run();
            QFAIL("no error");
        } catch (const LayoutError &e) {
            QCOMPARE(e.kind(), LayoutError::Kind::GraphvizMissing);
        }
    }

    void cancelledBuiltin()
    {
        LayoutOptions options;
        options.strategy = LayoutStrategy::Builtin;
        LayoutJob job(buildLayoutGraph(layouttest::chainCase(100)), options);
        job.cancel();
        try {
            job.run();
            QFAIL("no error");
        } catch (const LayoutError &e) {
            QCOMPARE(e.kind(), LayoutError::Kind::Cancelled);
        }
    }

    void pinnedNodesStayPut()
    {
        const LayoutGraph graph = buildLayoutGraph(layouttest::chainCase(60));
        LayoutOptions options;
        options.strategy = LayoutStrategy::Builtin;
        const LayoutResult free = LayoutJob(graph, options).run();

        QList<NodePosition> stored;
        stored.append({PartyId(3), QPointF(5000, 7000), true});
        stored.append({PartyId(4), QPointF(10, 10), false}); // not pinned: may move
        stored.append({PartyId(999), QPointF(1, 1), true});  // not in the graph: ignored
        const QList<PinnedPosition> pins = pinnedPositions(graph, stored);
        QCOMPARE(pins.size(), 1);
        const LayoutResult pinned = LayoutJob(graph, options, pins).run();
        QCOMPARE(pinned.node(QStringLiteral("p3"))->centre, QPointF(5000, 7000));
        // The others moved together, by the pinned node's offset.
        const QPointF offset = QPointF(5000, 7000) - free.node(QStringLiteral("p3"))->centre;
        QCOMPARE(pinned.node(QStringLiteral("p10"))->centre, free.node(QStringLiteral("p10"))->centre + offset);
        QVERIFY(pinned.boundingBox.contains(QPointF(5000, 7000)));
        for (const EdgeGeometry &e : pinned.edges) {
            if (e.from == u"p3" || e.to == u"p3")
                QVERIFY(e.points.size() >= 2);
        }
        const NodeGeometry *p3 = pinned.node(QStringLiteral("p3"));
        for (const ClusterGeometry &c : pinned.clusters) {
            if (c.name == p3->cluster)
                QVERIFY(c.box.contains(p3->centre));
        }
    }

    // Two separate chains; a party added to the first must leave the second exactly where it was.
    void incrementalLayoutKeepsOtherComponents_data()
    {
        QTest::addColumn<LayoutStrategy>("strategy");
        QTest::newRow("built-in") << LayoutStrategy::Builtin;
        if (haveDot())
            QTest::newRow("dot") << LayoutStrategy::Dot;
    }

    void incrementalLayoutKeepsOtherComponents()
    {
        QFETCH(LayoutStrategy, strategy);
        using layouttest::link;
        using layouttest::party;
        const PartyRole roles[] = {PartyRole::Manufacturer, PartyRole::ServerIntegrator, PartyRole::Distributor,
                                   PartyRole::CloudTenant};
        CaseData data;
        for (int chain = 0; chain < 2; ++chain) {
            for (int i = 0; i < 4; ++i) {
                const qint64 id = chain * 10 + i + 1;
                data.parties.append(party(id, QStringLiteral("Company %1").arg(id), roles[i],
                                          chain == 0 ? QStringLiteral("US") : QStringLiteral("CN")));
                if (i > 0)
                    data.links.append(link(id, id - 1, id));
            }
        }
        LayoutOptions options;
        options.strategy = strategy;
        LayoutJob first(buildLayoutGraph(data), options);
        const LayoutResult before = first.run();
        SettledLayout settled;
        for (const NodeGeometry &node : before.nodes)
            settled.centres.insert(node.id, node.centre);
        for (const LayoutEdge &edge : first.graph().edges)
            settled.edges.insert(edge.id);

        // Nothing changed: nothing to lay out, every place as it was.
        {
            LayoutJob again(buildLayoutGraph(data), options);
            again.setSettled(settled);
            QCOMPARE(again.nodesToLayOut(), 0);
            const LayoutResult same = again.run();
            for (const NodeGeometry &node : same.nodes)
                QCOMPARE(node.centre, settled.centres.value(node.id));
        }

        // A new tenant bought from the first chain's distributor.
        CaseData grown = data;
        grown.parties.append(party(5, QStringLiteral("Newcomer"), PartyRole::CloudTenant, QStringLiteral("US")));
        grown.links.append(link(100, 3, 5));
        LayoutJob job(buildLayoutGraph(grown), options);
        job.setSettled(settled);
        QCOMPARE(job.nodesToLayOut(), 5); // the first chain and the newcomer
        const LayoutResult after = job.run();
        QCOMPARE(after.nodes.size(), 9);
        for (qint64 id = 11; id <= 14; ++id) {
            const QString node = QStringLiteral("p%1").arg(id);
            QCOMPARE(after.node(node)->centre, settled.centres.value(node));
        }
        // The first chain stays where it was on average; the newcomer sits right of its seller.
        QPointF oldMiddle, newMiddle;
        for (qint64 id = 1; id <= 4; ++id) {
            const QString node = QStringLiteral("p%1").arg(id);
            oldMiddle += settled.centres.value(node) / 4;
            newMiddle += after.node(node)->centre / 4;
        }
        QVERIFY2(QLineF(oldMiddle, newMiddle).length() < 200, qPrintable(QStringLiteral("moved by %1").arg(QLineF(oldMiddle, newMiddle).length())));
        QVERIFY(after.node(QStringLiteral("p5"))->centre.x() > after.node(QStringLiteral("p3"))->centre.x());
        QCOMPARE(after.edges.size(), grown.links.size());

        // A removed link leaves everything in place; a link joining the chains lays out both.
        CaseData shrunk = data;
        shrunk.links.removeLast();
        LayoutJob fewer(buildLayoutGraph(shrunk), options);
        fewer.setSettled(settled);
        QCOMPARE(fewer.nodesToLayOut(), 0);
        CaseData joined = data;
        joined.links.append(link(200, 2, 13));
        LayoutJob both(buildLayoutGraph(joined), options);
        both.setSettled(settled);
        QCOMPARE(both.nodesToLayOut(), 8);
    }

    void componentsAndBrandNewParties()
    {
        using layouttest::party;
        CaseData data;
        for (qint64 id = 1; id <= 3; ++id)
            data.parties.append(party(id, QStringLiteral("P%1").arg(id), PartyRole::Distributor, QStringLiteral("US")));
        data.links.append(layouttest::link(1, 1, 2));
        const LayoutGraph graph = buildLayoutGraph(data);
        const QList<QList<int>> components = connectedComponents(graph);
        QCOMPARE(components, (QList<QList<int>>{{0, 1}, {2}}));
        // Only p1 and p2 have places: p3 is new, alone, and goes below them.
        SettledLayout settled;
        settled.centres.insert(QStringLiteral("p1"), QPointF(100, 100));
        settled.centres.insert(QStringLiteral("p2"), QPointF(400, 100));
        settled.edges.insert(QStringLiteral("l1"));
        QCOMPARE(changedComponents(graph, components, settled), QList<int>{1});
        LayoutOptions options;
        options.strategy = LayoutStrategy::Builtin;
        LayoutJob job(graph, options);
        job.setSettled(settled);
        const LayoutResult result = job.run();
        QCOMPARE(result.node(QStringLiteral("p1"))->centre, QPointF(100, 100));
        QCOMPARE(result.node(QStringLiteral("p2"))->centre, QPointF(400, 100));
        QVERIFY(!rectOf(*result.node(QStringLiteral("p3"))).intersects(rectOf(*result.node(QStringLiteral("p1")))));
        QVERIFY(result.node(QStringLiteral("p3"))->centre.y() > 100);
    }

    void structuralHash()
    {
        const LayoutOptions options;
        CaseData data = layouttest::chainCase(40);
        const QByteArray base = layout::structuralHash(buildLayoutGraph(data), options);
        QCOMPARE(base.size(), 64);

        CaseData renamed = data; // names, descriptions, kinds: no new layout
        renamed.parties[3].name = QStringLiteral("Renamed");
        renamed.links[2].kind = LinkKind::Lease;
        renamed.links[2].description = QStringLiteral("text");
        QCOMPARE(layout::structuralHash(buildLayoutGraph(renamed), options), base);

        CaseData reordered = data; // order of the lists does not matter
        std::reverse(reordered.parties.begin(), reordered.parties.end());
        std::reverse(reordered.links.begin(), reordered.links.end());
        QCOMPARE(layout::structuralHash(buildLayoutGraph(reordered), options), base);

        CaseData moved = data;
        moved.parties[5].headquartersCountry = QStringLiteral("SG");
        QVERIFY(layout::structuralHash(buildLayoutGraph(moved), options) != base);
        CaseData retiered = data;
        retiered.parties[5].role = PartyRole::Manufacturer;
        QVERIFY(layout::structuralHash(buildLayoutGraph(retiered), options) != base);
        CaseData linked = data;
        linked.links.append(layouttest::link(999, 1, 2));
        QVERIFY(layout::structuralHash(buildLayoutGraph(linked), options) != base);
        LayoutOptions noClusters;
        noClusters.clusters = false;
        QVERIFY(layout::structuralHash(buildLayoutGraph(data), noClusters) != base);
    }

    void collapseByCountry()
    {
        const CaseData data = layouttest::chainCase(500);
        GraphBuildOptions build;
        build.collapseByCountry = true;
        const LayoutGraph graph = buildLayoutGraph(data, build);
        QCOMPARE(graph.nodes.size(), 4);
        int members = 0, links = 0;
        for (const LayoutNode &n : graph.nodes)
            members += int(n.members.size());
        for (const LayoutEdge &e : graph.edges)
            links += e.count;
        QCOMPARE(members, 500);
        QCOMPARE(links, data.links.size());
        QVERIFY(graph.edges.size() <= 16);
        LayoutOptions options;
        options.strategy = haveDot() ? LayoutStrategy::Auto : LayoutStrategy::Builtin;
        const LayoutResult result = LayoutJob(graph, options).run();
        QCOMPARE(result.nodes.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestLayoutJob)
#include "test_layout_job.moc"
