// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing is lost: an untitled case is asked about before New, Open, Quit or closing the window
// drop it, lives in the unsaved folder (so a crash keeps it), and is offered back at the next
// start; Save As and the case's properties, which every export prints.
#include "casesession.h"
#include "commands/caseinfocommand.h"
#include "commands/entitycommands.h"
#include "dialogs/caseproperties.h"
#include "mainwindow.h"
#include "picture/pictureframe.h"
#include "recovery/recoverdata.h"
#include "recovery/recoveryoffer.h"
#include "recovery/unsavedcases.h"
#include "scriptedprompts.h"
#include "../core/testcases.h"
#include "error.h"
#include "store/casestore.h"
#include "uilanguage.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QComboBox>
#include <QDir>
#include <QStatusBar>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QLockFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

using Unsaved = CasePrompts::Unsaved;
using Recovery = CasePrompts::Recovery;

// A window on a session whose untitled cases live in a folder of the test's own.
struct Bench
{
    QTemporaryDir folder;
    CaseSession session{nullptr, folder.filePath(QStringLiteral("unsaved"))};
    ScriptedPrompts prompts;
    MainWindow window{&session};
    Bench() { window.setPrompts(&prompts); }

    QAction *action(const char *name) const
    {
        auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }
    // A new untitled case with one party added by hand: work that would be lost.
    void editedNewCase(const QString &party = QStringLiteral("Aivres"))
    {
        action("newCase")->trigger();
        Party p;
        p.name = party;
        QVERIFY(session.attempt(QStringLiteral("add"), std::make_unique<AddPartyCommand>(&session, p)));
    }
    QStringList partyNames() const
    {
        QStringList names;
        for (const Party &p : session.document()->data().parties)
            names << p.name;
        return names;
    }
    QString savedCase(const QString &name) const
    {
        const QString path = folder.filePath(name);
        CaseInfo info;
        info.title = name;
        CaseStore::create(path, info);
        return path;
    }
};

QStringList unsavedFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.chiptrail")}, QDir::Files);
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setQuitOnLastWindowClosed(false); } // Quit closes windows here

    void anUntitledCaseLivesInTheUnsavedFolder()
    {
        Bench b;
        b.editedNewCase();
        QVERIFY(b.session.isTemporary());
        QVERIFY(b.session.unsavedPath().startsWith(b.session.unsavedCases().directory()));
        // Every committed edit is in that file already: another reader sees the party.
        QCOMPARE(CaseStore::open(b.session.unsavedPath(), CaseStore::Access::ReadOnly)->parties().size(), 1);
        // Its lock says a live process works on it: nobody else is offered it.
        QVERIFY(b.session.unsavedCases().claimOrphans().empty());
    }

    void newAsksAndCancelKeepsEverything()
    {
        Bench b;
        b.editedNewCase();
        const QString file = b.session.unsavedPath();
        b.prompts.unsavedAnswers = {Unsaved::Cancel};
        b.action("newCase")->trigger();
        QCOMPARE(b.prompts.unsavedAsked, QStringList{QStringLiteral("Untitled case")});
        QCOMPARE(b.partyNames(), QStringList{QStringLiteral("Aivres")});
        QCOMPARE(b.session.unsavedPath(), file);
        QVERIFY(QFile::exists(file));
        QCOMPARE(b.session.undoStack()->count(), 1);
    }

    void newAsksAndDiscardDiscards()
    {
        Bench b;
        b.editedNewCase();
        const QString file = b.session.unsavedPath();
        b.prompts.unsavedAnswers = {Unsaved::Discard};
        b.action("newCase")->trigger();
        QCOMPARE(b.prompts.unsavedAsked.size(), 1);
        QVERIFY(b.partyNames().isEmpty());
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
        // Only the new case's own file is left.
        QCOMPARE(unsavedFiles(b.session.unsavedCases().directory()).size(), 1);
    }

    void openAsksAndSaveSavesFirst()
    {
        Bench b;
        const QString other = b.savedCase(QStringLiteral("other.chiptrail"));
        b.editedNewCase(QStringLiteral("Indosat"));
        const QString file = b.session.unsavedPath();
        const QString target = b.folder.filePath(QStringLiteral("jakarta lease"));
        b.prompts.unsavedAnswers = {Unsaved::Save};
        b.prompts.savePaths = {target};
        b.window.openCaseFile(other); // File → Open and Open Recent both end here
        QCOMPARE(b.session.store()->path(), other);
        QVERIFY(!QFile::exists(file)); // saved under a name: the unsaved copy goes
        const auto saved = CaseStore::open(target + QStringLiteral(".chiptrail"), CaseStore::Access::ReadOnly);
        QCOMPARE(saved->parties().size(), 1);
        QCOMPARE(saved->parties().first().name, QStringLiteral("Indosat"));
        // A new case takes the name it is first saved under as its title.
        QCOMPARE(saved->info().title, QStringLiteral("jakarta lease"));
        QCOMPARE(b.prompts.unexpected, 0);
    }

    void saveThenCancelledFileDialogKeepsTheCase()
    {
        Bench b;
        const QString other = b.savedCase(QStringLiteral("other.chiptrail"));
        b.editedNewCase();
        b.prompts.unsavedAnswers = {Unsaved::Save};
        b.prompts.savePaths = {QString()};
        b.window.openCaseFile(other);
        QVERIFY(b.session.isTemporary());
        QCOMPARE(b.partyNames(), QStringList{QStringLiteral("Aivres")});
    }

    void openSampleAsksToo()
    {
        Bench b;
        b.editedNewCase();
        b.prompts.unsavedAnswers = {Unsaved::Cancel};
        const auto actions = b.window.findChildren<QAction *>();
        for (QAction *a : actions)
            if (a->text() == QLatin1String("Open &Sample Case"))
                a->trigger();
        QCOMPARE(b.prompts.unsavedAsked.size(), 1);
        QCOMPARE(b.partyNames(), QStringList{QStringLiteral("Aivres")});
    }

    void closingTheWindowAsks()
    {
        Bench b;
        b.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b.window));
        b.editedNewCase();
        const QString file = b.session.unsavedPath();
        b.prompts.unsavedAnswers = {Unsaved::Cancel, Unsaved::Discard};
        QVERIFY(!b.window.close()); // Quit closes every window: the same question
        QVERIFY(b.window.isVisible());
        QVERIFY(QFile::exists(file));
        QVERIFY(b.window.close());
        QVERIFY(!b.session.hasCase());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(b.prompts.unsavedAsked.size(), 2);
    }

    void quitWithSaveSaves()
    {
        Bench b;
        b.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&b.window));
        b.editedNewCase();
        const QString target = b.folder.filePath(QStringLiteral("kept.chiptrail"));
        b.prompts.unsavedAnswers = {Unsaved::Save};
        b.prompts.savePaths = {target};
        b.action("quit")->trigger();
        QVERIFY(!b.window.isVisible());
        QCOMPARE(CaseStore::open(target, CaseStore::Access::ReadOnly)->parties().size(), 1);
        QVERIFY(unsavedFiles(b.session.unsavedCases().directory()).isEmpty());
    }

    void nothingIsAskedWithoutUnsavedWork()
    {
        Bench b;
        const QString named = b.savedCase(QStringLiteral("named.chiptrail"));
        b.action("newCase")->trigger(); // untouched: nothing to lose
        b.window.openCaseFile(named);
        Party p;
        p.name = QStringLiteral("NVIDIA");
        QVERIFY(b.session.attempt(QStringLiteral("add"), std::make_unique<AddPartyCommand>(&b.session, p)));
        b.action("newCase")->trigger(); // a named case has every edit in its file
        QVERIFY(b.prompts.unsavedAsked.isEmpty());
        QCOMPARE(CaseStore::open(named, CaseStore::Access::ReadOnly)->parties().size(), 1);
        QVERIFY(b.window.close());
        QVERIFY(b.prompts.unsavedAsked.isEmpty());
        QVERIFY(unsavedFiles(b.session.unsavedCases().directory()).isEmpty());
    }

    void saveAsKeepsTheHistoryAndTheWindowTitle()
    {
        Bench b;
        b.editedNewCase();
        const QString target = b.folder.filePath(QStringLiteral("as.chiptrail"));
        b.prompts.savePaths = {target};
        QAction *saveAs = b.action("saveCaseAs");
        QVERIFY(saveAs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
        saveAs->trigger();
        QCOMPARE(b.session.store()->path(), target);
        QVERIFY(!b.session.isTemporary());
        QVERIFY(b.window.windowTitle().contains(QLatin1String("as.chiptrail")));
        QCOMPARE(b.session.document()->data().info.title, QStringLiteral("as"));
        // Undo goes on in the named file: the title, then the party.
        b.session.undoStack()->undo();
        b.session.undoStack()->undo();
        QVERIFY(CaseStore::open(target, CaseStore::Access::ReadOnly)->parties().isEmpty());
        // Saving a named case again under another name copies it there.
        b.session.undoStack()->redo();
        const QString second = b.folder.filePath(QStringLiteral("second.chiptrail"));
        b.prompts.savePaths = {second};
        saveAs->trigger();
        QCOMPARE(b.session.store()->path(), second);
        QCOMPARE(CaseStore::open(second, CaseStore::Access::ReadOnly)->parties().size(), 1);
        QCOMPARE(b.prompts.unexpected, 0);
    }

    // Ctrl+S out of habit: an untitled case asks where, as Save As does; a named case is not
    // copied or asked about again, and the status bar says its edits are in its file.
    void ctrlSSavesAnUntitledCaseAndSaysANamedOneIsSaved()
    {
        Bench b;
        b.editedNewCase();
        QAction *save = b.action("saveCase");
        QVERIFY(save->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_S)));
        const QString target = b.folder.filePath(QStringLiteral("habit.chiptrail"));
        b.prompts.savePaths = {target};
        save->trigger();
        QCOMPARE(b.session.store()->path(), target);
        QVERIFY(!b.session.isTemporary());
        QCOMPARE(CaseStore::open(target, CaseStore::Access::ReadOnly)->parties().size(), 1);
        const QByteArray before = testing::fileHash(target);
        save->trigger(); // no path is scripted: a second question would count as unexpected
        QCOMPARE(b.prompts.unexpected, 0);
        QCOMPARE(b.session.store()->path(), target);
        QCOMPARE(testing::fileHash(target), before);
        QVERIFY2(b.window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)),
                 qPrintable(b.window.statusBar()->currentMessage()));
    }

    void propertiesRoundTripAndUndo()
    {
        Bench b;
        b.editedNewCase();
        const CaseInfo before = b.session.document()->data().info;
        CasePropertiesDialog dialog(before);
        dialog.findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("  Jakarta GPUs  "));
        dialog.findChild<QLineEdit *>(QStringLiteral("subtitle"))->setText(QStringLiteral("How 2,304 GB200 reached INF Tech"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("description"))->setPlainText(QStringLiteral("Long text."));
        dialog.findChild<QLineEdit *>(QStringLiteral("author"))->setText(QStringLiteral("Investigations desk"));
        dialog.findChild<QLineEdit *>(QStringLiteral("credit"))->setText(QStringLiteral("Example Daily"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        const CaseInfo after = dialog.info();
        QCOMPARE(after.title, QStringLiteral("Jakarta GPUs"));
        QCOMPARE(after.language, QStringLiteral("de"));
        QVERIFY(b.session.attempt(QStringLiteral("props"), std::make_unique<SetCaseInfoCommand>(&b.session, before, after)));
        QCOMPARE(b.session.store()->info(), after);
        QCOMPARE(b.session.document()->data().info, after);
        QVERIFY(b.window.windowTitle().startsWith(QLatin1String("Jakarta GPUs")));
        // Through the file and back: every field as written.
        const QString path = b.folder.filePath(QStringLiteral("props.chiptrail"));
        b.session.saveAs(path);
        QCOMPARE(CaseStore::open(path, CaseStore::Access::ReadOnly)->info(), after);
        b.session.undoStack()->undo();
        QCOMPARE(CaseStore::open(path, CaseStore::Access::ReadOnly)->info(), before);
        QCOMPARE(b.session.document()->data().info, before);
        b.session.undoStack()->redo();
        QCOMPARE(b.session.document()->data().info, after);
        // A title the user emptied cannot be confirmed.
        CasePropertiesDialog empty(after);
        empty.findChild<QLineEdit *>(QStringLiteral("title"))->clear();
        QVERIFY(!empty.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void exportsPrintTheCaseProperties()
    {
        CaseData data;
        data.info.title = QStringLiteral("Jakarta GPUs");
        data.info.description = QStringLiteral("First sentence. Second Sentence.");
        const picture::ChainPicture chain;
        picture::PictureFrame frame = picture::makeFrame(data, chain, {}, {}, {});
        QCOMPARE(frame.title, data.info.title);
        QCOMPARE(frame.subtitle, QStringLiteral("First sentence."));
        QCOMPARE(frame.credit, QStringLiteral("Graphic made with ChipTrail"));
        data.info.subtitle = QStringLiteral("The subtitle");
        data.info.author = QStringLiteral("Investigations desk");
        frame = picture::makeFrame(data, chain, {}, {}, {});
        QCOMPARE(frame.subtitle, QStringLiteral("The subtitle"));
        QCOMPARE(frame.credit, QStringLiteral("Graphic: Investigations desk; made with ChipTrail"));
        data.info.credit = QStringLiteral("Example Daily");
        frame = picture::makeFrame(data, chain, {}, {}, {});
        QCOMPARE(frame.credit, QStringLiteral("Graphic: Example Daily; made with ChipTrail"));
        // What the command line or the export dialog gives wins.
        frame = picture::makeFrame(data, chain, {}, QStringLiteral("Other title"), QStringLiteral("CLI credit"));
        QCOMPARE(frame.title, QStringLiteral("Other title"));
        QCOMPARE(frame.credit, QStringLiteral("Graphic: CLI credit; made with ChipTrail"));
    }

    void anOrphanIsOfferedWithItsDateAndCanWait()
    {
        QTemporaryDir folder;
        const QString unsaved = folder.filePath(QStringLiteral("unsaved"));
        QString file;
        {
            CaseSession crashed(nullptr, unsaved);
            crashed.newCase(QStringLiteral("Untitled case"));
            Party p;
            p.name = QStringLiteral("INF Tech");
            crashed.perform(std::make_unique<AddPartyCommand>(&crashed, p));
            file = crashed.unsavedPath();
        } // a session that goes with unsaved work leaves the file, as a crash would
        QVERIFY(QFile::exists(file));

        CaseSession next(nullptr, unsaved);
        ScriptedPrompts prompts;
        prompts.recoveryAnswers = {Recovery::Later};
        QVERIFY(!offerRecovery(next, prompts, nullptr));
        QCOMPARE(prompts.offered.size(), 1);
        QCOMPARE(prompts.offered.first().counts.parties, 1);
        QCOMPARE(prompts.offered.first().lastEdited, QFileInfo(file).lastModified());
        QVERIFY(QFile::exists(file)); // Later keeps it for the next start

        prompts.recoveryAnswers = {Recovery::Recover};
        QVERIFY(offerRecovery(next, prompts, nullptr));
        QCOMPARE(prompts.offered.size(), 2);
        QVERIFY(next.isTemporary());
        QVERIFY(next.hasUnsavedWork()); // recovered work is asked about before it goes
        QCOMPARE(next.document()->data().parties.first().name, QStringLiteral("INF Tech"));
        QCOMPARE(next.unsavedPath(), file);

        // While it is open here, nobody else is offered it.
        CaseSession third(nullptr, unsaved);
        ScriptedPrompts none;
        QVERIFY(!offerRecovery(third, none, nullptr));
        QVERIFY(none.offered.isEmpty());

        // Saved under a name, it leaves the unsaved folder.
        next.saveAs(folder.filePath(QStringLiteral("recovered.chiptrail")));
        QVERIFY(!QFile::exists(file));
    }

    void discardDeletesOnlyThatFile()
    {
        QTemporaryDir folder;
        const QString unsaved = folder.filePath(QStringLiteral("unsaved"));
        QStringList files;
        for (const char *name : {"one", "two"}) {
            CaseSession crashed(nullptr, unsaved);
            crashed.newCase(QString::fromLatin1(name));
            Party p;
            p.name = QString::fromLatin1(name);
            crashed.perform(std::make_unique<AddPartyCommand>(&crashed, p));
            files << crashed.unsavedPath();
        }
        CaseSession next(nullptr, unsaved);
        ScriptedPrompts prompts;
        prompts.recoveryAnswers = {Recovery::Discard, Recovery::Later};
        QVERIFY(!offerRecovery(next, prompts, nullptr));
        QCOMPARE(prompts.offered.size(), 2);
        const QString discarded = prompts.offered.first().title == QLatin1String("one") ? files[0] : files[1];
        const QString kept = discarded == files[0] ? files[1] : files[0];
        QVERIFY(!QFile::exists(discarded));
        QVERIFY(QFile::exists(kept));
    }

    void aDamagedRecoveryFileIsMovedAsideNotOpened()
    {
        QTemporaryDir folder;
        const QString unsaved = folder.filePath(QStringLiteral("unsaved"));
        QVERIFY(QDir().mkpath(unsaved));
        const QString file = QDir(unsaved).filePath(QStringLiteral("new-deadbeef.chiptrail"));
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("SQLite format 3") + QByteArray(4000, '\x5a'));
        damaged.close();

        CaseSession next(nullptr, unsaved);
        ScriptedPrompts prompts;
        QVERIFY(!offerRecovery(next, prompts, nullptr));
        QVERIFY(!next.hasCase());
        QVERIFY(prompts.offered.isEmpty());
        QCOMPARE(prompts.damaged.size(), 1);
        QVERIFY(!QFile::exists(file));
        QVERIFY(prompts.damaged.first().contains(QLatin1String("/damaged/")));
        QFile moved(prompts.damaged.first());
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll().left(15), QByteArray("SQLite format 3")); // kept as it was
        // Not offered again.
        ScriptedPrompts again;
        QVERIFY(!offerRecovery(next, again, nullptr));
        QVERIFY(again.damaged.isEmpty() && again.offered.isEmpty());
    }

    void recoverDataRunsOffTheGuiThread()
    {
        QTemporaryDir folder;
        CaseSession session(nullptr, folder.filePath(QStringLiteral("unsaved")));
        session.openSample();
        const QString in = folder.filePath(QStringLiteral("in.chiptrail"));
        session.saveAs(in);
        const QString out = folder.filePath(QStringLiteral("out.chiptrail"));
        const RecoveryReport report = runRecovery(nullptr, in, out);
        QCOMPARE(report.skipped(), 0);
        QCOMPARE(CaseStore::open(out, CaseStore::Access::ReadOnly)->parties().size(),
                 session.document()->data().parties.size());
        // What recoverCase refuses comes back as its error, naming the file.
        try {
            runRecovery(nullptr, folder.filePath(QStringLiteral("missing.chiptrail")), folder.filePath(QStringLiteral("x.chiptrail")));
            QFAIL("a missing file was recovered");
        } catch (const CaseError &error) {
            QVERIFY2(error.message().contains(QLatin1String("missing.chiptrail")), qPrintable(error.message()));
        }
    }

    void theQuestionIsAskedInGermanWithQtsOwnButtons()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("de"));
        QStringList buttons;
        QString text;
        QTimer poll; // until the box is up: it runs its own event loop
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            QMessageBox *box = nullptr;
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (auto *shown = qobject_cast<QMessageBox *>(widget); shown && shown->isVisible())
                    box = shown;
            if (!box)
                return;
            poll.stop();
            text = box->text();
            for (const auto which : {QMessageBox::Save, QMessageBox::Discard, QMessageBox::Cancel})
                buttons << box->button(which)->text().remove(u'&');
            box->button(QMessageBox::Discard)->click();
        });
        poll.start();
        DialogPrompts prompts;
        const auto answer = prompts.askUnsaved(nullptr, QStringLiteral("Jakarta"));
        language.applySaved(QStringLiteral("en"));
        QCOMPARE(answer, Unsaved::Discard);
        QCOMPARE(buttons, (QStringList{QStringLiteral("Speichern"), QStringLiteral("Verwerfen"), QStringLiteral("Abbrechen")}));
        QCOMPARE(text, QStringLiteral("Der Fall „Jakarta“ wurde noch nicht unter einem Namen gespeichert."));
    }

    void anEmptyLeftoverIsNotOffered()
    {
        QTemporaryDir folder;
        const QString unsaved = folder.filePath(QStringLiteral("unsaved"));
        UnsavedCases cases(unsaved);
        auto claim = cases.claimNew(QStringLiteral("new"));
        CaseInfo info;
        info.title = QStringLiteral("Untitled case");
        CaseStore::create(claim->path(), info);
        const QString file = claim->path();
        claim.reset(); // the process went without a word
        CaseSession next(nullptr, unsaved);
        ScriptedPrompts prompts;
        QVERIFY(!offerRecovery(next, prompts, nullptr));
        QVERIFY(prompts.offered.isEmpty());
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestLifecycle)
#include "test_lifecycle.moc"
