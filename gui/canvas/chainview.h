// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

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

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace chiptrail::gui
