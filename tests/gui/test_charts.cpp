// SPDX-License-Identifier: GPL-3.0-or-later
// The Charts tab and the "as of" slider: one date drives canvas and charts together, the charts
// show the sample's numbers, and every chart exports as a valid PNG and SVG (GUI and CLI).
#include "canvas/chainscene.h"
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
            return scene->edge(link.id) && scene->edge(link.id)->isVisible();
    return false;
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

    void playReplaysTheCaseMonthByMonth()
    {
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        window.show();
        TimelineSlider *slider = window.timelineSlider();
        QSignalSpy spy(slider, &TimelineSlider::asOfChanged);
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
        QVERIFY(visibleEdge(window.chainScene(), QStringLiteral("indosat-inftech-lease")));
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
