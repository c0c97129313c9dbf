// SPDX-License-Identifier: GPL-3.0-or-later
// After an edit the canvas draws again only what changed (the strip a new line runs along, the
// cards near it). What the window then shows must be what a redraw from nothing shows: no line
// left half drawn, no card missing, close in and far out.
#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/layoutcontroller.h"
#include "casesession.h"
#include "commands/entitycommands.h"
#include "document/casedocument.h"
#include "mainwindow.h"

#include <QScreen>
#include <QTest>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// The pixels the window shows now, as the platform holds them (partial repaints included).
QImage shown(ChainView *view)
{
    QCoreApplication::processEvents();
    view->viewport()->repaint(); // what is pending, not everything: repaint() takes the dirty region
    QWidget *top = view->window();
    const QImage whole = top->screen()->grabWindow(top->winId()).toImage();
    const QRect area(view->viewport()->mapTo(top, QPoint(0, 0)) * whole.devicePixelRatio(),
                     view->viewport()->size() * whole.devicePixelRatio());
    return whole.copy(area);
}

// The same view drawn from nothing: caches dropped, every pixel painted again.
QImage redrawn(ChainView *view, ChainScene *scene)
{
    scene->dropDrawingCaches();
    view->setOverviewCache(true); // forgets the far-out picture
    view->viewport()->update();
    return shown(view);
}

int differentPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    int different = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            different += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) + std::abs(p.blue() - q.blue()) > 12;
        }
    return different;
}

// Until the new places are laid out and the findings have coloured the lines.
bool settled(MainWindow &window, CaseSession &session)
{
    for (int i = 0; i < 400; ++i) {
        session.document()->waitForFindings();
        QCoreApplication::processEvents();
        if (!window.layoutController()->isRunning() && !session.document()->isChecking())
            return true;
        QTest::qWait(50);
    }
    return false;
}

} // namespace

class TestCanvasRepaint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEditShowsWhatARedrawFromNothingShows_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("close in") << 1.0;
        QTest::newRow("readable") << 0.5;
        QTest::newRow("far out (the overview picture)") << 0.2;
    }

    void anEditShowsWhatARedrawFromNothingShows()
    {
        QFETCH(double, zoom);
        CaseSession session;
        MainWindow window(&session);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.openSample();
        QVERIFY(settled(window, session));
        ChainView *view = window.chainView();
        ChainScene *scene = window.chainScene();
        view->setTransform(QTransform::fromScale(zoom, zoom));
        view->centerOn(scene->contentRect().center());
        QCOMPARE(differentPixels(shown(view), redrawn(view, scene)), 0);

        // A long link across the chain, from its first party to its last.
        const CaseData &data = session.document()->data();
        Link link;
        link.kind = LinkKind::Sale;
        link.from = data.parties.first().id;
        link.to = data.parties.last().id;
        link.quantity = 64;
        session.perform(std::make_unique<AddLinkCommand>(&session, link));
        QVERIFY(settled(window, session));
        const QImage afterEdit = shown(view);
        const QImage fresh = redrawn(view, scene);
        QCOMPARE(differentPixels(afterEdit, fresh), 0);

        // Undone: the line is gone from every pixel it covered.
        const QImage withLine = afterEdit;
        session.undoStack()->undo();
        QVERIFY(settled(window, session));
        const QImage afterUndo = shown(view);
        QVERIFY(differentPixels(afterUndo, withLine) > 0); // the edit was on screen at all
        QCOMPARE(differentPixels(afterUndo, redrawn(view, scene)), 0);
    }
};

QTEST_MAIN(TestCanvasRepaint)
#include "test_canvasrepaint.moc"
