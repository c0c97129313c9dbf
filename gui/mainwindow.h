// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartseries.h"
#include "document/casedelta.h"
#include "error.h"
#include "panels/caseoutlinemodel.h"

#include <QMainWindow>
#include <memory>

class QMenu;
class QTabWidget;
class QTreeView;

namespace chiptrail::gui {

class CasePrompts;
class CaseSession;
class CaseOutlineModel;
class ChainEditor;
class ChainNavigator;
class ChainScene;
class ChainView;
class DetailsPane;
class ExportJob;
class LayoutController;
class RulesPanel;
class ChartsPanel;
class TimelineSlider;
class NotesDocks;
class PanelsAsOf;

// Assembles the window: the chain canvas in the centre, the outline on the left, details on
// the right, menus and toolbar. Behaviour lives in the parts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CaseSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTreeView *outlineView() const { return m_outline; }
    DetailsPane *detailsPane() const { return m_details; }
    ChainScene *chainScene() const { return m_scene; }
    ChainView *chainView() const { return m_view; }
    ChainEditor *chainEditor() const { return m_editor; }
    ChainNavigator *chainNavigator() const { return m_navigator; }
    RulesPanel *rulesPanel() const { return m_rules; }
    LayoutController *layoutController() const { return m_layout; }
    ExportJob *exportJob() const { return m_export; } // File → Export Chain, in the background
    ChartsPanel *chartsPanel() const { return m_charts; }
    // The "as of" date of canvas and charts; connect a panel to its asOfChanged/setAsOf.
    TimelineSlider *timelineSlider() const { return m_slider; }
    void showChart(charts::ChartKind kind); // shows the Charts tab at that chart
    void showRulesPanel();                  // raises "Export-rule checks", wide enough to read
    NotesDocks *notesDocks() const { return m_notes; }
    PanelsAsOf *panelsAsOf() const { return m_panelsAsOf; } // View → Panels Follow the As-of Date

    // Makes `subject` the current one, in the outline and on the canvas.
    void selectSubject(const OutlineSubject &subject);

    // Runs a user action; a refusal is shown as one dialog. Returns false when it failed.
    template <typename Fn>
    bool attempt(const QString &action, Fn &&fn)
    {
        try {
            fn();
            return true;
        } catch (const CaseError &error) {
            reportError(action, error.message());
            return false;
        }
    }
    void reportError(const QString &action, const QString &message);

    // Who answers "save this untitled case?" and the like; null: message boxes and file dialogs.
    void setPrompts(CasePrompts *prompts);
    // Before the open untitled case with edits would go (New, Open, Quit): asks Save / Discard /
    // Cancel. Returns whether the case may go; after Save it lives in the named file.
    bool mayReplaceCase();
    // File → Save: an untitled case is saved as; a named one already holds every edit.
    bool saveCase();
    // File → Save As: asks where; returns whether the case was saved.
    bool saveCaseAs();
    void editCaseProperties(); // Case → Properties

    // Menus that outlive one window (they belong to the application): "Open Recent" goes into
    // File, "Language" into View.
    void installApplicationMenus(QMenu *language, QMenu *recentFiles);

public Q_SLOTS:
    void openCaseFile(const QString &path); // a refusal is shown as a dialog

Q_SIGNALS:
    // The party, link, site, product or source the user is looking at (none: kind None).
    void currentSubjectChanged(const chiptrail::gui::OutlineSubject &subject);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QAction *toolbarTwin(QAction *action, const QString &text, const QString &objectName);
    void buildMenusAndToolbar();
    void caseReset();                         // another case: every view starts from it
    void caseEdited(const CaseDelta &delta);  // the same case, edited: views update what changed
    void showFindings();
    void updateTitleAndCounts();
    void showOutlineMenu(const QPoint &pos);
    void expandOutline();
    void showOutlineSelection();
    void showCanvasSelection();
    void showSubject(const OutlineSubject &subject);
    void openCase();
    void newCase();
    void openSampleCase();
    // File → Export Chain: the Export Image dialog (format preselected: "svg", "png", "pdf"; empty:
    // the last used), then the file name; "dot" asks only for the file.
    void exportImage(const QString &format);

    CaseSession *m_session;
    std::unique_ptr<CasePrompts> m_ownPrompts; // message boxes, unless a test answers
    CasePrompts *m_prompts;
    CaseOutlineModel *m_outlineModel;
    QTreeView *m_outline;
    DetailsPane *m_details;
    ChainScene *m_scene;
    ChainView *m_view;
    ChainEditor *m_editor;
    ChainNavigator *m_navigator;
    RulesPanel *m_rules;
    LayoutController *m_layout;
    ExportJob *m_export;
    ChartsPanel *m_charts;
    TimelineSlider *m_slider;
    QTabWidget *m_centreTabs;
    NotesDocks *m_notes;
    PanelsAsOf *m_panelsAsOf;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_recentAnchor = nullptr; // "Open Recent" goes before it
    bool m_syncingSelection = false;
    bool m_fitAfterLayout = false;
    OutlineSubject m_shown; // the subject the details and notes show
};

} // namespace chiptrail::gui
