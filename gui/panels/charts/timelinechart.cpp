// SPDX-License-Identifier: GPL-3.0-or-later
// One time axis, one lane per kind of event: what the case did and what the rules did around it.
// Markers carry their text as graphics items placed on the plot, since Qt 6.4 point labels can
// only show coordinates.
#include "chartbuilder.h"

#include "model/displaytext.h"
#include "timelinelabels.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPen>
#include <QScatterSeries>
#include <algorithm>
#include <cmath>
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

// The height each lane needs (in pixels, used as axis units) for its labels on a plot of the
// panel's usual width: rows above and below the markers, as the label layout fills them.
template <typename LabelText>
QList<qreal> laneHeightsFor(const charts::TimelineSeries &series, const QDate &first, const QDate &last,
                            const QFontMetricsF &metrics, LabelText labelText)
{
    constexpr qreal usualWidth = 560, tall = 4000;
    const qreal span = msecs(last) - msecs(first);
    QList<TimelineLane> bands;
    for (qsizetype i = 0; i < lanes.size(); ++i)
        bands << TimelineLane{i * tall, (i + 1) * tall, (i + 0.5) * tall};
    QList<TimelineLabelRequest> requests;
    for (const charts::TimelineEvent &e : series.events)
        requests << TimelineLabelRequest{
            QPointF(usualWidth * (msecs(e.date) - msecs(first)) / span, bands.at(lanes.indexOf(e.lane)).markerY),
            QSizeF(std::ceil(metrics.horizontalAdvance(labelText(e))) + 1, std::ceil(metrics.height())),
            int(lanes.indexOf(e.lane))};
    const QList<TimelineLabelPlace> places =
        placeTimelineLabels(requests, bands, QRectF(0, 0, usualWidth, tall * qreal(lanes.size())));
    QList<qreal> above(lanes.size(), 0), below(lanes.size(), 0);
    for (qsizetype i = 0; i < places.size(); ++i) {
        const int lane = requests.at(i).lane;
        const qreal markerY = bands.at(lane).markerY;
        above[lane] = std::max(above.at(lane), markerY - places.at(i).rect.top());
        below[lane] = std::max(below.at(lane), places.at(i).rect.bottom() - markerY);
    }
    QList<qreal> heights;
    const qreal least = 2 * metrics.height() + 16; // a marker, a row above and a row below
    for (qsizetype i = 0; i < lanes.size(); ++i)
        heights << std::max(least, 2 * std::max(above.at(i), below.at(i)) + 4);
    return heights;
}

} // namespace

QString ChartBuilder::kindWord(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Sale: return tr("sale");
    case LinkKind::Shipment: return tr("shipment");
    case LinkKind::Lease: return tr("lease / remote access");
    case LinkKind::Ownership: return tr("ownership / control");
    case LinkKind::Contract: return tr("contract");
    case LinkKind::Affiliation: return tr("affiliation / suspected ties");
    case LinkKind::Founder: return tr("founder / employment");
    }
    return {};
}

QString ChartBuilder::eventLabel(const charts::TimelineEvent &e)
{
    if (e.lane == EventLane::Case) {
        QString text = e.label;
        if (e.kind)
            text += QStringLiteral(": ") + kindWord(*e.kind);
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
        {"malaysia_sta_jul2025", QT_TR_NOOP("Malaysia: permit for US AI chips")},
        {"ear_hbm_fdp_dec2024", QT_TR_NOOP("HBM controls and FDP rules")},
        {"ear_foundry_due_diligence_jan2025", QT_TR_NOOP("Foundry due-diligence rule")},
    };
    QString text;
    for (const auto &[id, label] : known)
        if (e.id == QLatin1String(id))
            text = tr(label);
    if (text.isEmpty())
        text = e.label; // elided to the room there is when drawn
    return e.ends ? tr("%1 ends").arg(text) : text;
}

QChart *ChartBuilder::timeline(const charts::TimelineSeries &series, const QDate &asOf)
{
    QChart *chart = newChart(charts::ChartKind::Timeline, asOf);
    chart->legend()->hide();
    const QDate first = series.first().addMonths(-2);
    const QDate last = std::max(series.last(), asOf).addMonths(2);
    auto *x = new QDateTimeAxis;
    x->setFormat(DisplayText::monthAxisFormat()); // month names of the chart's locale, the UI one
    x->setTitleText(tr("Date"));
    x->setRange(first.startOfDay(), last.startOfDay());
    x->setTickCount(9);
    chart->addAxis(x, Qt::AlignBottom);

    QFont labelFont = chart->font();
    labelFont.setPointSizeF(7.5);
    const QFontMetricsF metrics(labelFont);
    const auto labelText = [](const charts::TimelineEvent &e) -> QString {
        return DisplayText::shortDate(e.date) + QStringLiteral("  ") + eventLabel(e);
    };
    // Crowded lanes get more height: each lane's band is as tall as its labels need when laid
    // out on a plot of the panel's usual width (on wider plots they need fewer rows).
    const QList<qreal> laneHeights = laneHeightsFor(series, first, last, metrics, labelText);
    QList<qreal> laneStart, laneMiddle;
    qreal total = 0;
    // Lane names are rich text: the long one takes two lines and leaves the plot its width.
    const QStringList laneNames{tr("Not in force"), tr("Other rules"), tr("Entity List"), tr("Chip rules<br>and decisions"),
                                tr("Case")}; // in the order of `lanes`
    auto *y = new QCategoryAxis;
    y->setStartValue(0);
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        laneStart << total;
        laneMiddle << total + laneHeights.at(i) / 2;
        total += laneHeights.at(i);
        y->append(laneNames.at(i), total);
    }
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    y->setRange(0, total);
    chart->addAxis(y, Qt::AlignLeft);
    // The lanes are measured in pixels: a shorter plot would squeeze rows together and lose
    // labels. Title, legend and date axis take about 150 pixels more.
    chart->setProperty(neededHeightProperty, int(std::ceil(total)) + 150);

    struct Placed
    {
        QPointF value;
        QString fullText;
        QGraphicsSimpleTextItem *text;
        QGraphicsRectItem *backing; // hides a leader line that has to pass behind the text
        QGraphicsLineItem *leader;
        int lane;
    };
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
        for (const charts::TimelineEvent &e : series.events) {
            if (e.lane != lane)
                continue;
            const QPointF point(msecs(e.date), laneMiddle.at(laneIndex));
            (e.ends ? ends : starts)->append(point);
            // One label per event, even when events share a day: each gets its own row.
            const QString full = labelText(e);
            auto *text = new QGraphicsSimpleTextItem(chart);
            text->setFont(labelFont);
            text->setBrush(laneColour(lane).darker(150));
            text->setToolTip(e.lane == EventLane::Case ? full : full + QLatin1Char('\n') + e.label);
            text->setZValue(11);
            auto *backing = new QGraphicsRectItem(chart);
            backing->setPen(Qt::NoPen);
            backing->setBrush(QColor(255, 255, 255, 215));
            backing->setZValue(10);
            auto *leader = new QGraphicsLineItem(chart);
            leader->setPen(QPen(laneColour(lane).lighter(130), 0.8));
            leader->setZValue(9);
            placed->append({point, full, text, backing, leader, int(laneIndex)});
        }
        for (QScatterSeries *s : {starts, ends}) {
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
    }
    if (asOf.isValid()) {
        auto *line = new QLineSeries;
        line->append(msecs(asOf), 0);
        line->append(msecs(asOf), total);
        line->setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5, Qt::DashLine));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    // Labels follow the plot when the chart is resized (on screen and before every export).
    QObject::connect(chart, &QChart::plotAreaChanged, chart,
                     [chart, placed, laneStart, laneMiddle, total, metrics](const QRectF &plot) {
        QList<TimelineLane> bands;
        for (qsizetype i = 0; i < laneStart.size(); ++i) {
            const qreal end = i + 1 < laneStart.size() ? laneStart.at(i + 1) : total;
            const QPointF low = chart->mapToPosition(QPointF(0, laneStart.at(i)));
            const QPointF high = chart->mapToPosition(QPointF(0, end));
            const QPointF middle = chart->mapToPosition(QPointF(0, laneMiddle.at(i)));
            bands << TimelineLane{high.y(), low.y(), middle.y()};
        }
        QList<TimelineLabelRequest> requests;
        for (const Placed &p : *placed)
            requests << TimelineLabelRequest{chart->mapToPosition(p.value),
                                             QSizeF(std::ceil(metrics.horizontalAdvance(p.fullText)) + 1,
                                                    std::ceil(metrics.height())),
                                             p.lane};
        const QList<TimelineLabelPlace> places = placeTimelineLabels(requests, bands, plot);
        for (qsizetype i = 0; i < places.size(); ++i) {
            const Placed &p = placed->at(i);
            const TimelineLabelPlace &place = places.at(i);
            const bool shown = !place.rect.isNull();
            // A crowded label is shortened to its room; the tooltip keeps the whole text.
            p.text->setText(place.fits ? p.fullText : metrics.elidedText(p.fullText, Qt::ElideRight, place.rect.width() - 1));
            p.text->setPos(place.rect.topLeft());
            p.backing->setRect(QRectF(place.rect.topLeft(), p.text->boundingRect().size()));
            p.leader->setLine(place.leader);
            for (QGraphicsItem *item : {static_cast<QGraphicsItem *>(p.text), static_cast<QGraphicsItem *>(p.backing),
                                        static_cast<QGraphicsItem *>(p.leader)})
                item->setVisible(shown);
        }
    });
    return chart;
}

} // namespace chiptrail::gui
