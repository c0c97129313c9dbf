// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexport.h"
#include "charts/chartset.h"
#include "rules/rulebook.h"

#include <QWidget>
#include <optional>

class QChartView;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace chiptrail::gui {

// The four charts of the current case, selection and "as of" date, one tab each, with export.
// It computes nothing itself: core/charts does, and ChartBuilder draws.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    void setCase(const CaseData &data);
    void setSelection(const QList<LinkId> &links, const QList<PartyId> &parties);
    const charts::ChartSet &chartSet() const { return m_set; }
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
    };
    void refresh();
    void exportCurrent(ChartImageFormat format);

    std::optional<RuleBook> m_book;
    QString m_bookError;
    CaseData m_case;
    charts::ChartRequest m_request;
    charts::ChartSet m_set;
    QTabWidget *m_tabs;
    QList<Page> m_pages; // in the order of charts::allChartKinds()
};

} // namespace chiptrail::gui
