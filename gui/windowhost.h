// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "panels/caseoutlinemodel.h"

#include <QObject>
#include <QPointer>

namespace chiptrail::gui {

class CasePrompts;
class CaseSession;
class MainWindow;
class RecentFiles;
class UiLanguage;

// Keeps the main window over the lifetime of the application: restores its size and docks from
// the last run, keeps the recent-files list, and when the user switches the language builds the
// window again in the new language with the same case, undo history, selection, date and tab.
// Rebuilding rather than retranslating each widget means no text can be left behind.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    WindowHost(CaseSession *session, UiLanguage *language, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window; }
    RecentFiles *recentFiles() const { return m_recent; }

    // Who answers the window's questions (see MainWindow::setPrompts), in every window it builds.
    void setPrompts(CasePrompts *prompts);

    // Shows the window; with restoreLayout the size and dock positions of the last run come back.
    void show(bool restoreLayout);

Q_SIGNALS:
    void windowReplaced(chiptrail::gui::MainWindow *window);

private:
    struct ViewState
    {
        QByteArray geometry, docks;
        OutlineSubject subject;
        QDate asOf;
        int centreTab = 0;
        bool visible = false;
    };

    void build();
    void rebuild();
    ViewState capture() const;
    void restore(const ViewState &state);
    void saveLayout() const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    CaseSession *m_session;
    UiLanguage *m_language;
    RecentFiles *m_recent;
    QPointer<MainWindow> m_window;
    CasePrompts *m_prompts = nullptr;
};

} // namespace chiptrail::gui
