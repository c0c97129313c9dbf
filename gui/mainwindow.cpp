// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "casesession.h"
#include "panels/caseoutlinemodel.h"
#include "panels/detailspane.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

namespace chiptrail::gui {

MainWindow::MainWindow(CaseSession *session, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_outlineModel(new CaseOutlineModel(this)),
      m_outline(new QTreeView),
      m_details(new DetailsPane)
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1280, 800);

    m_outline->setObjectName(QStringLiteral("caseOutline"));
    m_outline->setModel(m_outlineModel);
    m_outline->setUniformRowHeights(true);
    m_outline->header()->hide();
    auto *outlineDock = new QDockWidget(tr("Case outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    resizeDocks({outlineDock}, {340}, Qt::Horizontal);

    m_details->setObjectName(QStringLiteral("detailsPane"));
    setCentralWidget(m_details);

    buildMenus();
    connect(m_session, &CaseSession::caseReplaced, this, &MainWindow::refresh);
    connect(m_session, &CaseSession::caseChanged, this, &MainWindow::refresh);
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelection);
    refresh();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Case"), QKeySequence::New, this, [this] {
        attempt(tr("New case"), [this] { m_session->newCase(tr("Untitled case")); });
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openCase);
    file->addAction(tr("Open &Sample Case"), this, [this] {
        attempt(tr("Open sample case"), [this] { m_session->openSample(); });
    });
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveCaseAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);

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

void MainWindow::refresh()
{
    const OutlineSubject selected = CaseOutlineModel::subjectAt(m_outline->currentIndex());
    if (!m_session->hasCase()) {
        m_outlineModel->setCase({});
        setWindowTitle(tr("ChipTrail"));
        return;
    }
    m_outlineModel->setCase(m_session->store()->load());
    m_outline->expandToDepth(1);
    setWindowTitle(tr("%1 — ChipTrail").arg(m_session->displayName()));
    const QModelIndex again = m_outlineModel->indexOf(selected);
    if (again.isValid())
        m_outline->setCurrentIndex(again);
    const CaseCounts counts = m_session->store()->counts();
    statusBar()->showMessage(tr("%1 parties · %2 links · %3 sources · %4 notes · %5 unsourced claims")
                                 .arg(counts.parties)
                                 .arg(counts.links)
                                 .arg(counts.sources)
                                 .arg(counts.notes)
                                 .arg(counts.unsourcedClaims));
}

void MainWindow::showSelection()
{
    m_details->show(m_session->store(), CaseOutlineModel::subjectAt(m_outline->currentIndex()));
}

void MainWindow::openCase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open case"), QString(),
                                                      tr("ChipTrail cases (*.chiptrail);;All files (*)"));
    if (!path.isEmpty())
        attempt(tr("Open case"), [&] { m_session->openFile(path); });
}

void MainWindow::saveCaseAs()
{
    if (!m_session->hasCase())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save case as"), QString(),
                                                tr("ChipTrail cases (*.chiptrail)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".chiptrail")))
        path += QLatin1String(".chiptrail");
    attempt(tr("Save case"), [&] { m_session->saveAs(path); });
}

void MainWindow::reportError(const QString &action, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, action, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorDialog"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace chiptrail::gui
