// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainnavigator.h"

#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/partynodeitem.h"
#include "model/chaingraph.h"
#include "panels/charts/asofedit.h"

#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QToolBar>

namespace chiptrail::gui {

ChainNavigator::ChainNavigator(ChainScene *scene, ChainView *view) : QObject(view), m_scene(scene), m_view(view)
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("partySearch"));
    m_search->setPlaceholderText(tr("Find party (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(240);
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findParty(m_search->text()); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) { findParty(text); });
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    view->addAction(focusSearch);

    m_fit = new QAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("&Fit Chain"), this);
    m_fit->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(m_fit, &QAction::triggered, view, &ChainView::fitAll);
    m_zoomIn = new QAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), this);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, view, [view] { view->zoomBy(1.25); });
    m_zoomOut = new QAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, view, [view] { view->zoomBy(0.8); });

    m_path = new QAction(tr("&Highlight Path"), this);
    m_path->setObjectName(QStringLiteral("highlightPath"));
    m_path->setToolTip(tr("Select two parties, then show the links between them"));
    connect(m_path, &QAction::triggered, this, &ChainNavigator::highlightPathOfSelection);
    m_clearPath = new QAction(tr("&Clear Highlight"), this);
    m_clearPath->setShortcut(Qt::Key_Escape);
    connect(m_clearPath, &QAction::triggered, scene, &ChainScene::clearHighlight);
    m_unsourced = new QAction(tr("Only &Unsourced"), this);
    m_unsourced->setCheckable(true);
    m_unsourced->setToolTip(tr("Fade everything that a source note backs"));
    connect(m_unsourced, &QAction::toggled, scene, &ChainScene::setShowOnlyUnsourced);

    m_asOfEnabled = new QCheckBox(tr("As of"));
    m_asOfEnabled->setObjectName(QStringLiteral("asOfEnabled"));
    m_asOf = new AsOfEdit;
    m_asOf->setObjectName(QStringLiteral("asOfDate"));
    m_asOf->setDate(QDate::currentDate());
    // Only the user's own edits are announced; setAsOf() follows the slider without echoing back.
    const auto applyAsOf = [this] {
        const QDate date = m_asOfEnabled->isChecked() ? m_asOf->date() : QDate();
        setAsOf(date);
        Q_EMIT asOfChanged(date);
    };
    connect(m_asOfEnabled, &QCheckBox::toggled, this, applyAsOf);
    // Typing a date means "as of" it: the box is always open for typing and ticks itself.
    connect(m_asOf, &AsOfEdit::dateChanged, this, [this, applyAsOf] {
        {
            const QSignalBlocker block(m_asOfEnabled);
            m_asOfEnabled->setChecked(m_asOf->date().isValid());
        }
        applyAsOf();
    });

    connect(scene, &QGraphicsScene::selectionChanged, this, &ChainNavigator::updateActions);
    updateActions();
}

void ChainNavigator::addTo(QToolBar *toolBar)
{
    toolBar->addWidget(m_search);
    // Zoom stays in the View menu and on the mouse wheel: the toolbar must fit 1,440 px in German too.
    toolBar->addAction(m_fit);
    toolBar->addSeparator();
    toolBar->addAction(m_path);
    toolBar->addAction(m_unsourced);
    toolBar->addSeparator();
    toolBar->addWidget(m_asOfEnabled);
    toolBar->addWidget(m_asOf);
}

void ChainNavigator::caseReloaded()
{
    QStringList names;
    for (const auto &p : m_scene->caseData().parties) {
        names << p.name;
        names << p.aliases;
    }
    auto *model = static_cast<QStringListModel *>(m_search->completer()->model());
    model->setStringList(names);
    updateActions();
}

void ChainNavigator::updateActions() { m_path->setEnabled(m_scene->selectedParties().size() == 2); }

bool ChainNavigator::findParty(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    // Exact name first, then an alias, then any name containing the text.
    const Party *best = nullptr;
    int bestRank = 4;
    for (const auto &p : m_scene->caseData().parties) {
        int rank = 4;
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            rank = 0;
        else if (p.aliases.contains(wanted, Qt::CaseInsensitive))
            rank = 1;
        else if (p.name.contains(wanted, Qt::CaseInsensitive))
            rank = 2;
        else if (std::any_of(p.aliases.begin(), p.aliases.end(),
                             [&](const QString &a) { return a.contains(wanted, Qt::CaseInsensitive); }))
            rank = 3;
        if (rank < bestRank) {
            bestRank = rank;
            best = &p;
        }
    }
    if (!best) {
        Q_EMIT message(tr("No party matches “%1”.").arg(wanted));
        return false;
    }
    PartyNodeItem *node = m_scene->revealNode(best->id);
    if (!node)
        return false;
    m_scene->clearSelection();
    node->setSelected(true);
    m_view->centerOn(node);
    return true;
}

void ChainNavigator::highlightPathOfSelection()
{
    const QList<PartyId> parties = m_scene->selectedParties();
    if (parties.size() != 2)
        return;
    QList<LinkId> path = chaingraph::shortestPath(m_scene->caseData(), parties.at(0), parties.at(1));
    if (path.isEmpty())
        path = chaingraph::shortestPath(m_scene->caseData(), parties.at(1), parties.at(0));
    if (path.isEmpty()) {
        Q_EMIT message(tr("These two parties are not connected."));
        return;
    }
    m_scene->highlightPath(path);
    Q_EMIT message(tr("Path of %n link(s).", nullptr, int(path.size())));
}

void ChainNavigator::setAsOf(const QDate &date)
{
    {
        const QSignalBlocker blockCheck(m_asOfEnabled);
        const QSignalBlocker blockDate(m_asOf);
        m_asOfEnabled->setChecked(date.isValid());
        if (date.isValid())
            m_asOf->setDate(date);
    }
    if (date != m_scene->asOf())
        m_scene->setAsOf(date);
}

} // namespace chiptrail::gui
