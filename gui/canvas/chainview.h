// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QImage>

#include <cmath>

class QLabel;
class QTimer;

namespace chiptrail::gui {

class ChainScene;

// The chain on screen: wheel zooms around the cursor, drag on empty space pans, rubber band
// with Ctrl, and "fit" shows the whole chain.
class ChainView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ChainView(ChainScene *scene, QWidget *parent = nullptr);

    void zoomBy(double factor);
    // The whole chain, but never farther out than its names can be read (ChainScene::readableZoom);
    // fitCutShort() says when that left part of it outside.
    void fitAll() { fit(true); }
    // All of it, however small the names get (the benchmark's far-out frames).
    void fitWhole() { fit(false); }
    bool fitCutShort() const { return m_fitCutShort && std::abs(zoom() - m_fitZoom) < 1e-9; }
    double zoom() const;
    // A small key in the lower left corner of the canvas (rich text built from escaped words).
    void setLegend(const QString &html);
    // A line or two in the middle of an empty canvas saying how to begin ("" hides it).
    void setEmptyHint(const QString &text);
    // Scrolls as little as needed to show `item` whole, clear of the legend floating over the
    // canvas's bottom (a card scrolled into view by ensureVisible could end up under it).
    void showClearOfLegend(const QGraphicsItem *item);
    // Below the zoom where link labels show, or where some would lie on cards, the legend says
    // how many are hidden: this line (empty when every label shows).
    QString hiddenLabelsNote() const { return m_labelsNote; }

    // Far out (zoom below overviewZoom) thousands of cards are on screen, each a few pixels; the
    // view then paints from a picture of the scene around the viewport, made once per zoom and
    // scene change, so panning is a copy of pixels. On by default; the benchmark turns it off
    // to compare.
    static constexpr double overviewZoom = 0.3;
    void setOverviewCache(bool on);
    void dropOverviewCache() { m_overviewDirty = true; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void placeLegend();
    double legendRoom() const; // the canvas's bottom the legend covers, with its margins
    void fit(bool readableNames);
    void updateLabelsNote();
    QString m_legendHtml;
    QString m_labelsNote;
    double m_labelsNoteZoom = -1;
    bool m_fitCutShort = false; // the last Fit stopped at the readable zoom
    double m_fitZoom = 0;
    QTimer *m_labelsNoteTimer = nullptr;
    void fitLegend();
    bool paintOverview();
    bool repaintOverviewParts(); // false: draw the whole picture again
    QLabel *m_legend = nullptr;
    QLabel *m_emptyHint = nullptr;
    void placeEmptyHint();
    QRectF m_rubberBand; // in the scene, while one is drawn
    bool m_overviewOn = true;
    bool m_overviewDirty = true;
    QImage m_overview;          // the scene inside m_overviewArea at m_overviewTransform
    QList<QRectF> m_overviewDirtyRects; // scene areas changed since it was drawn
    QRectF m_overviewArea;
    QTransform m_overviewTransform;
};

} // namespace chiptrail::gui
