// SPDX-License-Identifier: GPL-3.0-or-later
// An untitled case survives `kill -9`: the start-up of ChipTrail (runApplication, driven by the
// crash driver) makes a new case and edits it, is killed, and the next start offers the case back
// with every edit and says from when. A running instance's case is never offered to another.
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

// One run of the driver with its own home for settings and unsaved cases.
class Run
{
public:
    Run(const QTemporaryDir &home, const char *mode)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CHIPTRAIL_CRASH_DRIVER"), QString::fromLatin1(mode));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(CRASH_DRIVER), {QStringLiteral("--language"), QStringLiteral("en")});
    }
    ~Run()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // The output lines up to one that starts with `last`.
    QStringList linesUntil(const QString &last)
    {
        QStringList lines;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            while (m_process.canReadLine()) {
                lines << QString::fromUtf8(m_process.readLine()).trimmed();
                if (lines.last().startsWith(last))
                    return lines;
            }
            if (!m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
                break;
        }
        return lines;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsOfAKilledRunAreOfferedBack()
    {
        QTemporaryDir home;
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        Run editing(home, "edit");
        const QStringList edited = editing.linesUntil(QStringLiteral("edited "));
        QVERIFY2(!edited.isEmpty() && edited.last().startsWith(QLatin1String("edited ")), qPrintable(edited.join(u'\n')));
        const QString file = edited.last().mid(7);
        QVERIFY2(file.startsWith(home.path()), qPrintable(file)); // the unsaved folder, not /tmp
        QVERIFY(QFile::exists(file));

        // While it runs, another start is not offered its case.
        {
            Run other(home, "recover");
            const QStringList lines = other.linesUntil(QStringLiteral("done"));
            QCOMPARE(lines, QStringList{QStringLiteral("done")});
            QVERIFY(other.process().waitForFinished(30000));
        }

        editing.process().kill(); // SIGKILL: no destructor, no clean-up, no question
        QVERIFY(editing.process().waitForFinished(30000));
        QCOMPARE(editing.process().exitStatus(), QProcess::CrashExit);
        const qint64 killed = QDateTime::currentMSecsSinceEpoch();

        Run next(home, "recover");
        const QStringList lines = next.linesUntil(QStringLiteral("done"));
        QVERIFY(next.process().waitForFinished(30000));
        QVERIFY2(lines.size() == 8, qPrintable(lines.join(u'\n')));
        const QStringList offered = lines.at(0).split(u'\t');
        QCOMPARE(offered.at(0), QStringLiteral("offered Jakarta GPUs"));
        QCOMPARE(offered.at(1), QStringLiteral("3"));
        QCOMPARE(offered.at(2), QStringLiteral("1"));
        const qint64 when = offered.at(3).toLongLong();
        QVERIFY2(when >= started - 2000 && when <= killed + 2000, qPrintable(offered.at(3)));
        QCOMPARE(lines.mid(1), (QStringList{QStringLiteral("title Jakarta GPUs\tExample Daily"),
                                            QStringLiteral("party Aivres"),
                                            QStringLiteral("party Indosat Ooredoo Hutchison"),
                                            QStringLiteral("party INF Tech"), QStringLiteral("link 2304"),
                                            QStringLiteral("untitled 1"), QStringLiteral("done")}));
        // Recovered, and quit without a decision (the driver quits without asking): kept for next time.
        QVERIFY(QFile::exists(file));
        Run again(home, "recover");
        const QStringList third = again.linesUntil(QStringLiteral("done"));
        QVERIFY(!third.isEmpty() && third.first().startsWith(QLatin1String("offered Jakarta GPUs")));
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "test_crashrecovery.moc"
