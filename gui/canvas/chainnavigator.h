// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

class QAction;
class QCheckBox;
class QLineEdit;
class QToolBar;

namespace chiptrail::gui {

class AsOfEdit;
class ChainScene;
class ChainView;

// Finding one's way in a chain: search by name or alias, fit and zoom, the path between two
// parties, "as of" a date, and only the unsourced claims.
class ChainNavigator : public QObject
{
    Q_OBJECT
public:
    ChainNavigator(ChainScene *scene, ChainView *view);

    void addTo(QToolBar *toolBar);
    QLineEdit *searchField() const { return m_search; }
    QAction *pathAction() const { return m_path; }
    QAction *fitAction() const { return m_fit; }
    QAction *clearPathAction() const { return m_clearPath; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }

    void caseReloaded(); // the names the search field offers
    bool findParty(const QString &text); // selects and centres the best match
    void highlightPathOfSelection();
    void setAsOf(const QDate &date);     // invalid: no filter; does not emit asOfChanged

Q_SIGNALS:
    void message(const QString &text);
    void asOfChanged(const QDate &date); // the user changed the toolbar's "As of" (invalid: off)

private:
    void updateActions();

    ChainScene *m_scene;
    ChainView *m_view;
    QLineEdit *m_search;
    QAction *m_fit, *m_zoomIn, *m_zoomOut, *m_path, *m_clearPath, *m_unsourced;
    QCheckBox *m_asOfEnabled;
    AsOfEdit *m_asOf;
};

} // namespace chiptrail::gui
