// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas draws the lines Graphviz drew and places its labels as the exports do (issue 15): on
// the sample after dot's layout every routed link runs along dot's curve, no label shows on a card,
// a heading or another label, and a moved card's lines and labels are placed again (undo gives
// back the places before).
#include "canvas/chainnavigator.h"
#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/countryboxitem.h"
#include "canvas/layoutcontroller.h"
#include "canvas/linkedgeitem.h"
#include "canvas/linkplacer.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "commands/entitycommands.h"
#include "layout/layoutgraph.h"
#include "mainwindow.h"
#include "picture/picturecheck.h"
#include "picture/picturegeometry.h"
#include "picture/picturepainter.h"
#include "store/casestore.h"

#include <QDockWidget>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// The window at 1600 × 1000 with the sample open, laid out by dot, at View → Fit; `result` gets
// the layout the worker made.
bool openSample(CaseSession &session, MainWindow &window, layout::LayoutResult &result)
{
    QObject::connect(window.layoutController(), &LayoutController::laidOut,
                     [&result](const layout::LayoutResult &laidOut) { result = laidOut; });
    window.resize(1600, 1000);
    if (qEnvironmentVariableIsSet("CANVASLINES_LOOK")) // the chain alone, as large as the window
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->hide();
    window.show();
    session.openSample();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    if (!QTest::qWaitFor([&] { return !window.layoutController()->isRunning(); }, 120000))
        return false;
    window.chainNavigator()->fitAction()->trigger();
    QTest::qWait(300);
    return result.engine == QLatin1String("dot");
}

bool settled(ChainScene &scene)
{
    return QTest::qWaitFor([&] { return !scene.linkPlacer()->isDue(); }, 5000);
}

// What the canvas draws at `zoom`, as the picture the geometry check reads: the cards, the country
// headings, the lines and the labels that show at that zoom.
picture::ChainPicture drawnAt(const ChainScene &scene, double zoom)
{
    picture::ChainPicture drawn;
    for (const Party &party : scene.caseData().parties)
        if (const PartyNodeItem *node = scene.node(party.id); node && node->isVisible()) {
            picture::Card card = node->card();
            card.rect = node->mapRectToScene(card.rect);
            drawn.cards.append(card);
        }
    for (const CountryBoxItem *box : scene.countryBoxes())
        drawn.boxes.append(box->box());
    for (const LinkEdgeItem *edge : scene.edges()) {
        drawn.lines.append(edge->line());
        if (edge->labelShownAt(zoom))
            drawn.labels.append(edge->labelData());
    }
    return drawn;
}

int labelFaults(const picture::PictureFaults &faults)
{
    return faults.labelOnCard + faults.labelOnLabel + faults.labelOnHeader;
}

// Whether the points of a drawn line's curve are dot's within half a unit.
bool alongDotsCurve(const LinkEdgeItem &edge, const layout::EdgeGeometry &dot)
{
    const picture::LinkGeometry &g = edge.line().geometry;
    if (g.curve != picture::LinkGeometry::Curve::Spline || g.spline.size() != dot.points.size())
        return false;
    for (int i = 0; i < dot.points.size(); ++i)
        if (QLineF(g.spline.at(i), dot.points.at(i)).length() > 0.5)
            return false;
    return !dot.arrowHead || QLineF(g.arrowTip, *dot.arrowHead).length() <= 0.5;
}

// Whether a polyline runs through the inside of a card it does not start or end on.
bool crossesOtherCard(const QPolygonF &line, const ChainScene &scene, const LinkEdgeItem &edge)
{
    for (const Party &party : scene.caseData().parties) {
        const PartyNodeItem *node = scene.node(party.id);
        if (!node || node == edge.fromNode() || node == edge.toNode())
            continue;
        const QRectF inside = node->mapRectToScene(node->card().rect).adjusted(1, 1, -1, -1);
        for (int i = 0; i + 1 < line.size(); ++i) {
            double t0 = 0, t1 = 1;
            if (picture::clipSegment(QLineF(line.at(i), line.at(i + 1)), inside, t0, t1) && t1 - t0 > 1e-6)
                return true;
        }
    }
    return false;
}

struct Drawn
{
    QPolygonF line;
    QRectF label;
    bool leftOut = false;
    bool alongDot = false;
};

QHash<qint64, Drawn> everyLink(const ChainScene &scene)
{
    QHash<qint64, Drawn> drawn;
    for (const LinkEdgeItem *edge : scene.edges())
        drawn.insert(edge->linkId().value, {edge->line().geometry.polyline, edge->labelData().box, edge->labelLeftOut(),
                                            edge->line().geometry.curve == picture::LinkGeometry::Curve::Spline});
    return drawn;
}

} // namespace

class TestCanvasLines : public QObject
{
    Q_OBJECT

    // No label that shows lies on a card, a heading or another label; the legend counts those left out.
    static void checkLabelsAt(MainWindow &window, double zoom)
    {
        ChainView &view = *window.chainView();
        if (std::abs(view.zoom() - zoom) > 1e-9)
            view.zoomBy(zoom / view.zoom());
        QTest::qWait(300); // the legend's note follows the zoom a moment later
        QVERIFY(std::abs(view.zoom() - zoom) < 1e-6);
        // To look at it: CANVASLINES_LOOK=DIR saves the chain as the window shows it there.
        if (const QString look = qEnvironmentVariable("CANVASLINES_LOOK"); !look.isEmpty()) {
            view.centerOn(window.chainScene()->contentRect().center());
            QTest::qWait(100);
            view.grab().save(QStringLiteral("%1/canvas-%2.png").arg(look).arg(qRound(zoom * 100)));
        }
        const picture::PictureFaults faults = picture::checkPicture(drawnAt(*window.chainScene(), view.zoom()));
        qInfo("zoom %.3f: %s; %d label(s) left out", view.zoom(), qPrintable(faults.summary()),
              window.chainScene()->linkPlacer()->leftOut());
        QCOMPARE(labelFaults(faults), 0);
        const int leftOut = window.chainScene()->linkPlacer()->leftOut();
        if (leftOut > 0) {
            QVERIFY2(view.hiddenLabelsNote().contains(QString::number(leftOut)), qPrintable(view.hiddenLabelsNote()));
            const auto *legend = view.findChild<QLabel *>(QStringLiteral("canvasLegend"));
            QVERIFY(legend && legend->text().contains(view.hiddenLabelsNote().toHtmlEscaped()));
        } else {
            QVERIFY2(!view.hiddenLabelsNote().contains(QStringLiteral("label")), qPrintable(view.hiddenLabelsNote()));
        }
    }

private Q_SLOTS:
    void theSampleIsDrawnAlongDotsCurves()
    {
        CaseSession session;
        MainWindow window(&session);
        layout::LayoutResult result;
        QVERIFY(openSample(session, window, result));
        ChainScene &scene = *window.chainScene();
        QVERIFY(settled(scene));
        int routed = 0, drawnAlong = 0;
        for (const layout::EdgeGeometry &dot : std::as_const(result.edges)) {
            if (dot.curve != layout::CurveKind::Bezier || dot.points.size() < 4)
                continue;
            const LinkEdgeItem *edge = scene.edge(layout::linkFromEdgeId(dot.id));
            QVERIFY2(edge, qPrintable(dot.id));
            ++routed;
            if (alongDotsCurve(*edge, dot)) {
                ++drawnAlong;
                continue;
            }
            // Only a curve of dot's through a card it does not join is drawn otherwise (as every
            // export does): round the cards instead.
            QPainterPath dotPath(dot.points.first());
            for (int i = 1; i + 2 < dot.points.size(); i += 3)
                dotPath.cubicTo(dot.points.at(i), dot.points.at(i + 1), dot.points.at(i + 2));
            QVERIFY2(crossesOtherCard(dotPath.toFillPolygon(), scene, *edge), qPrintable(edge->label()));
            QVERIFY2(!crossesOtherCard(edge->polyline(), scene, *edge), qPrintable(edge->label()));
        }
        qInfo("sample: %d of dot's %d lines drawn along its curves, %d links", drawnAlong, routed,
              int(scene.edges().size()));
        QVERIFY(routed > 0);
        QVERIFY(drawnAlong * 4 >= routed * 3);
        // They are curves, not a straight line from card to card.
        int curved = 0;
        for (const LinkEdgeItem *edge : scene.edges())
            curved += edge->polyline().size() > 2;
        QVERIFY(curved >= drawnAlong);
    }

    void noLabelCoversACardOrAnotherAtFitAndAtFullSize()
    {
        CaseSession session;
        MainWindow window(&session);
        layout::LayoutResult result;
        QVERIFY(openSample(session, window, result));
        QVERIFY(settled(*window.chainScene()));
        const double fit = window.chainView()->zoom();
        QVERIFY(fit >= picture::labelsFromLod); // the sample's labels show at Fit
        checkLabelsAt(window, fit);
        checkLabelsAt(window, 1.0);
        // Placed, not hidden: most labels find a clear place.
        const int links = int(window.chainScene()->edges().size());
        QVERIFY2(window.chainScene()->linkPlacer()->leftOut() * 4 <= links, "most labels find a place");
    }

    // A card without links put down on a label (a new party placed by hand) moves that label clear.
    void aCardPutOnALabelMovesIt_data()
    {
        QTest::addColumn<int>("wholeChainUpTo");
        QTest::newRow("whole chain placed") << 400;
        QTest::newRow("only what the change touched") << 0;
    }
    void aCardPutOnALabelMovesIt()
    {
        QFETCH(int, wholeChainUpTo);
        CaseSession session;
        MainWindow window(&session);
        layout::LayoutResult result;
        QVERIFY(openSample(session, window, result));
        ChainScene &scene = *window.chainScene();
        QVERIFY(settled(scene));
        scene.linkPlacer()->setWholeChainUpTo(wholeChainUpTo);
        const LinkEdgeItem *covered = nullptr;
        for (const LinkEdgeItem *edge : scene.edges())
            if (!edge->labelLeftOut() && !edge->label().isEmpty())
                covered = edge;
        QVERIFY(covered);
        const QRectF before = covered->labelData().box;
        Party party;
        party.name = QStringLiteral("Shell company");
        party.role = PartyRole::Other;
        party.headquartersCountry = QStringLiteral("SG");
        auto add = std::make_unique<AddPartyCommand>(&session, party, before.center(), true);
        session.perform(std::move(add));
        QVERIFY(settled(scene));
        QVERIFY(covered->labelData().box != before || covered->labelLeftOut());
        const picture::PictureFaults faults = picture::checkPicture(drawnAt(scene, 1.0));
        QCOMPARE(labelFaults(faults), 0);
    }

    // A case saved with dot's places and opened again is drawn with dot's lines (dot is run again
    // for them); a card the user had moved keeps the canvas's own lines.
    void aCaseOpenedWithItsPlacesGetsDotsLinesAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sample.chiptrail"));
        QHash<qint64, Drawn> laidOut;
        PartyId moved;
        {
            CaseSession session;
            MainWindow window(&session);
            layout::LayoutResult result;
            QVERIFY(openSample(session, window, result));
            QVERIFY(settled(*window.chainScene()));
            laidOut = everyLink(*window.chainScene());
            QList<NodePosition> places = session.document()->positions();
            moved = places.first().party;
            places.first().position += QPointF(0, 400);
            places.first().pinned = true;
            auto store = CaseStore::createFrom(path, session.document()->data());
            store->setNodePositions(places);
        }
        CaseSession session;
        MainWindow window(&session);
        window.resize(1600, 1000);
        window.show();
        session.openFile(path);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor([&] { return !window.layoutController()->isRunning(); }, 120000));
        ChainScene &scene = *window.chainScene();
        QVERIFY(settled(scene));
        // dot leaves out the second of two links between the same cards when run for the lines
        // alone (as for every export): that one runs beside its sibling's curve instead.
        QHash<QPair<qint64, qint64>, int> linksBetween;
        for (const Link &link : scene.caseData().links)
            ++linksBetween[qMakePair(std::min(link.from.value, link.to.value), std::max(link.from.value, link.to.value))];
        int along = 0, others = 0;
        for (const LinkEdgeItem *edge : scene.edges()) {
            const Drawn before = laidOut.value(edge->linkId().value);
            const bool touchesMoved = edge->link().from == moved || edge->link().to == moved;
            const bool spline = edge->line().geometry.curve == picture::LinkGeometry::Curve::Spline;
            const bool parallel = linksBetween.value(qMakePair(std::min(edge->link().from.value, edge->link().to.value),
                                                               std::max(edge->link().from.value, edge->link().to.value))) > 1;
            if (touchesMoved) {
                QVERIFY2(!spline, qPrintable(edge->label()));
                ++others;
            } else if (before.alongDot) {
                QVERIFY2(spline, qPrintable(edge->label()));
                if (!parallel)
                    QCOMPARE(edge->polyline(), before.line);
                ++along;
            }
        }
        qInfo("opened again: %d lines along dot's curves, %d of the moved card", along, others);
        QVERIFY(along > 0 && others > 0);
        QCOMPARE(labelFaults(picture::checkPicture(drawnAt(scene, 1.0))), 0);
    }

    // A card moved by hand takes its lines off dot's curves and round the cards in their way; its
    // labels (and any it lands on) are placed again. Undo puts back dot's curves and every label.
    void movingACardPlacesItsLinesAndLabelsAgain_data()
    {
        QTest::addColumn<int>("wholeChainUpTo");
        QTest::newRow("whole chain placed") << 400;
        QTest::newRow("only what the move touched") << 0; // as on a chain of thousands of links
    }
    void movingACardPlacesItsLinesAndLabelsAgain()
    {
        QFETCH(int, wholeChainUpTo);
        CaseSession session;
        MainWindow window(&session);
        layout::LayoutResult result;
        QVERIFY(openSample(session, window, result));
        ChainScene &scene = *window.chainScene();
        QVERIFY(settled(scene));
        scene.linkPlacer()->setWholeChainUpTo(wholeChainUpTo);
        const QHash<qint64, Drawn> before = everyLink(scene);

        // The card with most links, all along dot's curves, moved by hand to the right and down.
        PartyNodeItem *moved = nullptr;
        for (const Party &party : scene.caseData().parties)
            if (PartyNodeItem *node = scene.node(party.id); node && (!moved || node->edges().size() > moved->edges().size()))
                moved = node;
        QVERIFY(moved && moved->edges().size() >= 2);
        int splined = 0;
        for (const LinkEdgeItem *edge : moved->edges())
            splined += edge->line().geometry.curve == picture::LinkGeometry::Curve::Spline;
        QVERIFY(splined >= 1);
        const QPointF from = moved->pos();
        session.perform(std::make_unique<MoveNodesCommand>(
            &session, QList<NodePosition>{{moved->partyId(), from + QPointF(140, 260), true}}, QStringLiteral("Move")));
        QVERIFY(settled(scene));
        QCOMPARE(moved->pos(), from + QPointF(140, 260));
        for (const LinkEdgeItem *edge : moved->edges()) {
            // Off dot's curve, from the card where it is now.
            QVERIFY(edge->line().geometry.curve != picture::LinkGeometry::Curve::Spline);
            const QRectF card = moved->mapRectToScene(moved->card().rect).adjusted(-2, -2, 2, 2);
            const picture::LinkGeometry &g = edge->line().geometry;
            QVERIFY2(card.contains(edge->fromNode() == moved ? g.start : g.end), qPrintable(edge->label()));
            QVERIFY(edge->polyline() != before.value(edge->linkId().value).line);
        }
        // The other lines keep dot's curves.
        for (const LinkEdgeItem *edge : scene.edges())
            if (edge->fromNode() != moved && edge->toNode() != moved && before.value(edge->linkId().value).alongDot)
                QCOMPARE(edge->polyline(), before.value(edge->linkId().value).line);
        for (const double zoom : {window.chainView()->zoom(), 1.0}) {
            const picture::PictureFaults faults = picture::checkPicture(drawnAt(scene, zoom));
            qInfo("after the move, zoom %.3f: %s; %d left out", zoom, qPrintable(faults.summary()),
                  scene.linkPlacer()->leftOut());
            QCOMPARE(labelFaults(faults), 0);
        }

        session.undoStack()->undo();
        QVERIFY(settled(scene));
        QCOMPARE(moved->pos(), from);
        const QHash<qint64, Drawn> undone = everyLink(scene);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QCOMPARE(undone.value(it.key()).line, it->line);
            if (wholeChainUpTo > 0) { // placed from the same lines, the labels come back where they were
                QCOMPARE(undone.value(it.key()).label, it->label);
                QCOMPARE(undone.value(it.key()).leftOut, it->leftOut);
            }
        }
        const picture::PictureFaults faults = picture::checkPicture(drawnAt(scene, window.chainView()->zoom()));
        QCOMPARE(labelFaults(faults), 0);
    }
};

QTEST_MAIN(TestCanvasLines)
#include "test_canvaslines.moc"
