// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowhost.h"

#include "casesession.h"
#include "mainwindow.h"
#include "panels/charts/timelineslider.h"
#include "recentfiles.h"
#include "uilanguage.h"

#include <QEvent>
#include <QSettings>
#include <QTabWidget>
#include <QTreeView>

namespace chiptrail::gui {
namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString docksKey = QStringLiteral("window/docks");
constexpr int docksVersion = 1; // raise when docks are renamed, so old layouts are ignored

} // namespace

WindowHost::WindowHost(CaseSession *session, UiLanguage *language, QObject *parent)
    : QObject(parent), m_session(session), m_language(language), m_recent(new RecentFiles(this))
{
    const auto remember = [this] {
        if (m_session->hasCase() && !m_session->isTemporary())
            m_recent->add(m_session->store()->path());
    };
    connect(m_session, &CaseSession::caseReplaced, this, remember);
    connect(m_session, &CaseSession::fileChanged, this, remember); // saved under a name

    // Queued: the switch is triggered from a menu of the window that is about to be replaced.
    connect(m_language, &UiLanguage::changed, this, &WindowHost::rebuild, Qt::QueuedConnection);
    build();
}

WindowHost::~WindowHost()
{
    delete m_window;
}

void WindowHost::build()
{
    m_window = new MainWindow(m_session);
    m_window->setPrompts(m_prompts);
    m_window->installApplicationMenus(m_language->createMenu(m_window), m_recent->createMenu(m_window));
    connect(m_recent, &RecentFiles::openRequested, m_window, &MainWindow::openCaseFile);
    m_window->installEventFilter(this);
}

void WindowHost::setPrompts(CasePrompts *prompts)
{
    m_prompts = prompts;
    m_window->setPrompts(prompts);
}

void WindowHost::show(bool restoreLayout)
{
    if (restoreLayout) {
        const QSettings settings;
        m_window->restoreGeometry(settings.value(geometryKey).toByteArray());
        m_window->restoreState(settings.value(docksKey).toByteArray(), docksVersion);
    }
    m_window->show();
}

WindowHost::ViewState WindowHost::capture() const
{
    ViewState state;
    state.geometry = m_window->saveGeometry();
    state.docks = m_window->saveState(docksVersion);
    state.subject = CaseOutlineModel::subjectAt(m_window->outlineView()->currentIndex());
    state.asOf = m_window->timelineSlider()->asOf();
    if (const auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centreTabs")))
        state.centreTab = tabs->currentIndex();
    state.visible = m_window->isVisible();
    return state;
}

void WindowHost::restore(const ViewState &state)
{
    m_window->restoreGeometry(state.geometry);
    m_window->restoreState(state.docks, docksVersion);
    if (auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centreTabs")))
        tabs->setCurrentIndex(state.centreTab);
    if (state.asOf.isValid())
        m_window->timelineSlider()->setAsOf(state.asOf);
    if (state.subject.kind != OutlineSubject::Kind::None)
        m_window->selectSubject(state.subject);
    if (state.visible)
        m_window->show();
}

void WindowHost::rebuild()
{
    if (!m_window)
        return;
    const ViewState state = capture();
    m_window->removeEventFilter(this);
    disconnect(m_recent, nullptr, m_window, nullptr);
    delete m_window;
    build();
    restore(state);
    Q_EMIT windowReplaced(m_window);
}

void WindowHost::saveLayout() const
{
    QSettings settings;
    settings.setValue(geometryKey, m_window->saveGeometry());
    settings.setValue(docksKey, m_window->saveState(docksVersion));
}

bool WindowHost::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: comparing with m_window casts `watched` to MainWindow, which is undefined
    // for the events a window being destroyed still sends.
    if (event->type() == QEvent::Close && watched == m_window)
        saveLayout();
    return QObject::eventFilter(watched, event);
}

} // namespace chiptrail::gui
