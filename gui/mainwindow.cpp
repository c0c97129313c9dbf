// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "canvas/chaineditor.h"
#include "canvas/chainnavigator.h"
#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/exportjob.h"
#include "canvas/linkchartexportactions.h"
#include "interchange/ftmactions.h"
#include "interchange/tableimportactions.h"
#include "canvas/layoutcontroller.h"
#include "canvas/linkedgeitem.h"
#include "canvas/partynodeitem.h"
#include "canvas/sceneexporter.h"
#include "casesession.h"
#include "commands/caseinfocommand.h"
#include "dialogs/caseproperties.h"
#include "dialogs/exportimagedialog.h"
#include "canvas/scenetopicture.h"
#include "partymergeactions.h"
#include "recovery/caseprompts.h"
#include "recovery/recoverdata.h"
#include "screeninglists.h"
#include "standardkeys.h"
#include "panels/caseoutlinemodel.h"
#include "panels/detailspane.h"
#include "panels/findingshtml.h"
#include "panels/rulespanel.h"
#include "panels/charts/chartspanel.h"
#include "panels/charts/timelineslider.h"
#include "panels/notesdocks.h"
#include "panels/panelsasof.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <functional>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QDir>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace chiptrail::gui {

MainWindow::MainWindow(CaseSession *session, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_ownPrompts(std::make_unique<DialogPrompts>()),
      m_prompts(m_ownPrompts.get()),
      m_outlineModel(new CaseOutlineModel(this)),
      m_outline(new QTreeView),
      m_details(new DetailsPane),
      m_scene(new ChainScene(this)),
      m_view(new ChainView(m_scene)),
      m_rules(new RulesPanel(session)),
      m_charts(new ChartsPanel(session->document())),
      m_slider(new TimelineSlider),
      m_centreTabs(new QTabWidget)
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1440, 900);
    // The canvas and the charts share the centre; the "as of" slider under them drives both.
    m_centreTabs->setObjectName(QStringLiteral("centreTabs"));
    m_centreTabs->addTab(m_view, tr("Chain"));
    m_centreTabs->addTab(m_charts, tr("Charts"));
    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_centreTabs, 1);
    centreLayout->addWidget(m_slider);
    setCentralWidget(centre);
    m_editor = new ChainEditor(session, m_scene, m_view, this);
    m_navigator = new ChainNavigator(m_scene, m_view);
    m_layout = new LayoutController(session, this);
    m_export = new ExportJob(this);

    m_outline->setObjectName(QStringLiteral("caseOutline"));
    m_outline->setModel(m_outlineModel);
    m_outline->setUniformRowHeights(true);
    m_outline->setSelectionMode(QAbstractItemView::ExtendedSelection); // several parties to merge
    m_outline->header()->hide();
    auto *outlineDock = new QDockWidget(tr("Case outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);

    m_details->setObjectName(QStringLiteral("detailsPane"));
    auto *detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    auto *rulesDock = new QDockWidget(tr("Export-rule checks"), this);
    rulesDock->setObjectName(QStringLiteral("rulesDock"));
    rulesDock->setWidget(m_rules);
    addDockWidget(Qt::RightDockWidgetArea, rulesDock);
    tabifyDockWidget(detailsDock, rulesDock);
    detailsDock->raise();
    resizeDocks({outlineDock, detailsDock}, {270, 400}, Qt::Horizontal);
    m_outline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_outline, &QWidget::customContextMenuRequested, this, &MainWindow::showOutlineMenu);
    m_notes = new NotesDocks(this, session);
    connect(this, &MainWindow::currentSubjectChanged, m_notes, &NotesDocks::setSubject);
    m_panelsAsOf = new PanelsAsOf(this);

    buildMenusAndToolbar();
    // The data flow: command → store → document → these views, each updating what changed.
    CaseDocument *document = m_session->document();
    connect(m_session, &CaseSession::caseReplaced, this, &MainWindow::caseReset);
    connect(document, &CaseDocument::changed, this, &MainWindow::caseEdited);
    connect(document, &CaseDocument::findingsChanged, this, &MainWindow::showFindings);
    connect(m_session, &CaseSession::fileChanged, this, &MainWindow::updateTitleAndCounts);
    connect(m_session, &CaseSession::editFailed, this, &MainWindow::reportError);
    connect(this, &MainWindow::currentSubjectChanged, m_editor, &ChainEditor::setCurrentSubject);
    connect(m_layout, &LayoutController::failed, this, &MainWindow::reportError);
    connect(m_layout, &LayoutController::laidOut, m_scene, &ChainScene::setDotLayout);
    connect(m_layout, &LayoutController::message, this, [this](const QString &text, int timeout) {
        statusBar()->showMessage(text, timeout);
    });
    connect(m_layout, &LayoutController::finished, this, [this] {
        if (m_fitAfterLayout)
            m_view->fitAll();
        m_fitAfterLayout = false;
    });
    connect(m_navigator, &ChainNavigator::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showOutlineSelection);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::showCanvasSelection);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this] { m_charts->setSelection(m_scene->selectedLinks(), m_scene->selectedParties()); });
    // One "as of" date: the slider holds it, the toolbar's date edit moves it as well.
    connect(m_slider, &TimelineSlider::asOfChanged, m_navigator, &ChainNavigator::setAsOf);
    connect(m_navigator, &ChainNavigator::asOfChanged, m_slider, &TimelineSlider::setAsOf);
    connect(m_slider, &TimelineSlider::asOfChanged, m_charts, &ChartsPanel::setAsOf);
    connect(m_slider, &TimelineSlider::asOfChanged, m_rules, &RulesPanel::setRulesAsOf);
    connect(m_rules, &RulesPanel::subjectRequested, this, &MainWindow::selectSubject);
    // Outline, notes and search follow the date only when the user asked for it (View menu).
    connect(m_slider, &TimelineSlider::asOfChanged, m_panelsAsOf, &PanelsAsOf::setAsOf);
    connect(m_panelsAsOf, &PanelsAsOf::panelDateChanged, m_outlineModel, &CaseOutlineModel::setAsOf);
    connect(m_panelsAsOf, &PanelsAsOf::panelDateChanged, m_notes, &NotesDocks::setAsOf);
    connect(m_charts, &ChartsPanel::failed, this, &MainWindow::reportError);
    statusBar()->addPermanentWidget(new ExportProgressWidget(m_export));
    connect(m_export, &ExportJob::failed, this, [this](const QString &message) { reportError(tr("Export chain"), message); });
    connect(m_export, &ExportJob::finished, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 6000);
    });
    connect(m_export, &ExportJob::cancelled, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Export cancelled; %1 was not written").arg(QDir::toNativeSeparators(path)), 6000);
    });
    caseReset();
}

MainWindow::~MainWindow()
{
    // The scene outlives the models while children are torn down; it must not call back.
    disconnect(m_scene, nullptr, this, nullptr);
}

// A toolbar button with a short text of its own that does what `action` does, is enabled when it
// is, and names in its tooltip what it would do: the Undo and Redo actions take the name of the
// edit ("Rückgängig Notiz hinzufügen"), which pushed the search box and the date off the toolbar.
QAction *MainWindow::toolbarTwin(QAction *action, const QString &text, const QString &objectName)
{
    auto *twin = new QAction(action->icon(), text, this);
    twin->setObjectName(objectName);
    const auto follow = [twin, action] {
        twin->setEnabled(action->isEnabled());
        twin->setToolTip(QString(action->text()).remove(QLatin1Char('&')));
    };
    follow();
    connect(action, &QAction::changed, twin, follow);
    connect(twin, &QAction::triggered, action, &QAction::trigger);
    return twin;
}

void MainWindow::buildMenusAndToolbar()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Case"), QKeySequence::New, this, &MainWindow::newCase)->setObjectName(QStringLiteral("newCase"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openCase)->setObjectName(QStringLiteral("openCase"));
    file->addAction(tr("Open &Sample Case"), this, &MainWindow::openSampleCase);
    m_recentAnchor = file->addSeparator();
    // Every edit is in the case file the moment it is made; Ctrl+S, pressed out of habit, gives
    // an untitled case its name and otherwise says so (it did nothing at all).
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::saveCase)->setObjectName(QStringLiteral("saveCase"));
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveCaseAs);
    saveAs->setObjectName(QStringLiteral("saveCaseAs"));
    saveAs->setShortcuts(standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    QMenu *exportMenu = file->addMenu(tr("&Export Chain"));
    exportMenu->addAction(tr("Image (&Web, Social, Print)…"), this, [this] { exportImage(QString()); })
        ->setObjectName(QStringLiteral("exportImage"));
    exportMenu->addAction(tr("As &SVG…"), this, [this] { exportImage(QStringLiteral("svg")); });
    exportMenu->addAction(tr("As &PNG…"), this, [this] { exportImage(QStringLiteral("png")); });
    exportMenu->addAction(tr("As P&DF…"), this, [this] { exportImage(QStringLiteral("pdf")); });
    exportMenu->addAction(tr("As D&OT (Graphviz)…"), this, [this] { exportImage(QStringLiteral("dot")); });
    addLinkChartExportActions(exportMenu, this, m_session, m_scene, m_export);
    FtmActions *ftm = FtmActions::install(m_session, this, file);
    TableImportActions::install(m_session, this, file, ftm->importAction());
    file->addSeparator();
    file->addAction(tr("&Recover Data…"), this, [this] { recoverData(this); })
        ->setObjectName(QStringLiteral("recoverData"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undo"));
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(standardKeys(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    redo->setObjectName(QStringLiteral("redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    for (QAction *a : {m_editor->addPartyAction(), m_editor->addLinkAction(), m_editor->addSiteAction(),
                       m_editor->addProductAction()})
        edit->addAction(a);
    edit->addSeparator();
    edit->addAction(m_editor->editAction());
    edit->addAction(m_editor->deleteAction());
    edit->addSeparator();
    edit->addActions(m_notes->actions());
    auto *merging = new PartyMergeActions(m_session, m_scene, m_outline, this);
    edit->addSeparator();
    edit->addAction(merging->mergeAction());
    m_editor->addPartyMenuAction(merging->mergeAction());
    m_editor->addPartyMenuAction(merging->mergeWithAction());

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->setObjectName(QStringLiteral("caseMenu"));
    QAction *properties = caseMenu->addAction(tr("&Properties…"), this, &MainWindow::editCaseProperties);
    properties->setObjectName(QStringLiteral("caseProperties"));
    connect(m_session, &CaseSession::caseReplaced, properties, [this, properties] { properties->setEnabled(m_session->hasCase()); });
    properties->setEnabled(m_session->hasCase());

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    view->addAction(m_navigator->fitAction());
    view->addAction(m_navigator->zoomInAction());
    view->addAction(m_navigator->zoomOutAction());
    view->addAction(m_navigator->pathAction());
    view->addAction(m_navigator->clearPathAction());
    view->addSeparator();
    view->addAction(m_panelsAsOf->toggleAction());
    view->addSeparator();
    view->addAction(m_layout->relayoutAction());
    view->addAction(m_layout->unpinAllAction());
    view->addAction(m_layout->cancelAction());

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    toolsMenu->addAction(merging->findDuplicatesAction());
    auto *lists = new ScreeningLists(m_session, this);
    toolsMenu->addAction(lists->action());
    connect(lists, &ScreeningLists::failed, this, &MainWindow::reportError);

    QToolBar *tools = addToolBar(tr("Chain"));
    tools->setObjectName(QStringLiteral("chainToolbar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_editor->addPartyAction());
    tools->addAction(m_editor->addLinkAction());
    tools->addAction(m_editor->deleteAction());
    tools->addAction(toolbarTwin(undo, tr("Undo"), QStringLiteral("undoButton")));
    tools->addAction(toolbarTwin(redo, tr("Redo"), QStringLiteral("redoButton")));
    tools->addSeparator();
    tools->addAction(m_layout->relayoutAction());
    m_navigator->addTo(tools);
    // Shortcuts work wherever the focus is in the window, also with the menu bar hidden.
    for (QAction *a : {undo, redo, m_editor->addPartyAction(), m_editor->addLinkAction(), m_editor->editAction(),
                       m_editor->deleteAction()})
        addAction(a);
    addActions(m_notes->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ChipTrail"), this, [this] {
        QMessageBox::about(this, tr("About ChipTrail"),
                           tr("<h3>ChipTrail %1</h3><p>Traces how export-controlled AI chips "
                              "travel from manufacturers to the tenants who rent them.</p>"
                              "<p>Its export-rule checks are not legal advice.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QStringLiteral(CHIPTRAIL_VERSION)));
    });
}

void MainWindow::installApplicationMenus(QMenu *language, QMenu *recentFiles)
{
    m_fileMenu->insertMenu(m_recentAnchor, recentFiles);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(language);
}

void MainWindow::caseReset()
{
    // Another case starts with nothing selected: its row ids name other parties and links.
    const CaseDocument *document = m_session->document();
    m_syncingSelection = true;
    m_outlineModel->setDocument(document);
    expandOutline();
    m_scene->setDocument(document);
    m_scene->setLinkColours({});
    const auto [first, last] = charts::replayRange(document->data(), QDate::currentDate());
    m_slider->setRange(first, last);
    m_syncingSelection = false;
    m_navigator->caseReloaded();
    m_editor->updateActions();
    m_shown = {};
    showOutlineSelection();
    if (m_session->hasCase()) {
        QTimer::singleShot(0, m_view, &ChainView::fitAll); // once the window has its size
        m_fitAfterLayout = true;
        m_layout->placeNewParties();
    }
    updateTitleAndCounts();
    // In place of the counts: the user should know the file was written on opening (however it
    // was opened: menu, command line, recent files).
    if (m_session->hasCase())
        if (const QString repaired = m_session->store()->repairedOnOpen(); !repaired.isEmpty())
            statusBar()->showMessage(repaired);
}

void MainWindow::expandOutline()
{
    // Groups open as far as they are short enough to read; a list of 20,000 links open in the tree
    // would also make every edit wait for the view to lay out all its rows again.
    constexpr int readableRows = 300;
    const std::function<void(const QModelIndex &, int)> expand = [&](const QModelIndex &parent, int depth) {
        for (int row = 0; row < m_outlineModel->rowCount(parent); ++row) {
            const QModelIndex group = m_outlineModel->index(row, 0, parent);
            const int rows = m_outlineModel->rowCount(group);
            if (rows == 0 || rows > readableRows)
                continue;
            m_outline->expand(group);
            if (depth > 0)
                expand(group, depth - 1);
        }
    };
    expand({}, 1);
}

void MainWindow::caseEdited(const CaseDelta &delta)
{
    m_syncingSelection = true;
    m_scene->applyDelta(delta);
    m_outlineModel->applyDelta(delta);
    m_syncingSelection = false;
    if (!delta.links.isEmpty()) { // a first dated link starts the timeline
        const auto [first, last] = charts::replayRange(m_session->document()->data(), QDate::currentDate());
        m_slider->setRange(first, last);
    }
    // The details and notes show one subject: they follow only edits that touch it.
    const auto touches = [&delta](const OutlineSubject &subject) {
        switch (subject.kind) {
        case OutlineSubject::Kind::Party: return delta.parties.touches(subject.id) || delta.partiesBacked.contains(subject.id);
        case OutlineSubject::Kind::Link:
            return delta.links.touches(subject.id) || delta.linksBacked.contains(subject.id) || !delta.parties.isEmpty()
                || !delta.products.isEmpty() || !delta.sites.isEmpty();
        case OutlineSubject::Kind::Site: return delta.sites.touches(subject.id) || delta.sitesBacked.contains(subject.id);
        case OutlineSubject::Kind::Product: return delta.products.touches(subject.id) || delta.productsBacked.contains(subject.id);
        case OutlineSubject::Kind::Source: return delta.sources.touches(subject.id) || !delta.notes.isEmpty();
        case OutlineSubject::Kind::None: return false;
        }
        return false;
    };
    if (touches(m_shown) || !delta.notes.isEmpty() || !delta.sources.isEmpty())
        showSubject(CaseOutlineModel::subjectAt(m_outline->currentIndex()));
    m_editor->updateActions();
    if (!delta.parties.added.isEmpty() || !delta.links.added.isEmpty() || !delta.links.updated.isEmpty())
        m_layout->placeNewParties();
    updateTitleAndCounts();
}

void MainWindow::showFindings()
{
    QHash<qint64, QColor> colours;
    for (const auto &f : m_session->document()->findings().links)
        colours.insert(f.link.value, findingshtml::verdictColour(f));
    m_scene->setLinkColours(colours);
    m_view->setLegend(tr("<b>Links by export-rule verdict</b>") + findingshtml::legendHtml());
}

void MainWindow::updateTitleAndCounts()
{
    if (!m_session->hasCase()) {
        setWindowTitle(tr("ChipTrail"));
        m_view->setEmptyHint(tr("No case is open.\nFile → New Case (Ctrl+N) starts one.\nFile → Open… (Ctrl+O) opens one.\n"
                                "File → Open Sample Case shows a case worked through from published reports."));
        return;
    }
    setWindowTitle(tr("%1 — ChipTrail").arg(m_session->displayName()));
    const CaseCounts counts = m_session->document()->counts();
    m_view->setEmptyHint(counts.parties > 0 ? QString()
                                            : tr("This case has no parties yet.\nEdit → Add Party… (Ctrl+P) adds the first one.\n"
                                                 "File → Import Table… brings in a spreadsheet of shipments."));
    // One plural piece per count: "1 party", "1 Akteur", never "1 parties".
    const QStringList pieces{tr("%n parties", "status bar", counts.parties), tr("%n links", "status bar", counts.links),
                             tr("%n sources", "status bar", counts.sources), tr("%n notes", "status bar", counts.notes),
                             tr("%n unsourced claims", "status bar", counts.unsourcedClaims)};
    statusBar()->showMessage(pieces.join(tr(" · ", "between the status bar's counts")));
}

void MainWindow::showOutlineMenu(const QPoint &pos)
{
    const OutlineSubject subject = CaseOutlineModel::subjectAt(m_outline->indexAt(pos));
    QMenu menu(this);
    m_editor->addSubjectActions(menu, subject);
    if (!menu.isEmpty())
        menu.exec(m_outline->viewport()->mapToGlobal(pos));
}

void MainWindow::showSubject(const OutlineSubject &subject)
{
    m_shown = subject;
    m_details->show(m_session->document(), subject);
    m_rules->setSubject(subject);
    Q_EMIT currentSubjectChanged(subject);
}

void MainWindow::showChart(charts::ChartKind kind)
{
    m_charts->showKind(kind);
    m_centreTabs->setCurrentWidget(m_charts);
}

void MainWindow::showRulesPanel()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("rulesDock"));
    dock->show();
    dock->raise();
    // Steps and citations are sentences: give them about a third of the window.
    resizeDocks({dock}, {std::max(dock->width(), width() * 36 / 100)}, Qt::Horizontal);
}

void MainWindow::showOutlineSelection()
{
    const OutlineSubject subject = CaseOutlineModel::subjectAt(m_outline->currentIndex());
    showSubject(subject);
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    QGraphicsItem *item = nullptr;
    if (subject.kind == OutlineSubject::Kind::Party)
        item = m_scene->node(PartyId(subject.id));
    else if (subject.kind == OutlineSubject::Kind::Link)
        item = m_scene->edge(LinkId(subject.id));
    if (item) {
        m_scene->clearSelection();
        item->setSelected(true);
        m_view->ensureVisible(item, 80, 80);
    }
    m_syncingSelection = false;
}

void MainWindow::showCanvasSelection()
{
    if (m_syncingSelection)
        return;
    OutlineSubject subject;
    if (const auto parties = m_scene->selectedParties(); parties.size() == 1)
        subject = {OutlineSubject::Kind::Party, parties.first().value};
    else if (const auto links = m_scene->selectedLinks(); links.size() == 1 && parties.isEmpty())
        subject = {OutlineSubject::Kind::Link, links.first().value};
    if (subject.kind == OutlineSubject::Kind::None)
        return;
    m_syncingSelection = true;
    m_outline->setCurrentIndex(m_outlineModel->indexOf(subject));
    showSubject(subject);
    m_syncingSelection = false;
}

void MainWindow::selectSubject(const OutlineSubject &subject)
{
    const QModelIndex index = m_outlineModel->indexOf(subject);
    if (index.isValid())
        m_outline->setCurrentIndex(index); // the outline tells the canvas and the panels
}

void MainWindow::setPrompts(CasePrompts *prompts)
{
    m_prompts = prompts ? prompts : m_ownPrompts.get();
}

bool MainWindow::mayReplaceCase()
{
    if (!m_session->hasUnsavedWork())
        return true; // a named case has every edit in its file already
    switch (m_prompts->askUnsaved(this, m_session->document()->data().info.title)) {
    case CasePrompts::Unsaved::Save: return saveCaseAs();
    case CasePrompts::Unsaved::Discard: return true;
    case CasePrompts::Unsaved::Cancel: break;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayReplaceCase()) {
        event->ignore();
        return;
    }
    if (m_session->isTemporary())
        m_session->closeCase(); // discarded: an untitled case nobody wants is not offered back
    QMainWindow::closeEvent(event);
}

void MainWindow::newCase()
{
    if (mayReplaceCase())
        attempt(tr("New case"), [this] { m_session->newCase(tr("Untitled case")); });
}

void MainWindow::openSampleCase()
{
    if (mayReplaceCase())
        attempt(tr("Open sample case"), [this] { m_session->openSample(); });
}

void MainWindow::openCase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open case"), QString(),
                                                      tr("ChipTrail cases (*.chiptrail);;All files (*)"));
    if (!path.isEmpty())
        openCaseFile(path);
}

void MainWindow::openCaseFile(const QString &path)
{
    if (mayReplaceCase())
        attempt(tr("Open case"), [&] { m_session->openFile(path); });
}

bool MainWindow::saveCase()
{
    if (!m_session->hasCase())
        return false;
    if (m_session->isTemporary())
        return saveCaseAs();
    statusBar()->showMessage(tr("Already saved: ChipTrail writes every edit to %1 as it is made")
                                 .arg(QDir::toNativeSeparators(m_session->store()->path())),
                             10000);
    return true;
}

bool MainWindow::saveCaseAs()
{
    if (!m_session->hasCase())
        return false;
    const CaseInfo info = m_session->document()->data().info;
    // A new case has no title of its own yet: the name the user saves it under becomes its title.
    // The placeholder in English or in the language of the window (a case made before a switch).
    const bool untitled = m_session->isTemporary()
                          && (info.title == QLatin1String("Untitled case") || info.title == tr("Untitled case")); // notr
    QString path = m_prompts->askSavePath(this, untitled ? QString() : info.title + QLatin1String(".chiptrail"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".chiptrail")))
        path += QLatin1String(".chiptrail");
    if (!attempt(tr("Save case"), [&] { m_session->saveAs(path); }))
        return false;
    if (untitled) {
        CaseInfo titled = info;
        titled.title = QFileInfo(path).completeBaseName();
        m_session->attempt(tr("Save case"), std::make_unique<SetCaseInfoCommand>(m_session, info, titled));
    }
    return true;
}

void MainWindow::editCaseProperties()
{
    if (!m_session->hasCase())
        return;
    const CaseInfo before = m_session->document()->data().info;
    CasePropertiesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.info() == before)
        return;
    m_session->attempt(tr("Case properties"), std::make_unique<SetCaseInfoCommand>(m_session, before, dialog.info()));
}

void MainWindow::exportImage(const QString &format)
{
    if (!m_session->hasCase())
        return;
    if (m_export->isRunning()) {
        reportError(tr("Export chain"), tr("Another export is still running; wait for it or cancel it."));
        return;
    }
    if (format == QLatin1String("dot")) { // the graph, not a picture: nothing to choose
        QString path = QFileDialog::getSaveFileName(this, tr("Export chain"), QString(), tr("%1 files (*.%2)").arg(QStringLiteral("DOT"), format));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".dot")))
            path += QLatin1String(".dot");
        m_export->start(*m_scene, ImageFormat::Dot, path);
        return;
    }
    // Format, page, parts of the frame; then the file. The export runs in the background.
    ExportImageDialog dialog(sceneToPicture(*m_scene, {}, LinesAndLabels::ToBePlaced), m_scene->asOf(),
                             imageFormatFromName(format), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString extension = dialog.commandLineArguments().value(1); // --format NAME
    QSettings settings;
    const QString folderKey = QLatin1String(ExportImageDialog::settingsGroup) + QStringLiteral("/folder");
    const QString folder = settings.value(folderKey).toString();
    const QString suggested = dialog.suggestedFileName(m_session->document()->data().info.title);
    QString path = QFileDialog::getSaveFileName(this, tr("Export chain"), folder.isEmpty() ? suggested : QDir(folder).filePath(suggested),
                                                tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    m_export->start(*m_scene, dialog.format(), path, dialog.options()); // the file is written in the background
}

void MainWindow::reportError(const QString &action, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, action, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace chiptrail::gui
