// SPDX-License-Identifier: GPL-3.0-or-later
// The Graphviz runner's errors: missing program, crash, failure, bad output, time limit, cancel.

#include "layout/dotwriter.h"
#include "layout/graphvizrunner.h"
#include "layout/layoutgraph.h"
#include "layouttestdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace chiptrail;
using namespace chiptrail::layout;

class TestLayoutRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString script(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + body + "\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    static LayoutError::Kind failureOf(GraphvizRunner &runner, const GraphvizRequest &request,
                                       QString *message = nullptr)
    {
        try {
            runner.run(request);
        } catch (const LayoutError &e) {
            if (message)
                *message = e.message();
            return e.kind();
        }
        return LayoutError::Kind::BadOutput; // not reached in these tests: QVERIFY below
    }

    // Unconstrained dot on 1,000 tangled parties takes seconds: long enough to stop it.
    static GraphvizRequest slowRequest()
    {
        DotOptions plain;
        plain.ranks = false;
        plain.clusters = false;
        GraphvizRequest request;
        request.dot = writeDot(buildLayoutGraph(layouttest::chainCase(1000, 2000)), plain);
        return request;
    }

private Q_SLOTS:
    void missingProgramByPath()
    {
        GraphvizRequest request;
        request.program = QStringLiteral("/nonexistent/graphviz/bin/dot");
        request.dot = "digraph G {}";
        GraphvizRunner runner;
        QString message;
        QCOMPARE(failureOf(runner, request, &message), LayoutError::Kind::GraphvizMissing);
        QVERIFY2(message.contains(QLatin1String("graphviz")), qPrintable(message));
    }

    void missingProgramOnPath()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_dir.path()));
        GraphvizRequest request;
        request.dot = "digraph G {}";
        GraphvizRunner runner;
        QString message;
        const auto kind = failureOf(runner, request, &message);
        qputenv("PATH", path);
        QCOMPARE(kind, LayoutError::Kind::GraphvizMissing);
        QVERIFY2(message.contains(QLatin1String("Debian package graphviz")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("\"dot\"")));
    }

    void crash()
    {
        GraphvizRequest request;
        request.program = script(QStringLiteral("crashing-dot"), "cat >/dev/null; echo 'dot: boom' >&2; kill -SEGV $$");
        request.dot = "digraph G {}";
        GraphvizRunner runner;
        QString message;
        QCOMPARE(failureOf(runner, request, &message), LayoutError::Kind::Crashed);
        QVERIFY2(message.contains(QLatin1String("boom")), qPrintable(message));
    }

    void syntaxErrorFails()
    {
        if (GraphvizRunner::findProgram(GraphvizEngine::Dot).isEmpty())
            QSKIP("Graphviz dot is not installed");
        GraphvizRequest request;
        request.dot = "digraph G { a -> }";
        GraphvizRunner runner;
        QString message;
        QCOMPARE(failureOf(runner, request, &message), LayoutError::Kind::Failed);
        QVERIFY2(message.contains(QLatin1String("syntax error")), qPrintable(message));
    }

    void badOutput()
    {
        GraphvizRequest request;
        request.program = script(QStringLiteral("garbage-dot"), "cat >/dev/null; echo 'this is not JSON'");
        request.dot = "digraph G {}";
        GraphvizRunner runner;
        try {
            runner.layout(request);
            QFAIL("no error");
        } catch (const LayoutError &e) {
            QCOMPARE(e.kind(), LayoutError::Kind::BadOutput);
        }
    }

    void outputLimit()
    {
        GraphvizRequest request;
        request.program = script(QStringLiteral("chatty-dot"), "cat >/dev/null; yes '{}' | head -c 3000000");
        request.dot = "digraph G {}";
        request.maxOutputBytes = 100'000;
        GraphvizRunner runner;
        QCOMPARE(failureOf(runner, request), LayoutError::Kind::OutputTooLarge);
    }

    void timeLimit()
    {
        if (GraphvizRunner::findProgram(GraphvizEngine::Dot).isEmpty())
            QSKIP("Graphviz dot is not installed");
        GraphvizRequest request = slowRequest();
        request.timeoutMs = 300;
        GraphvizRunner runner;
        QElapsedTimer timer;
        timer.start();
        QString message;
        QCOMPARE(failureOf(runner, request, &message), LayoutError::Kind::TimedOut);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(message.contains(QLatin1String("0.3 s")));
    }

    void cancelFromAnotherThread()
    {
        if (GraphvizRunner::findProgram(GraphvizEngine::Dot).isEmpty())
            QSKIP("Graphviz dot is not installed");
        const GraphvizRequest request = slowRequest();
        GraphvizRunner runner;
        std::thread canceller([&runner] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            runner.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        const auto kind = failureOf(runner, request);
        canceller.join();
        QCOMPARE(kind, LayoutError::Kind::Cancelled);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        // Cancelled for good.
        GraphvizRequest small;
        small.dot = "digraph G {}";
        QCOMPARE(failureOf(runner, small), LayoutError::Kind::Cancelled);
    }

    void sfdpRuns()
    {
        if (GraphvizRunner::findProgram(GraphvizEngine::Sfdp).isEmpty())
            QSKIP("Graphviz sfdp is not installed");
        GraphvizRequest request;
        request.engine = GraphvizEngine::Sfdp;
        request.extraArguments = {QStringLiteral("-Goverlap=prism"), QStringLiteral("-Gsplines=false")};
        request.dot = "digraph G { a -> b; b -> c; c -> a; c -> c }";
        GraphvizRunner runner;
        const LayoutResult result = runner.layout(request);
        QCOMPARE(result.nodes.size(), 3);
        QCOMPARE(result.edges.size(), 4);
        QCOMPARE(result.engine, QStringLiteral("sfdp"));
    }
};

QTEST_GUILESS_MAIN(TestLayoutRunner)
#include "test_layout_runner.moc"
