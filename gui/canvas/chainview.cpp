// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainview.h"

#include "canvas/chainscene.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace chiptrail::gui {

ChainView::ChainView(ChainScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("chainView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setDragMode(ScrollHandDrag);
    setCacheMode(CacheBackground);
    setFocusPolicy(Qt::StrongFocus);
}

double ChainView::zoom() const { return transform().m11(); }

void ChainView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.01 || next > 8.0)
        return;
    scale(factor, factor);
}

void ChainView::fitAll()
{
    const auto *chain = static_cast<ChainScene *>(scene());
    const QRectF content = chain->contentRect();
    if (content.isEmpty())
        return;
    fitInView(content, Qt::KeepAspectRatio);
    if (zoom() > 1.5) // a two-party chain should not fill the screen with giant cards
        setTransform(QTransform::fromScale(1.5, 1.5));
    centerOn(content.center());
}

void ChainView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void ChainView::mousePressEvent(QMouseEvent *event)
{
    // Ctrl selects by rubber band; otherwise dragging empty space pans.
    setDragMode((event->modifiers() & Qt::ControlModifier) ? RubberBandDrag : ScrollHandDrag);
    QGraphicsView::mousePressEvent(event);
}

void ChainView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(ScrollHandDrag);
}

void ChainView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomBy(1.25);
    else if (event->key() == Qt::Key_Minus)
        zoomBy(0.8);
    else
        QGraphicsView::keyPressEvent(event);
}

} // namespace chiptrail::gui
