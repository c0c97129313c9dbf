// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainview.h"

#include "canvas/chainscene.h"
#include "canvas/linkedgeitem.h"
#include "canvas/linkplacer.h"
#include "canvas/overviewpainter.h"
#include "picture/picturepainter.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>
#include <utility>

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
    // The legend's note on hidden labels follows the zoom, a moment after it changes (and Fit).
    // Not every scene change: QGraphicsScene::changed comes with every repaint (an edit, a hover),
    // and counting asks the scene once per link; after each edit of a 5,000-party case that cost
    // the window about 50 ms (bench_edit: add-link median 13.7 -> 61.2 ms).
    m_labelsNoteTimer = new QTimer(this);
    m_labelsNoteTimer->setSingleShot(true);
    m_labelsNoteTimer->setInterval(150);
    connect(m_labelsNoteTimer, &QTimer::timeout, this, &ChainView::updateLabelsNote);
    connect(scene, &ChainScene::labelsLeftOutChanged, this, [this] {
        m_labelsNoteZoom = -1; // the count changed, not the zoom
        updateLabelsNote();
    });
    // What changed is drawn again into the picture kept for far-out zooms, not the whole chain:
    // after an edit of a 20,000-party case that is a few cards and lines, not all of them.
    connect(scene, &QGraphicsScene::changed, this, [this](const QList<QRectF> &region) {
        m_overviewDirtyRects += region;
        if (m_overviewDirtyRects.size() > 256) // a long line comes as up to 16 (LinkLinesItem::repaintAlong)
            m_overviewDirty = true;
    });
    connect(this, &QGraphicsView::rubberBandChanged, this, [this](QRect band, QPointF from, QPointF to) {
        if (!band.isEmpty())
            m_rubberBand = QRectF(from, to).normalized();
    });
}

void ChainView::setOverviewCache(bool on)
{
    m_overviewOn = on;
    m_overviewDirty = true;
    m_overview = QImage();
    viewport()->update();
}

void ChainView::paintEvent(QPaintEvent *event)
{
    if (!paintOverview())
        QGraphicsView::paintEvent(event);
}

bool ChainView::paintOverview()
{
    // A rubber band is drawn by QGraphicsView itself: leave those frames to it.
    if (!m_overviewOn || zoom() >= overviewZoom || !rubberBandRect().isEmpty() || !scene())
        return false;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect().intersected(sceneRect());
    const bool stale = m_overviewDirty || m_overview.isNull() || transform() != m_overviewTransform
                       || !m_overviewArea.adjusted(-1, -1, 1, 1).contains(visible);
    if (!stale && !m_overviewDirtyRects.isEmpty() && !repaintOverviewParts())
        m_overviewDirty = true;
    if (m_overviewDirty) {
        // The viewport and half of it on every side: small pans need no new picture.
        QRectF area = visible.adjusted(-visible.width() / 2, -visible.height() / 2, visible.width() / 2,
                                       visible.height() / 2)
                          .intersected(sceneRect());
        const QSize pixels = QSize(int(std::ceil(area.width() * zoom())), int(std::ceil(area.height() * zoom())))
                                 .expandedTo(QSize(1, 1));
        // The area of exactly those pixels at the zoom (a little larger, never smaller: it must
        // still hold the view): the parts drawn again after an edit (repaintOverviewParts) use the
        // zoom, and a picture a fraction of a pixel wider or taller than that put them beside
        // where the first drawing had put the same lines.
        area.setSize(QSizeF(pixels) / zoom());
        m_overview = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_overview.fill(backgroundBrush().style() == Qt::NoBrush ? scene()->backgroundBrush().color()
                                                                 : backgroundBrush().color());
        QPainter painter(&m_overview);
        painter.setRenderHints(renderHints());
        const QRectF target(QPointF(0, 0), QSizeF(pixels));
        if (!gui::paintOverview(*static_cast<ChainScene *>(scene()), &painter, target, area))
            scene()->render(&painter, target, area, Qt::IgnoreAspectRatio);
        m_overviewArea = area;
        m_overviewTransform = transform();
        m_overviewDirty = false;
        m_overviewDirtyRects.clear();
    }
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), scene()->backgroundBrush());
    painter.drawImage(mapFromScene(m_overviewArea.topLeft()), m_overview);
    return true;
}

bool ChainView::repaintOverviewParts()
{
    const QList<QRectF> dirty = std::exchange(m_overviewDirtyRects, {});
    const double scale = zoom();
    const QRect image = m_overview.rect();
    QList<QRect> pixels;
    qint64 area = 0;
    for (const QRectF &part : dirty) {
        const QRectF inside = part.adjusted(-2, -2, 2, 2).intersected(m_overviewArea);
        if (inside.isEmpty())
            continue;
        const QRect px = QRectF((inside.topLeft() - m_overviewArea.topLeft()) * scale, inside.size() * scale)
                             .toAlignedRect()
                             .adjusted(-1, -1, 1, 1)
                             .intersected(image);
        pixels.append(px);
        area += qint64(px.width()) * px.height();
    }
    if (area * 2 > qint64(image.width()) * image.height())
        return false; // most of it: one picture from scratch is cheaper
    QPainter painter(&m_overview);
    painter.setRenderHints(renderHints());
    const QColor background = backgroundBrush().style() == Qt::NoBrush ? scene()->backgroundBrush().color()
                                                                       : backgroundBrush().color();
    for (const QRect &px : std::as_const(pixels)) {
        const QRectF source(m_overviewArea.topLeft() + QPointF(px.topLeft()) / scale, QSizeF(px.size()) / scale);
        painter.fillRect(px, background);
        if (!gui::paintOverview(*static_cast<ChainScene *>(scene()), &painter, QRectF(px), source))
            return false;
    }
    return true;
}

void ChainView::setLegend(const QString &html)
{
    if (!m_legend) {
        m_legend = new QLabel(this);
        m_legend->setObjectName(QStringLiteral("canvasLegend"));
        m_legend->setStyleSheet(QStringLiteral("QLabel { background: rgba(255,255,255,225); border: 1px solid #ccc; padding: 4px; }"));
        m_legend->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_legendHtml = html;
    // The note on left-out labels shows before the findings bring the verdict legend (a busy
    // machine checks the case after the canvas is drawn).
    const QString note = m_labelsNote.isEmpty() ? QString() : QStringLiteral("<i>") + m_labelsNote.toHtmlEscaped() + QStringLiteral("</i>");
    const QString text = note.isEmpty() || html.isEmpty() ? QString(html + note) : QString(html + QStringLiteral("<br>") + note);
    if (text == m_legend->text() && m_legend->isHidden() == text.isEmpty())
        return; // findings arrive after every edit with the same legend
    m_legend->setText(text);
    m_legend->setVisible(!text.isEmpty());
    fitLegend();
    placeLegend();
}

void ChainView::setEmptyHint(const QString &text)
{
    if (!m_emptyHint) {
        m_emptyHint = new QLabel(this);
        m_emptyHint->setObjectName(QStringLiteral("emptyCanvasHint"));
        m_emptyHint->setAlignment(Qt::AlignCenter);
        m_emptyHint->setWordWrap(true);
        m_emptyHint->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
        m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    m_emptyHint->setText(text);
    m_emptyHint->setVisible(!text.isEmpty());
    placeEmptyHint();
}

void ChainView::placeEmptyHint()
{
    if (!m_emptyHint)
        return;
    const int width = std::min(560, viewport()->width() - 32);
    m_emptyHint->resize(width, m_emptyHint->heightForWidth(width));
    m_emptyHint->move((viewport()->width() - width) / 2, (viewport()->height() - m_emptyHint->height()) / 2);
}

void ChainView::updateLabelsNote()
{
    if (!scene() || std::abs(m_labelsNoteZoom - zoom()) < 1e-9)
        return;
    m_labelsNoteZoom = zoom();
    const auto *chain = static_cast<ChainScene *>(scene());
    // Far out every label is hidden; closer in, those the placer found no clear place for (it
    // keeps the count: nothing is asked of each link here).
    const bool farOut = zoom() < picture::labelsFromLod;
    int hidden = 0;
    if (farOut) {
        for (const LinkEdgeItem *edge : chain->edges())
            if (edge->isVisible() && !edge->label().isEmpty()) {
                hidden = 1; // one is enough to say so
                break;
            }
    } else {
        hidden = chain->linkPlacer()->leftOut();
    }
    QString note;
    if (m_fitCutShort && std::abs(zoom() - m_fitZoom) < 1e-9)
        note = tr("Fit stops where names can still be read; zoom out (Ctrl+-) to see the whole chain.");
    if (!note.isEmpty() && hidden > 0)
        note += u' ';
    if (hidden > 0 && farOut)
        note += tr("Link labels are hidden at this zoom; zoom in to read them.");
    else if (hidden > 0)
        note += tr("%n link label(s) left out where they would cover a card or another label.", nullptr, hidden);
    if (note == m_labelsNote)
        return;
    m_labelsNote = note;
    setLegend(m_legendHtml);
}

void ChainView::fitLegend()
{
    // One line while it fits the canvas; wrapped to the canvas's width, not narrower, when not
    // (six verdicts do not fit one line of a narrow window).
    if (!m_legend)
        return;
    const int room = std::max(200, viewport()->width() - 16);
    m_legend->setWordWrap(false);
    const QSize natural = m_legend->sizeHint();
    if (natural.width() <= room) {
        m_legend->resize(natural);
        return;
    }
    m_legend->setWordWrap(true);
    m_legend->resize(room, m_legend->heightForWidth(room));
}

void ChainView::placeLegend()
{
    fitLegend();
    if (m_legend)
        m_legend->move(8, viewport()->height() - m_legend->height() - 8);
}

void ChainView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
    placeEmptyHint();
}

double ChainView::zoom() const { return transform().m11(); }

double ChainView::legendRoom() const { return m_legend && m_legend->isVisible() ? m_legend->height() + 16 : 0; }

void ChainView::showClearOfLegend(const QGraphicsItem *item)
{
    constexpr int margin = 40;
    // The legend's room as part of the item: the view scrolls until that is in view as well.
    const QRectF rect = item->sceneBoundingRect().adjusted(0, 0, 0, legendRoom() / zoom());
    ensureVisible(rect, margin, margin);
}

void ChainView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.01 || next > 8.0)
        return;
    scale(factor, factor);
    m_labelsNoteTimer->start();
}

void ChainView::fit(bool readableNames)
{
    const auto *chain = static_cast<ChainScene *>(scene());
    const QRectF content = chain->contentRect();
    if (content.isEmpty())
        return;
    // The chain in the room the legend leaves above it: the legend floats over the canvas's
    // bottom, and a fitted chain under it lost its lowest cards and lines.
    const double legendRoom = this->legendRoom();
    const QRectF room = QRectF(viewport()->rect()).adjusted(4, 4, -4, -4 - legendRoom);
    if (room.width() > 0 && room.height() > 0) {
        const double scale = std::min(room.width() / content.width(), room.height() / content.height());
        setTransform(QTransform::fromScale(scale, scale));
    } else {
        fitInView(content, Qt::KeepAspectRatio);
    }
    if (zoom() > 1.5) // a two-party chain should not fill the screen with giant cards
        setTransform(QTransform::fromScale(1.5, 1.5));
    // Never so far out that a reporter cannot read who is who: a chain too wide for the window at
    // that zoom shows its middle, and the legend says how to see all of it.
    const double readable = std::min(1.0, chain->readableZoom());
    if (readableNames && zoom() < readable) {
        setTransform(QTransform::fromScale(readable, readable));
        // Cut short only when the chain no longer fits the canvas (it may now reach under the
        // legend: the legend's room was a wish, the names are a must).
        const QSizeF shown = content.size() * readable;
        m_fitCutShort = shown.width() > viewport()->width() - 8 || shown.height() > viewport()->height() - 8;
    } else {
        m_fitCutShort = false;
    }
    centerOn(content.center() + QPointF(0, legendRoom / 2 / zoom()));
    m_fitZoom = zoom();
    m_labelsNoteZoom = -1;
    updateLabelsNote();
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
    // Qt selects what the band meets by bounding box; a link's item is its label, so the links
    // whose lines cross the band are added here.
    if (!m_rubberBand.isEmpty()) {
        for (LinkEdgeItem *edge : static_cast<ChainScene *>(scene())->linksCrossing(m_rubberBand))
            edge->setSelected(true);
        m_rubberBand = QRectF();
    }
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
