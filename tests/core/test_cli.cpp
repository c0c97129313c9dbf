// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "store/casestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;

namespace {

struct Result
{
    int exitCode;
    QString out;
    QString err;
};

Result runCli(const QStringList &arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = cli::run(arguments, {outStream, errStream});
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void importThenInfoPrintsTheCounts()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.chiptrail"));
        const Result imported = runCli({QStringLiteral("import"), QStringLiteral("--sample"), path});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.err.isEmpty());
        const Result info = runCli({QStringLiteral("info"), path});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(QStringLiteral("INF Tech / Indosat")));
        QVERIFY(info.out.contains(QStringLiteral("Parties:         12")));
        QVERIFY(info.out.contains(QStringLiteral("Sources:         5")));
        QVERIFY(info.out.contains(QStringLiteral("Schema version:  4")));
    }

    void exportThenImportGivesTheSameJson()
    {
        const QString first = m_dir.filePath(QStringLiteral("a.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--sample"), first}).exitCode, 0);
        const QString json = m_dir.filePath(QStringLiteral("a.json"));
        QCOMPARE(runCli({QStringLiteral("export"), first, QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("-o"), json}).exitCode, 0);
        const QString second = m_dir.filePath(QStringLiteral("b.chiptrail"));
        QCOMPARE(runCli({QStringLiteral("import"), json, second}).exitCode, 0);
        const Result a = runCli({QStringLiteral("export"), first});
        const Result b = runCli({QStringLiteral("export"), second});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
    }

    void badInputGivesOneMessageOnStderrAndExitCode2()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.chiptrail"));
        const Result info = runCli({QStringLiteral("info"), missing});
        QCOMPARE(info.exitCode, 2);
        QVERIFY(info.out.isEmpty());
        QCOMPARE(info.err.trimmed(), missing + QStringLiteral(": no such file"));

        const Result unknown = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command")));

        const Result format = runCli({QStringLiteral("export"), missing, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(format.exitCode, 2);
    }

    void validateReportsProblemsWithExitCode1()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "chiptrail-case", "format_version": 1, "case": {"title": 5}})");
        file.close();
        const Result result = runCli({QStringLiteral("validate"), bad});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.trimmed(), bad + QStringLiteral(": $.case.title: expected a string"));
    }

    void everyCommandHasHelp()
    {
        for (const char *command : {"new", "import", "export", "info", "validate"}) {
            const Result help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QStringLiteral("Usage: chiptrail-cli ") + QLatin1String(command)),
                     command);
        }
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);
        QVERIFY(runCli({QStringLiteral("--version")}).out.startsWith(QStringLiteral("chiptrail-cli ")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
