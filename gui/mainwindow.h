// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTreeView;

namespace chiptrail::gui {

class CaseSession;
class CaseOutlineModel;
class DetailsPane;

// Assembles the window: menus, the outline, the details pane. Behaviour lives in the parts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CaseSession *session, QWidget *parent = nullptr);

    QTreeView *outlineView() const { return m_outline; }
    DetailsPane *detailsPane() const { return m_details; }

    // Shows a failure of a user action as a dialog; returns false when it failed.
    template <typename Fn>
    bool attempt(const QString &action, Fn &&fn);

private:
    void buildMenus();
    void refresh();
    void showSelection();
    void openCase();
    void saveCaseAs();
    void reportError(const QString &action, const QString &message);

    CaseSession *m_session;
    CaseOutlineModel *m_outlineModel;
    QTreeView *m_outline;
    DetailsPane *m_details;
};

} // namespace chiptrail::gui

#include "error.h"

template <typename Fn>
bool chiptrail::gui::MainWindow::attempt(const QString &action, Fn &&fn)
{
    try {
        fn();
        return true;
    } catch (const CaseError &error) {
        reportError(action, error.message());
        return false;
    }
}
