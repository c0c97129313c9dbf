// SPDX-License-Identifier: GPL-3.0-or-later
// One time axis, one lane per kind of event: what the case did and what the rules did around it.
// Markers carry their text as graphics items placed on the plot, since Qt 6.4 point labels can
// only show coordinates.
#include "chartbuilder.h"

#include "panels/displaytext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPen>
#include <QScatterSeries>
#include <algorithm>
#include <memory>

namespace chiptrail::gui {
namespace {

using charts::EventLane;

const QList<EventLane> lanes{EventLane::Counterfactual, EventLane::OtherRule, EventLane::EntityList,
                             EventLane::ChipRule, EventLane::Case}; // bottom to top

qreal msecs(const QDate &date) { return qreal(date.startOfDay().toMSecsSinceEpoch()); }

QColor laneColour(EventLane lane)
{
    switch (lane) {
    case EventLane::Case: return QColor(0x2f, 0x6f, 0xb3);
    case EventLane::ChipRule: return QColor(0xd9, 0x48, 0x1c);
    case EventLane::EntityList: return QColor(0x8e, 0x24, 0x3a);
    case EventLane::OtherRule: return QColor(0x5d, 0x6d, 0x7e);
    case EventLane::Counterfactual: return QColor(0xc9, 0x9a, 0x1a);
    }
    return Qt::black;
}

} // namespace

QString ChartBuilder::eventLabel(const charts::TimelineEvent &e)
{
    if (e.lane == EventLane::Case) {
        QString text = e.label;
        if (e.kind)
            text += QStringLiteral(": ") + DisplayText::linkKind(*e.kind);
        if (e.chips)
            text += QStringLiteral(", ") + tr("%1 GPUs").arg(QLocale().toString(*e.chips));
        return text;
    }
    if (e.lane == EventLane::EntityList)
        return tr("Entity List: %1").arg(e.label);
    // Short names for the rules a reader of this case knows; others by their title.
    static const QList<std::pair<const char *, const char *>> known{
        {"ear_3a090_oct2022", QT_TR_NOOP("2022 chip rule")},
        {"ear_3a090_oct2023", QT_TR_NOOP("2023 chip rule")},
        {"ai_diffusion", QT_TR_NOOP("AI Diffusion Rule")},
        {"usg_is_informed_h20_apr2025", QT_TR_NOOP("H20 licence requirement")},
        {"usg_is_informed_h20_apr2025:case_by_case", QT_TR_NOOP("H20 licences case by case")},
        {"h200_china_policy", QT_TR_NOOP("H200 case-by-case review")},
        {"bis_guidance_may2025", QT_TR_NOOP("BIS guidance (May 2025)")},
        {"affiliates_rule_sep2025", QT_TR_NOOP("Affiliates Rule")},
        {"ear_3a090_oct2023:hq_confirmed", QT_TR_NOOP("BIS guidance on D:5 headquarters")},
    };
    QString text;
    for (const auto &[id, label] : known)
        if (e.id == QLatin1String(id))
            text = tr(label);
    if (text.isEmpty())
        text = e.label.size() > 38 ? e.label.left(36).trimmed() + QStringLiteral("…") : e.label;
    return e.ends ? tr("%1 ends").arg(text) : text;
}

QChart *ChartBuilder::timeline(const charts::TimelineSeries &series, const QDate &asOf)
{
    QChart *chart = newChart(charts::ChartKind::Timeline, asOf);
    chart->legend()->hide();
    QDate first = series.first().addMonths(-2);
    QDate last = std::max(series.last(), asOf).addMonths(6); // room for the last labels
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setTitleText(tr("Date"));
    x->setRange(first.startOfDay(), last.startOfDay());
    x->setTickCount(9);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QCategoryAxis;
    y->setStartValue(-0.5);
    const QStringList laneNames{tr("Not in force"), tr("Other rules"), tr("Entity List"), tr("Chip rules and decisions"),
                                tr("Case")}; // in the order of `lanes`
    for (qsizetype i = 0; i < lanes.size(); ++i)
        y->append(laneNames.at(i), qreal(i) + 0.5);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setRange(-0.5, qreal(lanes.size()) - 0.5);
    chart->addAxis(y, Qt::AlignLeft);

    struct Placed { QPointF value; QGraphicsSimpleTextItem *text; qsizetype lane; };
    auto placed = std::make_shared<QList<Placed>>();
    for (qsizetype laneIndex = 0; laneIndex < lanes.size(); ++laneIndex) {
        const EventLane lane = lanes.at(laneIndex);
        auto *starts = new QScatterSeries;
        auto *ends = new QScatterSeries;
        for (QScatterSeries *s : {starts, ends}) {
            s->setColor(laneColour(lane));
            s->setBorderColor(laneColour(lane).darker(140));
            s->setMarkerSize(11);
        }
        ends->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        ends->setColor(Qt::white);
        // Events of one lane on one day share a marker and a label.
        QMap<QDate, QStringList> byDay;
        for (const charts::TimelineEvent &e : series.events) {
            if (e.lane != lane)
                continue;
            const QPointF point(msecs(e.date), qreal(laneIndex));
            (e.ends ? ends : starts)->append(point);
            byDay[e.date] << eventLabel(e);
        }
        for (auto day = byDay.cbegin(); day != byDay.cend(); ++day) {
            const QPointF point(msecs(day.key()), qreal(laneIndex));
            auto *text = new QGraphicsSimpleTextItem(
                QLocale().toString(day.key(), QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ')
                    + day.value().join(QStringLiteral("; ")), chart);
            QFont font = text->font();
            font.setPointSizeF(7.5);
            text->setFont(font);
            text->setBrush(laneColour(lane).darker(150));
            text->setZValue(10);
            placed->append({point, text, laneIndex});
        }
        for (QScatterSeries *s : {starts, ends}) {
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }
    if (asOf.isValid()) {
        auto *line = new QLineSeries;
        line->append(msecs(asOf), -0.5);
        line->append(msecs(asOf), qreal(lanes.size()) - 0.5);
        line->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    // Labels follow the plot when the chart is resized (on screen and before every export).
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, placed](const QRectF &plot) {
        // Each label takes the lowest row of its lane that is free at its left edge, so
        // neighbours stack instead of overlapping.
        constexpr int rows = 6;
        QHash<qsizetype, QList<qreal>> rightEdges;
        for (const Placed &p : *placed) {
            const QPointF at = chart->mapToPosition(p.value);
            QList<qreal> &edges = rightEdges[p.lane];
            edges.resize(rows, -1e9);
            int row = 0;
            while (row < rows - 1 && edges.at(row) > at.x())
                ++row;
            edges[row] = at.x() + p.text->boundingRect().width() + 12;
            p.text->setPos(at + QPointF(6, -8 - 10.5 * row));
            p.text->setVisible(plot.adjusted(-1, -30, 1, 1).contains(at));
        }
    });
    return chart;
}

} // namespace chiptrail::gui
