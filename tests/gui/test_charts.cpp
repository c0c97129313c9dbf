// SPDX-License-Identifier: GPL-3.0-or-later
// The Charts tab and the "as of" slider: one date drives canvas and charts together, the charts
// show the sample's numbers, and every chart exports as a valid PNG and SVG (GUI and CLI).
#include "canvas/chainscene.h"
#include "panels/charts/asofedit.h"
#include "panels/charts/chartbuilder.h"
#include "panels/charts/timelinelabels.h"
#include "rules/rulebook.h"
#include "canvas/linkedgeitem.h"
#include "casesession.h"
#include "clichartcommand.h"
#include "cli/commands.h"
#include "interchange/casejson.h"
#include "mainwindow.h"
#include "panels/charts/chartspanel.h"
#include "panels/charts/timelineslider.h"
#include "store/casestore.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QSlider>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDomDocument>
#include <QImage>
#include <QLineSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::gui;
using charts::ChartKind;

namespace {

QList<qreal> barValues(QChartView *view, int set)
{
    const auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    QList<qreal> values;
    if (series)
        for (int i = 0; i < series->barSets().at(set)->count(); ++i)
            values << series->barSets().at(set)->at(i);
    return values;
}

bool visibleEdge(ChainScene *scene, const QString &key)
{
    for (const Link &link : scene->caseData().links)
        if (link.key == key)
            return scene->edge(link.id) && scene->edge(link.id)->isVisible() && !scene->edge(link.id)->line().dimmed;
    return false;
}

QList<QGraphicsSimpleTextItem *> eventLabels(QChart *chart)
{
    QList<QGraphicsSimpleTextItem *> labels;
    for (QGraphicsItem *item : chart->childItems())
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            labels << text;
    return labels;
}

// Every label inside the plot and clear of every other one; the first offender otherwise.
QString labelProblem(QChart *chart)
{
    const QList<QGraphicsSimpleTextItem *> labels = eventLabels(chart);
    const QRectF plot = chart->plotArea().adjusted(-0.5, -0.5, 0.5, 0.5);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (!labels.at(i)->isVisible())
            return QStringLiteral("an event has no label (%1)").arg(labels.at(i)->toolTip());
        const QRectF a = labels.at(i)->mapRectToParent(labels.at(i)->boundingRect());
        if (!plot.contains(a))
            return QStringLiteral("“%1” leaves the plot").arg(labels.at(i)->text());
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            if (a.intersects(labels.at(j)->mapRectToParent(labels.at(j)->boundingRect())))
                return QStringLiteral("“%1” overlaps “%2”").arg(labels.at(i)->text(), labels.at(j)->text());
    }
    return {};
}

int shortenedLabels(QChart *chart)
{
    const QList<QGraphicsSimpleTextItem *> labels = eventLabels(chart);
    return int(std::count_if(labels.begin(), labels.end(),
                             [](const QGraphicsSimpleTextItem *t) { return t->text().endsWith(QStringLiteral("…")); }));
}

int sliderIndexOf(const TimelineSlider *slider, const QDate &date)
{
    return (date.year() - slider->first().year()) * 12 + date.month() - slider->first().month();
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { registerChartCommand(); }

    void sampleShowsTheFourChartsWithItsNumbers()
    {
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        window.show();
        session.document()->waitForFindings(); // the findings chart waits for the checks, off the GUI thread
        ChartsPanel *panel = window.chartsPanel();
        for (const ChartKind kind : charts::allChartKinds())
            QVERIFY2(panel->isShowingChart(kind), qPrintable(panel->emptyLabel(kind)->text()));
        // NVIDIA → Aivres (unknown), Aivres → Indosat 2,304, Indosat → INF Tech 2,300 (differs).
        QCOMPARE(barValues(panel->chartView(ChartKind::Hops), 0), (QList<qreal>{0, 2304, 0}));
        QCOMPARE(barValues(panel->chartView(ChartKind::Hops), 1), (QList<qreal>{0, 0, 2300}));
        const auto *area = qobject_cast<QAreaSeries *>(panel->chartView(ChartKind::Countries)->chart()->series().value(0));
        QVERIFY(area);
        QCOMPARE(area->upperSeries()->at(0).y(), 2304.0);
        window.showChart(ChartKind::Timeline);
        QCOMPARE(panel->currentKind(), ChartKind::Timeline);
    }

    void sliderDrivesCanvasAndChartsTogether()
    {
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        window.show();
        TimelineSlider *slider = window.timelineSlider();
        ChartsPanel *panel = window.chartsPanel();
        QCOMPARE(slider->first(), QDate(2023, 1, 1));
        QVERIFY(slider->last() >= QDate(2026, 12, 31));

        slider->setAsOf(QDate(2025, 9, 30));
        QCOMPARE(window.chainScene()->asOf(), QDate(2025, 9, 30));
        QCOMPARE(panel->asOf(), QDate(2025, 9, 30));
        QVERIFY(!visibleEdge(window.chainScene(), QStringLiteral("aivres-indosat-gb200")));
        QVERIFY(!panel->isShowingChart(ChartKind::Countries));
        QVERIFY(panel->emptyLabel(ChartKind::Countries)->text().contains(QStringLiteral("No dated links yet")));

        slider->setAsOf(QDate(2025, 10, 31));
        QVERIFY(visibleEdge(window.chainScene(), QStringLiteral("aivres-indosat-gb200")));
        QVERIFY(panel->isShowingChart(ChartKind::Countries));
        QCOMPARE(barValues(panel->chartView(ChartKind::Hops), 0), (QList<qreal>{0, 2304, 0}));

        slider->setAsOf(QDate());
        QVERIFY(!window.chainScene()->asOf().isValid());
        QVERIFY(!panel->asOf().isValid());
    }

    // The slider under the canvas and the toolbar's "As of" are one date, whichever is moved.
    void toolbarDateAndSliderStayInSync()
    {
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        window.show();
        TimelineSlider *timeline = window.timelineSlider();
        auto *slider = window.findChild<QSlider *>(QStringLiteral("asOfSlider"));
        auto *toolbarDate = window.findChild<AsOfEdit *>(QStringLiteral("asOfDate"));
        auto *toolbarOn = window.findChild<QCheckBox *>(QStringLiteral("asOfEnabled"));
        auto *rulesAt = window.findChild<QComboBox *>(QStringLiteral("rulesAt"));
        auto *rulesDate = window.findChild<QDateEdit *>(QStringLiteral("rulesDate"));
        QVERIFY(slider && toolbarDate && toolbarOn && rulesAt && rulesDate);

        // Slider → toolbar, canvas, charts, rule panel.
        slider->setValue(sliderIndexOf(timeline, QDate(2025, 11, 1)));
        QVERIFY(toolbarOn->isChecked());
        QCOMPARE(toolbarDate->date(), QDate(2025, 11, 30));
        QCOMPARE(window.chainScene()->asOf(), QDate(2025, 11, 30));
        QCOMPARE(window.chartsPanel()->asOf(), QDate(2025, 11, 30));
        QCOMPARE(rulesAt->currentIndex(), 1);
        QCOMPARE(rulesDate->date(), QDate(2025, 11, 30));

        // Toolbar → slider and everything that follows it.
        toolbarDate->setDate(QDate(2025, 9, 15));
        QCOMPARE(timeline->asOf(), QDate(2025, 9, 15));
        QCOMPARE(slider->value(), sliderIndexOf(timeline, QDate(2025, 9, 1)));
        QCOMPARE(window.chainScene()->asOf(), QDate(2025, 9, 15));
        QCOMPARE(window.chartsPanel()->asOf(), QDate(2025, 9, 15));
        QCOMPARE(rulesDate->date(), QDate(2025, 9, 15));
        QVERIFY(!visibleEdge(window.chainScene(), QStringLiteral("aivres-indosat-gb200")));
        toolbarDate->setDate(QDate(2025, 10, 20));
        QCOMPARE(slider->value(), sliderIndexOf(timeline, QDate(2025, 10, 1)));
        QVERIFY(visibleEdge(window.chainScene(), QStringLiteral("aivres-indosat-gb200")));

        // Unticking "As of" shows all dates everywhere; so does the slider's "All dates".
        QTest::mouseClick(toolbarOn, Qt::LeftButton, {}, QPoint(6, toolbarOn->height() / 2));
        QVERIFY(!toolbarOn->isChecked());
        QVERIFY(!timeline->asOf().isValid());
        QVERIFY(!window.chartsPanel()->asOf().isValid());
        QCOMPARE(rulesAt->currentIndex(), 0);
        timeline->setAsOf(QDate(2024, 6, 30));
        QVERIFY(toolbarOn->isChecked());
        QTest::mouseClick(window.findChild<QWidget *>(QStringLiteral("allDates")), Qt::LeftButton);
        QVERIFY(!toolbarOn->isChecked());
        QVERIFY(!window.chainScene()->asOf().isValid());
        QCOMPARE(slider->value(), slider->maximum()); // the handle does not stay at June 2024
    }

    void playReplaysTheCaseMonthByMonth()
    {
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        window.show();
        TimelineSlider *slider = window.timelineSlider();
        QSignalSpy spy(slider, &TimelineSlider::asOfChanged);
        // What the canvas shows at each step (this slot runs after the window's own).
        QDate saleAppears, leaseAppears;
        connect(slider, &TimelineSlider::asOfChanged, this, [&](const QDate &date) {
            if (!saleAppears.isValid() && visibleEdge(window.chainScene(), QStringLiteral("aivres-indosat-gb200")))
                saleAppears = date;
            if (!leaseAppears.isValid() && visibleEdge(window.chainScene(), QStringLiteral("indosat-inftech-lease")))
                leaseAppears = date;
        });
        slider->setPlayInterval(1);
        slider->play();
        QCOMPARE(slider->asOf(), QDate(2023, 1, 31));
        QTRY_VERIFY_WITH_TIMEOUT(!slider->isPlaying(), 60000);
        QCOMPARE(slider->asOf(), slider->last());
        QCOMPARE(window.chainScene()->asOf(), slider->last());
        const int months = (slider->last().year() - 2023) * 12 + slider->last().month();
        QCOMPARE(spy.count(), months);
        // The month the sale and the lease appear: October 2025.
        QStringList seen;
        for (const QList<QVariant> &args : spy)
            seen << args.first().toDate().toString(Qt::ISODate);
        QVERIFY(seen.contains(QStringLiteral("2025-10-31")));
        // Month by month, each step the last day of the month after the one before.
        for (qsizetype i = 1; i < spy.size(); ++i) {
            const QDate before = spy.at(i - 1).first().toDate(), now = spy.at(i).first().toDate();
            QCOMPARE(now, before.addDays(1).addMonths(1).addDays(-1));
        }
        QCOMPARE(saleAppears, QDate(2025, 10, 31));
        QCOMPARE(leaseAppears, QDate(2025, 10, 31));
        QVERIFY(visibleEdge(window.chainScene(), QStringLiteral("indosat-inftech-lease")));
    }

    // Event labels of the timeline: none clipped, none on another, at the panel's size on screen
    // and at the size of an export.
    void timelineLabelsNeitherOverlapNorLeaveThePlot()
    {
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        window.show();
        window.showChart(ChartKind::Timeline);
        QChartView *view = window.chartsPanel()->chartView(ChartKind::Timeline);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(view->chart()->plotArea().width() > 300);
        QCoreApplication::processEvents();
        const int events = int(window.chartsPanel()->chartSet().timeline.events.size());
        QCOMPARE(eventLabels(view->chart()).size(), events);
        QString problem = labelProblem(view->chart());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        for (const QSize size : {QSize(1200, 720), QSize(900, 600)}) {
            std::unique_ptr<QChart> chart(ChartBuilder::build(ChartKind::Timeline, window.chartsPanel()->chartSet()));
            QGraphicsScene scene;
            scene.addItem(chart.get());
            chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            problem = labelProblem(chart.get());
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1×%2: %3").arg(size.width()).arg(size.height()).arg(problem)));
            if (size.width() >= 1200) // the export size has room for every whole text
                QCOMPARE(shortenedLabels(chart.get()), 0);
            scene.removeItem(chart.get());
        }
    }

    // Crowded events in a thin lane still get rows of their own as long as there is room.
    void labelLayoutStacksNeighboursAndClampsAtTheEdge()
    {
        const QRectF plot(100, 50, 600, 300);
        const QList<TimelineLane> lanes{{50, 200, 125}, {200, 350, 275}};
        QList<TimelineLabelRequest> labels;
        for (int i = 0; i < 6; ++i)
            labels << TimelineLabelRequest{QPointF(400 + 10 * i, 125), QSizeF(180, 12), 0};
        labels << TimelineLabelRequest{QPointF(695, 275), QSizeF(180, 12), 1}; // at the right edge
        const QList<TimelineLabelPlace> places = placeTimelineLabels(labels, lanes, plot);
        QCOMPARE(places.size(), labels.size());
        for (qsizetype i = 0; i < places.size(); ++i) {
            QVERIFY(places.at(i).fits);
            QVERIFY(plot.contains(places.at(i).rect));
            for (qsizetype j = i + 1; j < places.size(); ++j)
                QVERIFY(!places.at(i).rect.intersects(places.at(j).rect));
            QCOMPARE(places.at(i).leader.p1().x(), labels.at(i).marker.x());
        }
        QCOMPARE(places.last().rect.right(), plot.right());
        // A staircase: the rightmost label nearest the markers, each one to its left a row further.
        QVERIFY(places.at(5).rect.bottom() < 125 && places.at(5).rect.bottom() > 110);
        QCOMPARE(places.at(5).rect.left(), labels.at(5).marker.x() - 3);
    }

    // Full hop names and the mismatch, in the UI locale's numbers.
    void hopChartNamesEveryHopInFull()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        auto *axis = qobject_cast<QBarCategoryAxis *>(
            window.chartsPanel()->chartView(ChartKind::Hops)->chart()->axes(Qt::Vertical).value(0));
        QLocale::setDefault(QLocale::system());
        QVERIFY(axis);
        QVERIFY(!axis->truncateLabels());
        const QStringList names = axis->categories();
        QCOMPARE(names.size(), 3);
        QVERIFY2(names.at(2).contains(QStringLiteral("Indosat Ooredoo Hutchison → INF Tech")), qPrintable(names.at(2)));
        QVERIFY2(names.at(1).contains(QStringLiteral("2.304")), qPrintable(names.at(1)));
        QVERIFY2(names.at(2).contains(QStringLiteral("2.300")) && names.at(2).contains(QStringLiteral("(2.304)")),
                 qPrintable(names.at(2)));
    }

    void everyChartExportsAsPngAndSvg()
    {
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        for (const ChartKind kind : charts::allChartKinds()) {
            const QString base = m_dir.filePath(toWord(kind));
            window.chartsPanel()->exportChart(kind, ChartImageFormat::Png, base + QStringLiteral(".png"));
            const QImage image(base + QStringLiteral(".png"));
            QCOMPARE(image.size(), QSize(2400, 1440));
            window.chartsPanel()->exportChart(kind, ChartImageFormat::Svg, base + QStringLiteral(".svg"));
            QFile svg(base + QStringLiteral(".svg"));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            QDomDocument document;
            QVERIFY(document.setContent(&svg));
            QCOMPARE(document.documentElement().tagName(), QStringLiteral("svg"));
        }
    }

    void cliDrawsEachChart()
    {
        const QString caseFile = m_dir.filePath(QStringLiteral("sample.chiptrail"));
        CaseStore::createFrom(caseFile, readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json")));
        for (const ChartKind kind : charts::allChartKinds())
            for (const char *format : {"png", "svg"}) {
                QString out, err;
                QTextStream o(&out), e(&err);
                const QString path = m_dir.filePath(QStringLiteral("cli-%1.%2").arg(toWord(kind), QLatin1String(format)));
                const int code = cli::run({QStringLiteral("chart"), caseFile, QStringLiteral("--kind"), toWord(kind),
                                           QStringLiteral("--format"), QLatin1String(format), QStringLiteral("-o"), path},
                                          {o, e});
                QVERIFY2(code == cli::Success, qPrintable(err));
                QVERIFY(QFileInfo(path).size() > 1000);
            }
        QFile svg(m_dir.filePath(QStringLiteral("cli-hops.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QDomDocument document;
        QVERIFY(document.setContent(&svg));
        QVERIFY(QImage(m_dir.filePath(QStringLiteral("cli-timeline.png"))).width() == 2400);

        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(cli::run({QStringLiteral("chart"), caseFile, QStringLiteral("--kind"), QStringLiteral("pie"),
                           QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.png"))}, {o, e}), int(cli::Failure));
        QCOMPARE(cli::run({QStringLiteral("chart"), caseFile, QStringLiteral("--kind"), QStringLiteral("hops")}, {o, e}),
                 int(cli::Failure));
        QCOMPARE(cli::run({QStringLiteral("chart"), m_dir.filePath(QStringLiteral("missing.chiptrail")),
                           QStringLiteral("-o"), m_dir.filePath(QStringLiteral("y.png"))}, {o, e}), int(cli::Failure));
        QVERIFY(cli::run({QStringLiteral("--help")}, {o, e}) == cli::Success && out.contains(QStringLiteral("chart")));
    }
};

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
