// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class QLabel;

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
    void fitAll();
    double zoom() const;
    // A small key in the lower left corner of the canvas (rich text built from escaped words).
    void setLegend(const QString &html);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void placeLegend();
    QLabel *m_legend = nullptr;
};

} // namespace chiptrail::gui
