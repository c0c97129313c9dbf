// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexport.h"
#include "charts/chartset.h"
#include "document/casedelta.h"

#include <QWidget>
#include <optional>

class QChartView;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTabWidget;

namespace chiptrail {
class CaseDocument;
}

namespace chiptrail::gui {

// The four charts of the current case, selection and "as of" date, one tab each, with export.
// It computes nothing itself: the case document holds the case and its findings, core/charts
// turns them into series, and ChartBuilder draws. Hidden, it only notes that it is out of date.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(const CaseDocument *document, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    void setSelection(const QList<LinkId> &links, const QList<PartyId> &parties);
    const charts::ChartSet &chartSet() const; // brought up to date first
    QDate asOf() const { return m_request.asOf; }

    charts::ChartKind currentKind() const;
    void showKind(charts::ChartKind kind);
    QChartView *chartView(charts::ChartKind kind) const; // the view of a chart, shown or not
    QLabel *emptyLabel(charts::ChartKind kind) const;
    bool isShowingChart(charts::ChartKind kind) const;
    // Exports the chart of `kind` as it is now; throws CaseError.
    void exportChart(charts::ChartKind kind, ChartImageFormat format, const QString &path) const;

public Q_SLOTS:
    void setAsOf(const QDate &date);

Q_SIGNALS:
    void failed(const QString &action, const QString &message);

private:
    struct Page
    {
        QStackedWidget *stack = nullptr;
        QLabel *empty = nullptr;
        QChartView *view = nullptr;
        QScrollArea *scroll = nullptr;
    };
    void showEvent(QShowEvent *event) override;
    void invalidate(); // redraws now when shown, else when next shown
    void refresh();
    void exportCurrent(ChartImageFormat format);

    const CaseDocument *m_document;
    bool m_stale = true;
    charts::ChartRequest m_request;
    charts::ChartSet m_set;
    QTabWidget *m_tabs;
    QList<Page> m_pages; // in the order of charts::allChartKinds()
};

} // namespace chiptrail::gui
