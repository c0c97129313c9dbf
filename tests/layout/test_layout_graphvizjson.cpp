// SPDX-License-Identifier: GPL-3.0-or-later
// The -Tjson parser against real Graphviz output, and against output that is not a layout.

#include "error.h"
#include "layout/dotwriter.h"
#include "layout/graphvizjson.h"
#include "layout/graphvizrunner.h"
#include "layout/layoutgraph.h"
#include "layout/paralleledges.h"
#include "layouttestdata.h"

#include <QTest>

using namespace chiptrail;
using namespace chiptrail::layout;

class TestLayoutGraphvizJson : public QObject
{
    Q_OBJECT

private:
    static LayoutResult layoutOf(const QByteArray &dot)
    {
        GraphvizRequest request;
        request.dot = dot;
        GraphvizRunner runner;
        return runner.layout(request);
    }

    static void verifyInside(const LayoutResult &result)
    {
        const QRectF bb = result.boundingBox.adjusted(-0.5, -0.5, 0.5, 0.5);
        for (const NodeGeometry &node : result.nodes)
            QVERIFY2(bb.contains(node.centre), qPrintable(node.id));
        for (const EdgeGeometry &edge : result.edges)
            for (const QPointF &p : edge.points)
                QVERIFY2(bb.contains(p), qPrintable(edge.id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (GraphvizRunner::findProgram(GraphvizEngine::Dot).isEmpty())
            QSKIP("Graphviz dot is not installed");
    }

    void emptyGraph()
    {
        const LayoutResult result = layoutOf("digraph G {}");
        QVERIFY(result.nodes.isEmpty());
        QVERIFY(result.edges.isEmpty());
        QCOMPARE(result.boundingBox, QRectF(0, 0, 0, 0));
        const LayoutResult fromCase = layoutOf(writeDot(buildLayoutGraph(CaseData())));
        QVERIFY(fromCase.nodes.isEmpty());
    }

    void oneNode()
    {
        const LayoutResult result =
            layoutOf("digraph G { node [shape=box fixedsize=true]; p1 [label=\"A\" width=2 height=1] }");
        QCOMPARE(result.nodes.size(), 1);
        const NodeGeometry &node = result.nodes.first();
        QCOMPARE(node.id, QStringLiteral("p1"));
        QCOMPARE(node.label, QStringLiteral("A"));
        QCOMPARE(node.size, QSizeF(144, 72));
        // The box is the node (plus Graphviz's margin): the centre is the box's centre.
        QCOMPARE(node.centre, result.boundingBox.center());
    }

    void yGrowsDown()
    {
        // Top to bottom: a is above b, so in scene coordinates a.y < b.y.
        const LayoutResult result = layoutOf("digraph G { a -> b }");
        QVERIFY(result.node(QStringLiteral("a"))->centre.y() < result.node(QStringLiteral("b"))->centre.y());
        QCOMPARE(result.edges.size(), 1);
        const EdgeGeometry &edge = result.edges.first();
        QCOMPARE(edge.curve, CurveKind::Bezier);
        QVERIFY(edge.arrowHead.has_value());
        QVERIFY(edge.points.first().y() < edge.arrowHead->y()); // from a down to b
        verifyInside(result);
    }

    void selfLoop()
    {
        const LayoutResult result = layoutOf("digraph G { p1 -> p1 [id=l1] }");
        QCOMPARE(result.edges.size(), 1);
        QCOMPARE(result.edges.first().from, QStringLiteral("p1"));
        QCOMPARE(result.edges.first().to, QStringLiteral("p1"));
        QCOMPARE(result.edges.first().id, QStringLiteral("l1"));
        QVERIFY(result.edges.first().points.size() >= 4);
        verifyInside(result);
    }

    void parallelLinks()
    {
        // Without clusters the links go to Graphviz as they are.
        const LayoutResult result = layoutOf("digraph G { rankdir=LR; p1 -> p2 [id=l1]; p1 -> p2 [id=l2];"
                                             " p2 -> p1 [id=l3] }");
        QCOMPARE(result.edges.size(), 3);
        QVERIFY(result.edges.at(0).points != result.edges.at(1).points);

        // With clusters the writer folds them and addParallelEdges() gives them back.
        CaseData data;
        data.parties = {layouttest::party(1, QStringLiteral("A"), PartyRole::Manufacturer, QStringLiteral("US")),
                        layouttest::party(2, QStringLiteral("B"), PartyRole::Distributor, QStringLiteral("SG"))};
        data.links = {layouttest::link(1, 1, 2), layouttest::link(2, 1, 2), layouttest::link(3, 1, 2),
                      layouttest::link(4, 2, 1)};
        const LayoutGraph graph = buildLayoutGraph(data);
        LayoutResult clustered = layoutOf(writeDot(graph));
        QCOMPARE(clustered.edges.size(), 2);
        addParallelEdges(clustered, graph);
        QCOMPARE(clustered.edges.size(), 4);
        QStringList ids;
        for (const EdgeGeometry &e : std::as_const(clustered.edges))
            ids.append(e.id);
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("l3"), QStringLiteral("l4")}));
        QCOMPARE(clustered.clusters.size(), 2);
    }

    void thousandNodes()
    {
        const CaseData data = layouttest::chainCase(1000);
        const LayoutGraph graph = buildLayoutGraph(data);
        const LayoutResult result = layoutOf(writeDot(graph));
        QCOMPARE(result.nodes.size(), 1000); // skeleton left out
        QCOMPARE(result.edges.size(), data.links.size());
        QCOMPARE(result.clusters.size(), 4);
        verifyInside(result);
        // Tiers are columns, left to right.
        QHash<QString, int> tier;
        for (const LayoutNode &n : graph.nodes)
            tier.insert(n.id, n.tier);
        QMap<int, double> minX, maxX;
        for (const NodeGeometry &n : result.nodes) {
            const int t = tier.value(n.id);
            minX[t] = minX.contains(t) ? std::min(minX[t], n.centre.x()) : n.centre.x();
            maxX[t] = maxX.contains(t) ? std::max(maxX[t], n.centre.x()) : n.centre.x();
            // Graphviz reports inches with four decimals: within a hundredth of a point.
            QVERIFY(std::abs(n.size.width() - 160) < 0.01 && std::abs(n.size.height() - 48) < 0.01);
            QVERIFY(!n.cluster.isEmpty());
        }
        for (int t = 1; t < 6; ++t)
            QVERIFY(maxX[t - 1] < minX[t]);
    }

    void garbageIsACaseError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("Error: syntax error in line 1");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no bb") << QByteArray(R"({"name":"G","objects":[]})");
        QTest::newRow("bad bb") << QByteArray(R"({"bb":"0,0,x,1"})");
        QTest::newRow("inverted bb") << QByteArray(R"({"bb":"10,10,0,0"})");
        QTest::newRow("node without pos") << QByteArray(R"({"bb":"0,0,10,10","_subgraph_cnt":0,"objects":[{"_gvid":0,"name":"a"}]})");
        QTest::newRow("node without name") << QByteArray(R"({"bb":"0,0,10,10","_subgraph_cnt":0,"objects":[{"_gvid":0,"pos":"1,1"}]})");
        QTest::newRow("huge coordinate") << QByteArray(R"({"bb":"0,0,10,10","_subgraph_cnt":0,"objects":[{"_gvid":0,"name":"a","pos":"1e300,1"}]})");
        QTest::newRow("nan") << QByteArray(R"({"bb":"0,0,10,10","_subgraph_cnt":0,"objects":[{"_gvid":0,"name":"a","pos":"nan,1"}]})");
        QTest::newRow("edge to nowhere") << QByteArray(R"({"bb":"0,0,10,10","_subgraph_cnt":0,"objects":[{"_gvid":0,"name":"a","pos":"1,1"}],"edges":[{"tail":0,"head":7}]})");
        QTest::newRow("edge without ends") << QByteArray(R"({"bb":"0,0,10,10","edges":[{"pos":"1,1"}]})");
        QTest::newRow("bad edge point") << QByteArray(R"({"bb":"0,0,10,10","_subgraph_cnt":0,"objects":[{"_gvid":0,"name":"a","pos":"1,1"}],"edges":[{"tail":0,"head":0,"pos":"1,1 x,y"}]})");
    }

    void garbageIsACaseError()
    {
        QFETCH(QByteArray, json);
        QVERIFY_THROWS_EXCEPTION(CaseError, parseGraphvizJson(json));
    }

    void truncatedOutputIsACaseError()
    {
        GraphvizRequest request;
        request.dot = writeDot(buildLayoutGraph(layouttest::chainCase(50)));
        GraphvizRunner runner;
        const QByteArray json = runner.run(request);
        QVERIFY_THROWS_EXCEPTION(CaseError, parseGraphvizJson(json.left(json.size() / 2)));
    }

    void missingDecorationsAreTolerated()
    {
        // No sizes, labels, edge points: still a layout (sizes 0, points empty).
        const LayoutResult result = parseGraphvizJson(
            R"({"bb":"0,0,100,50","_subgraph_cnt":0,"objects":[{"_gvid":0,"name":"a","pos":"10,40"},)"
            R"({"_gvid":1,"name":"b","pos":"90,10"}],"edges":[{"tail":0,"head":1}]})");
        QCOMPARE(result.nodes.size(), 2);
        QCOMPARE(result.nodes.at(0).centre, QPointF(10, 10)); // y flipped
        QCOMPARE(result.nodes.at(0).size, QSizeF(0, 0));
        QCOMPARE(result.edges.size(), 1);
        QVERIFY(result.edges.first().points.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLayoutGraphvizJson)
#include "test_layout_graphvizjson.moc"
