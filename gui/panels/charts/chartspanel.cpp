// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspanel.h"

#include "chartbuilder.h"
#include "document/casedocument.h"
#include "error.h"

#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace chiptrail::gui {

using charts::ChartKind;

ChartsPanel::ChartsPanel(const CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    for (const ChartKind kind : charts::allChartKinds()) {
        Page page;
        page.stack = new QStackedWidget;
        page.empty = new QLabel;
        page.empty->setObjectName(toWord(kind) + QStringLiteral("Empty"));
        page.empty->setAlignment(Qt::AlignCenter);
        page.empty->setWordWrap(true);
        page.empty->setMargin(40);
        page.view = new QChartView;
        page.view->setObjectName(toWord(kind) + QStringLiteral("Chart"));
        page.view->setRenderHint(QPainter::Antialiasing);
        // A chart that needs more height than the panel has (the timeline's labels) scrolls
        // instead of losing labels.
        page.scroll = new QScrollArea;
        page.scroll->setWidgetResizable(true);
        page.scroll->setFrameShape(QFrame::NoFrame);
        page.scroll->setWidget(page.view);
        page.stack->addWidget(page.empty);
        page.stack->addWidget(page.scroll);
        m_tabs->addTab(page.stack, ChartBuilder::title(kind));
        m_pages << page;
    }
    auto *exportPng = new QPushButton(tr("Export as PNG…"));
    exportPng->setObjectName(QStringLiteral("exportChartPng"));
    auto *exportSvg = new QPushButton(tr("Export as SVG…"));
    exportSvg->setObjectName(QStringLiteral("exportChartSvg"));
    connect(exportPng, &QPushButton::clicked, this, [this] { exportCurrent(ChartImageFormat::Png); });
    connect(exportSvg, &QPushButton::clicked, this, [this] { exportCurrent(ChartImageFormat::Svg); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(exportPng);
    buttons->addWidget(exportSvg);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_document, &CaseDocument::reset, this, &ChartsPanel::invalidate);
    connect(m_document, &CaseDocument::findingsChanged, this, &ChartsPanel::invalidate);
    connect(m_document, &CaseDocument::changed, this, [this](const CaseDelta &delta) {
        if (!delta.parties.isEmpty() || !delta.links.isEmpty() || !delta.sites.isEmpty() || !delta.products.isEmpty())
            invalidate();
    });
    refresh();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

const charts::ChartSet &ChartsPanel::chartSet() const
{
    if (m_stale)
        const_cast<ChartsPanel *>(this)->refresh();
    return m_set;
}

void ChartsPanel::setSelection(const QList<LinkId> &links, const QList<PartyId> &parties)
{
    if (links == m_request.selectedLinks && parties == m_request.selectedParties)
        return;
    m_request.selectedLinks = links;
    m_request.selectedParties = parties;
    invalidate();
}

void ChartsPanel::setAsOf(const QDate &date)
{
    if (date == m_request.asOf)
        return;
    m_request.asOf = date;
    invalidate();
}

void ChartsPanel::refresh()
{
    m_stale = false;
    if (!m_document->ruleBook()) {
        for (Page &page : m_pages) {
            page.empty->setText(tr("The rule data could not be read: %1").arg(m_document->ruleBookError()));
            page.stack->setCurrentWidget(page.empty);
        }
        return;
    }
    try {
        m_set = charts::computeCharts(m_document->data(), *m_document->ruleBook(), m_document->findings(), m_request);
    } catch (const CaseError &error) {
        m_set = {};
        Q_EMIT failed(tr("Charts"), error.message());
    }
    const QList<ChartKind> kinds = charts::allChartKinds();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        Page &page = m_pages[i];
        QChart *old = page.view->chart();
        QChart *chart = ChartBuilder::build(kinds.at(i), m_set);
        if (chart) {
            page.view->setChart(chart); // the view owns it now
            page.view->setMinimumHeight(chart->property(ChartBuilder::neededHeightProperty).toInt());
            page.stack->setCurrentWidget(page.scroll);
        } else {
            page.view->setChart(new QChart);
            page.empty->setText(ChartBuilder::emptyMessage(kinds.at(i), m_set));
            page.stack->setCurrentWidget(page.empty);
        }
        delete old; // setChart does not delete the chart it replaces
    }
}

ChartKind ChartsPanel::currentKind() const { return charts::allChartKinds().value(m_tabs->currentIndex()); }

void ChartsPanel::showKind(ChartKind kind) { m_tabs->setCurrentIndex(int(charts::allChartKinds().indexOf(kind))); }

QChartView *ChartsPanel::chartView(ChartKind kind) const
{
    chartSet(); // what is asked about is the chart as it is now
    return m_pages.at(charts::allChartKinds().indexOf(kind)).view;
}

QLabel *ChartsPanel::emptyLabel(ChartKind kind) const { chartSet(); return m_pages.at(charts::allChartKinds().indexOf(kind)).empty; }

bool ChartsPanel::isShowingChart(ChartKind kind) const
{
    chartSet();
    const Page &page = m_pages.at(charts::allChartKinds().indexOf(kind));
    return page.stack->currentWidget() == page.scroll;
}

void ChartsPanel::exportChart(ChartKind kind, ChartImageFormat format, const QString &path) const
{
    gui::exportChart(kind, chartSet(), format, path);
}

void ChartsPanel::exportCurrent(ChartImageFormat format)
{
    const QString suffix = format == ChartImageFormat::Png ? QStringLiteral("png") : QStringLiteral("svg");
    const ChartKind kind = currentKind();
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), toWord(kind) + QLatin1Char('.') + suffix,
                                                tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix))
        path += QLatin1Char('.') + suffix;
    try {
        exportChart(kind, format, path);
    } catch (const CaseError &error) {
        Q_EMIT failed(tr("Export chart"), error.message());
    }
}

} // namespace chiptrail::gui
