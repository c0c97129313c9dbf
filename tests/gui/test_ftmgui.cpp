// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export/Import FollowTheMoney in the window: the export runs in the background and writes
// the whole case; the import adds the file's entities to the open case as one undo step, which
// undo takes back row for row and redo puts back; a bad file changes nothing and says why.
#include "casesession.h"
#include "error.h"
#include "interchange/ftm.h"
#include "interchange/ftmactions.h"
#include "mainwindow.h"
#include "store/casestore.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::gui;

class TestFtmGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuHasBothActions()
    {
        CaseSession session;
        session.openSample();
        MainWindow window(&session);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("exportFtm")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importFtm")));
    }

    void exportThenImportIsOneUndoStep()
    {
        QTemporaryDir dir;
        CaseSession session;
        session.openSample();
        QWidget window;
        FtmActions actions(&session, &window);
        const CaseData before = session.store()->load();

        const QString path = dir.filePath(QStringLiteral("sample.ftm.json"));
        QSignalSpy exported(&actions, &FtmActions::exported);
        actions.exportTo(path);
        QVERIFY(exported.wait(30000));
        const FtmImport file = readFtmFile(path);
        QCOMPARE(file.data.parties.size(), before.parties.size());
        QCOMPARE(file.data.notes.size(), before.notes.size());

        QSignalSpy imported(&actions, &FtmActions::imported);
        const int steps = session.undoStack()->count();
        QString refusal;
        connect(&session, &CaseSession::editFailed, this, [&](const QString &, const QString &m) { refusal = m; });
        connect(&actions, &FtmActions::failed, this, [&](const QString &m) { refusal = m; });
        actions.importFrom(path);
        QVERIFY2(imported.wait(30000), qPrintable(refusal));
        QCOMPARE(session.undoStack()->count(), steps + 1);
        const CaseData doubled = session.store()->load();
        QCOMPARE(doubled.parties.size(), 2 * before.parties.size());
        QCOMPARE(doubled.links.size(), 2 * before.links.size());
        QCOMPARE(doubled.sources.size(), 2 * before.sources.size());
        QCOMPARE(doubled.notes.size(), 2 * before.notes.size());
        // The case's own rows are untouched; the copies got keys of their own.
        for (qsizetype i = 0; i < before.parties.size(); ++i)
            QCOMPARE(doubled.parties[i], before.parties[i]);
        const Party &copy = doubled.parties[before.parties.size()];
        QCOMPARE(copy.name, before.parties[0].name);
        QVERIFY(copy.key != before.parties[0].key);
        // The copied notes claim the copied parties and links, not the originals.
        const Note &copiedNote = doubled.notes[before.notes.size()];
        QVERIFY(!copiedNote.claims.isEmpty());
        for (const ClaimRef &claim : copiedNote.claims) {
            const qsizetype originals = claim.subject == SubjectKind::Party ? before.parties.size()
                : claim.subject == SubjectKind::Link                        ? before.links.size()
                : claim.subject == SubjectKind::Site                        ? before.sites.size()
                                                                            : before.products.size();
            QVERIFY(claim.subjectId > originals);
        }

        session.undoStack()->undo();
        QCOMPARE(session.store()->load(), before);
        session.undoStack()->redo();
        QCOMPARE(session.store()->load(), doubled);
    }

    void badFileChangesNothing()
    {
        QTemporaryDir dir;
        CaseSession session;
        session.openSample();
        QWidget window;
        FtmActions actions(&session, &window);
        const CaseData before = session.store()->load();
        const QString path = dir.filePath(QStringLiteral("bad.ftm.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"A\"]}}\n"
                   "{\"id\":\"o\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"x\"],\"asset\":[\"a\"]}}\n");
        file.close();
        QSignalSpy failed(&actions, &FtmActions::failed);
        const int steps = session.undoStack()->count();
        actions.importFrom(path);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("bad.ftm.json: line 2: owner")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(session.undoStack()->count(), steps);
        QCOMPARE(session.store()->load(), before);
    }
};

QTEST_MAIN(TestFtmGui)
#include "test_ftmgui.moc"
