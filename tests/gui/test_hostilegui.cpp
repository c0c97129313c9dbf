// SPDX-License-Identifier: GPL-3.0-or-later
// Stopping long work on a stranger's file in the window (issue 16): File → Recover Data's Cancel,
// and an open stopped by the time budget, write nothing — no new file, the original as it was.
#include "canvas/layoutcontroller.h"
#include "casesession.h"
#include "commands/entitycommands.h"
#include "mainwindow.h"
#include "recovery/recoverdata.h"
#include "store/casestore.h"
#include "store/sqlite_handles.h"
#include "../core/testcases.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sqlite3.h>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// Runs SQL on a file behind ChipTrail's back, as a stranger's tool would.
void tamper(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

QStringList listing(const QString &folder) { return QDir(folder).entryList(QDir::Files | QDir::System | QDir::Hidden); }

// Whatever the window's message boxes say, read and closed as a user clicks OK.
struct MessageBoxes
{
    QStringList texts;
    QTimer poll;
    MessageBoxes()
    {
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, [this] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                    texts << box->text();
                    box->done(QMessageBox::Ok);
                }
        });
        poll.start();
    }
};

} // namespace

class TestHostileGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // The sample case saved under `name` in a folder of its own, with `parties` more parties, so
    // that reading or copying it takes seconds.
    QString bigCase(const QString &name, int parties)
    {
        QDir(m_dir.path()).mkpath(name);
        const QString path = m_dir.filePath(name + QStringLiteral("/case.chiptrail"));
        CaseSession session(nullptr, m_dir.filePath(QStringLiteral("unsaved")));
        session.openSample();
        session.saveAs(path);
        session.closeCase();
        const QByteArray sql = "INSERT INTO party(key, name, role, confidence) WITH RECURSIVE n(x) AS (SELECT 1 UNION "
                               "ALL SELECT x + 1 FROM n WHERE x < "
                               + QByteArray::number(parties)
                               + ") SELECT 'bulk-' || x, 'Bulk party ' || x, 'distributor', 'reported' FROM n;";
        tamper(path, sql.constData());
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); }

    void recoverDataCancelledWritesNothing()
    {
        // A refused file (a trigger ChipTrail did not make) with enough rows that the copy takes
        // seconds; the user clicks Cancel in the progress dialog as soon as it shows.
        const QString in = bigCase(QStringLiteral("recover"), 400000);
        tamper(in, "CREATE TRIGGER wipe AFTER INSERT ON node_position BEGIN DELETE FROM note_claim; END;");
        const QByteArray before = testing::fileHash(in);
        const QString folder = QFileInfo(in).path();
        const QString out = QDir(folder).filePath(QStringLiteral("saved.chiptrail"));

        CaseSession session(nullptr, m_dir.filePath(QStringLiteral("unsaved")));
        MainWindow window(&session);
        window.show();
        bool sawProgress = false;
        QElapsedTimer sinceCancel;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("recoverProgress"));
            if (!progress || !progress->isVisible())
                return;
            poll.stop();
            sawProgress = true;
            QPushButton *cancel = progress->findChild<QPushButton *>();
            QVERIFY(cancel);
            QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
            sinceCancel.start();
            cancel->click();
        });
        poll.start();
        const RecoveryReport report = runRecovery(&window, in, out);
        QVERIFY(sawProgress);
        QVERIFY(report.cancelled);
        QVERIFY2(sinceCancel.elapsed() < 5000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral(".partial")));
        QCOMPARE(listing(folder), QStringList{QStringLiteral("case.chiptrail")});
        QCOMPARE(testing::fileHash(in), before);
    }

    void aCaseOnlyLookedAtStaysByteForByte()
    {
        // A case somebody sent, without the layout's places: the window lays it out and shows it,
        // and the file is not touched until the user changes something.
        const QString path = bigCase(QStringLiteral("looked-at"), 1);
        const QByteArray before = testing::fileHash(path);
        const QString folder = QFileInfo(path).path();
        CaseSession session(nullptr, m_dir.filePath(QStringLiteral("unsaved")));
        MainWindow window(&session);
        window.show();
        session.openFile(path);
        const int parties = int(session.document()->data().parties.size());
        QTRY_COMPARE_WITH_TIMEOUT(session.document()->positions().size(), parties, 20000);
        QTRY_VERIFY(!window.layoutController()->isRunning());
        QVERIFY(session.store()->nodePositions().isEmpty());
        QCOMPARE(testing::fileHash(path), before);

        // The first edit writes them, with itself.
        Party added;
        added.key = QStringLiteral("added-by-hand");
        added.name = QStringLiteral("Added By Hand Ltd");
        added.role = PartyRole::Distributor;
        session.perform(std::make_unique<AddPartyCommand>(&session, added));
        QVERIFY(session.store()->nodePositions().size() >= parties);
        session.closeCase();
        QVERIFY(testing::fileHash(path) != before);
        QCOMPARE(listing(folder), QStringList{QStringLiteral("case.chiptrail")});
    }

    void anOpenStoppedByTheTimeBudgetLeavesTheFileAsItWas()
    {
        // Checking and reading a case of three million parties (a 150 MB file) takes longer than a
        // budget of one second, however fast the machine: the open is stopped, the window says so
        // once and keeps the case it had, and the file is left byte for byte, nothing beside it.
        // (One million was read within the second on an idle machine.)
        const QString path = bigCase(QStringLiteral("budget"), 3000000);
        const QByteArray before = testing::fileHash(path);
        const QString folder = QFileInfo(path).path();

        sql::setStatementTimeBudget(std::chrono::seconds(1));
        const auto restore = qScopeGuard([] { sql::setStatementTimeBudget(std::chrono::seconds(10)); });
        CaseSession session(nullptr, m_dir.filePath(QStringLiteral("unsaved")));
        MainWindow window(&session);
        window.show();
        session.openSample();
        const QString sampleTitle = window.windowTitle();
        const QString samplePath = session.store()->path();
        const qsizetype sampleParties = session.document()->data().parties.size();
        MessageBoxes boxes;
        QElapsedTimer clock;
        clock.start();
        window.openCaseFile(path);
        const qint64 elapsed = clock.elapsed();

        QCOMPARE(boxes.texts.size(), 1);
        QCOMPARE(boxes.texts.first(), path + QStringLiteral(": reading the file took longer than 1 s and was stopped; "
                                                            "the file may be hostile"));
        QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
        // The window, its document and its store still hold the sample: an edit now goes there.
        QCOMPARE(window.windowTitle(), sampleTitle);
        QVERIFY(session.isTemporary());
        QCOMPARE(session.store()->path(), samplePath);
        QCOMPARE(session.document()->data().parties.size(), sampleParties);
        QCOMPARE(listing(folder), QStringList{QStringLiteral("case.chiptrail")});
        QCOMPARE(testing::fileHash(path), before);
        // Given time, the same file reads: it was the clock, not the file.
        sql::setStatementTimeBudget(std::chrono::seconds(120));
        QCOMPARE(CaseStore::open(path, CaseStore::Access::ReadOnly)->counts().parties, 3000000 + sampleParties);
    }

    void aNameThatIsNotUtf8IsRefusedByNameOfTheFile()
    {
        // Found by the hostile-file campaign: the window showed such a name with U+FFFD and would
        // have written it back so on the next edit. The checks of opening pass; reading the rows
        // refuses, and the window says which file and which field.
        const QString path = bigCase(QStringLiteral("not-utf8"), 0);
        tamper(path, "UPDATE party SET name = CAST(X'496e73707572ff' AS TEXT) WHERE id = 1;");
        const QByteArray before = testing::fileHash(path);
        CaseSession session(nullptr, m_dir.filePath(QStringLiteral("unsaved")));
        MainWindow window(&session);
        window.show();
        session.openSample();
        MessageBoxes boxes;
        window.openCaseFile(path);
        QCOMPARE(boxes.texts, QStringList{path + QStringLiteral(": party.name: \u201cInspur\uFFFD\u201d holds bytes that are "
                                                                "not UTF-8, so it cannot be read as written; it was not opened")});
        QVERIFY(session.isTemporary());
        QCOMPARE(testing::fileHash(path), before);
    }
};

QTEST_MAIN(TestHostileGui)
#include "test_hostilegui.moc"
