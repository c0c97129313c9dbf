// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export Chain → Gephi (GEXF)… and Kumu (CSV)…: through the file dialog and the background
// export job, with the places the canvas shows and the verdicts the document found.
#include "canvas/chainscene.h"
#include "canvas/exportjob.h"
#include "casesession.h"
#include "document/casedocument.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileDialog>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// The next file dialog is answered with `path` (test_endtoend types it; here the export is tested).
void answerFileDialog(const QString &path)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        const auto closeLeftOpen = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // public in QDialog; QFileDialog::accept() checks the name
    });
    timer->start();
}

struct GexfNode
{
    QPointF place;
    QString key;
};

QHash<QString, GexfNode> gexfNodes(const QString &path, QHash<QString, QString> *verdictByLinkKey)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    QHash<QString, GexfNode> nodes;
    QString node, inEdgeKey, verdict;
    bool inEdge = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("edge")) {
            verdictByLinkKey->insert(inEdgeKey, verdict);
            inEdge = false;
        }
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("node")) {
            node = a.value(QLatin1String("id")).toString();
            inEdge = false;
        } else if (xml.name() == QLatin1String("edge")) {
            inEdge = true;
            inEdgeKey.clear();
            verdict.clear();
        } else if (xml.name() == QLatin1String("position")) {
            nodes[node].place = QPointF(a.value(QLatin1String("x")).toDouble(), -a.value(QLatin1String("y")).toDouble());
        } else if (xml.name() == QLatin1String("attvalue")) {
            const auto what = a.value(QLatin1String("for"));
            const QString value = a.value(QLatin1String("value")).toString();
            if (what == QLatin1String("case_key"))
                (inEdge ? inEdgeKey : nodes[node].key) = value;
            else if (inEdge && what == QLatin1String("verdict"))
                verdict = value;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return nodes;
}

} // namespace

class TestLinkChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportMenuWritesWhatTheCanvasShows()
    {
        QTemporaryDir folder;
        CaseSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.openSample();
        const int parties = int(session.document()->data().parties.size());
        QTRY_COMPARE_WITH_TIMEOUT(window.chainScene()->positions().size(), parties, 30000);
        session.document()->waitForFindings();
        auto *job = window.findChild<ExportJob *>();
        QVERIFY(job);

        const QString gexf = folder.filePath(QStringLiteral("chain.gexf"));
        auto *gephi = window.findChild<QAction *>(QStringLiteral("exportLinkChart_gexf"));
        QVERIFY(gephi);
        QSignalSpy finished(job, &ExportJob::finished);
        QSignalSpy failed(job, &ExportJob::failed);
        answerFileDialog(gexf);
        gephi->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1 || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(finished.first().first().toString(), gexf);

        QHash<QString, QString> verdicts;
        const QHash<QString, GexfNode> nodes = gexfNodes(gexf, &verdicts);
        QCOMPARE(nodes.size(), parties);
        for (const NodePosition &place : window.chainScene()->positions()) {
            const GexfNode node = nodes.value(QStringLiteral("p%1").arg(place.party.value));
            QVERIFY2(qAbs(node.place.x() - place.position.x()) < 0.01 && qAbs(node.place.y() - place.position.y()) < 0.01,
                     qPrintable(node.key));
        }
        const CaseFindings &findings = session.document()->findings();
        QVERIFY(!findings.links.isEmpty());
        QCOMPARE(verdicts.size(), session.document()->data().links.size());
        for (const LinkFinding &finding : findings.links)
            QCOMPARE(verdicts.value(finding.linkKey), toWord(finding.verdict));

    }
};

QTEST_MAIN(TestLinkChartExport)
#include "test_linkchartexport.moc"
