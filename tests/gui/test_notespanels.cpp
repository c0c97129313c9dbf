// SPDX-License-Identifier: GPL-3.0-or-later
// The source-notes panels as a user drives them: the notes of a selection side by side, adding
// sources and passages, translations, confidence, search, and undo of each.
#include "canvas/chainscene.h"
#include "canvas/linkedgeitem.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "commands/notecommands.h"
#include "mainwindow.h"
#include "panels/notesdocks.h"
#include "panels/notespanel.h"
#include "panels/searchpanel.h"
#include "panels/sourcedialog.h"
#include "panels/sourcefile.h"
#include "panels/sourceviewer.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTimer>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// Runs `fill` on the next modal dialog as soon as it opens; `fill` accepts or rejects it.
void answerNextDialog(std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        fill(dialog);
    });
    timer->start();
}

QStringList excerpts(NotesPanel *panel)
{
    QStringList texts;
    for (NoteCard *card : panel->cards())
        texts << (card->isPlaceholder() ? QStringLiteral("-") : card->excerptText());
    return texts;
}

template <typename T>
qint64 idOfKey(const QList<T> &records, const QString &key)
{
    for (const auto &r : records)
        if (r.key == key)
            return r.id.value;
    return 0;
}

Note noteWithKey(const CaseStore &store, const QString &key)
{
    return *store.note(NoteId(idOfKey(store.notes(), key)));
}

struct Fixture
{
    CaseSession session;
    MainWindow window{&session};
    NotesDocks *docks() const { return window.notesDocks(); }
    CaseStore *store() const { return session.store(); }
    PartyId party;
    SourceId source;

    // A new case with one party and one German source about it.
    void smallCase()
    {
        session.newCase(QStringLiteral("Notes"));
        Party p;
        p.key = QStringLiteral("mueller");
        p.name = QStringLiteral("Müller GmbH");
        party = store()->addParty(p);
        Source s;
        s.key = QStringLiteral("bericht");
        s.title = QStringLiteral("Bericht");
        s.language = QStringLiteral("de");
        s.text = QStringLiteral("Die Müller GmbH lieferte 32 Racks über Singapur.");
        source = store()->addSource(s);
        session.undoStack()->clear();
        window.selectSubject({OutlineSubject::Kind::Party, party.value});
    }
};

} // namespace

class TestNotesPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLeaseShowsGermanAndEnglishSideBySide()
    {
        Fixture f;
        f.window.show();
        f.session.openSample();
        const qint64 lease = idOfKey(f.store()->links(), QStringLiteral("indosat-inftech-lease"));
        QVERIFY(lease > 0);
        f.window.selectSubject({OutlineSubject::Kind::Link, lease});
        NotesPanel *de = f.docks()->germanPanel();
        NotesPanel *en = f.docks()->englishPanel();
        const QStringList german = excerpts(de), english = excerpts(en);
        QCOMPARE(german.size(), english.size());
        const QString deLease = noteWithKey(*f.store(), QStringLiteral("n000-lease")).excerpt;
        const QString enLease = noteWithKey(*f.store(), QStringLiteral("n001-lease")).excerpt;
        const auto row = german.indexOf(QStringLiteral("„%1“").arg(deLease));
        QVERIFY2(row >= 0, qPrintable(german.join(QLatin1Char('\n'))));
        QCOMPARE(english.at(row), QStringLiteral("„%1“").arg(enLease));
        // A German note without a translation has an empty place beside it.
        const auto remote = german.indexOf(QStringLiteral("„%1“").arg(noteWithKey(*f.store(), QStringLiteral("n000-remote")).excerpt));
        QVERIFY(remote >= 0);
        QCOMPARE(english.at(remote), QStringLiteral("-"));
        QVERIFY(de->findChild<QLabel *>(QStringLiteral("claimTitle"))->text().contains(QStringLiteral("INF Tech")));

        // Narrowed to the quantity: only the notes that back the quantity.
        f.docks()->setAttribute(QStringLiteral("quantity"));
        QCOMPARE(excerpts(de), QStringList{QStringLiteral("„%1“").arg(deLease)});
        QCOMPARE(excerpts(en), QStringList{QStringLiteral("„%1“").arg(enLease)});
        // The canvas counts the notes on the link.
        QVERIFY(f.window.chainScene()->edge(LinkId(lease))->noteCount() >= 5);
    }

    void everySampleClaimHasGermanAndEnglishNotes()
    {
        Fixture f;
        f.session.openSample();
        for (const auto &link : f.store()->links()) {
            f.window.selectSubject({OutlineSubject::Kind::Link, link.id.value});
            QVERIFY2(!f.docks()->germanPanel()->cards().isEmpty() || !f.docks()->englishPanel()->cards().isEmpty(),
                     qPrintable(link.key));
        }
        QCOMPARE(f.store()->counts().unsourcedClaims, 0);
    }

    void attachAPassageFromTheViewerAndUndoIt()
    {
        Fixture f;
        f.smallCase();
        f.docks()->openSource(f.source);
        SourceViewer *viewer = f.docks()->sourceViewer();
        QVERIFY(viewer);
        viewer->selectPassage(4, 11); // "Müller GmbH"
        auto *attach = viewer->findChild<QPushButton *>(QStringLiteral("attachSelection"));
        QVERIFY(attach->isEnabled());
        attach->click();
        QCOMPARE(f.store()->notes().size(), 1);
        const Note note = f.store()->notes().first();
        QCOMPARE(note.excerpt, QStringLiteral("Müller GmbH"));
        QCOMPARE(note.start, 4);
        QCOMPARE(note.claims, (QList<ClaimRef>{{SubjectKind::Party, f.party.value, {}}}));
        QCOMPARE(excerpts(f.docks()->germanPanel()), QStringList{QStringLiteral("„Müller GmbH“")});
        QCOMPARE(f.window.chainScene()->node(f.party)->noteCount(), 1);

        f.session.undoStack()->undo();
        QVERIFY(f.store()->notes().isEmpty());
        QVERIFY(f.docks()->germanPanel()->cards().isEmpty());
        QCOMPARE(f.window.chainScene()->node(f.party)->noteCount(), 0);
        f.session.undoStack()->redo();
        QCOMPARE(f.store()->notes(), QList<Note>{note});

        // Detach and attach again, each undoable.
        f.docks()->detachNote(note.id);
        QVERIFY(f.store()->note(note.id)->claims.isEmpty());
        f.session.undoStack()->undo();
        QCOMPARE(*f.store()->note(note.id), note);
        const ClaimRef quantity{SubjectKind::Party, f.party.value, QStringLiteral("name")};
        f.session.perform(attachClaimCommand(&f.session, note.id, quantity));
        QCOMPARE(f.store()->note(note.id)->claims.size(), 2);
        f.session.perform(detachClaimCommand(&f.session, note.id, quantity));
        QCOMPARE(f.store()->note(note.id)->claims.size(), 1);
        f.session.undoStack()->undo();
        f.session.undoStack()->undo();
        QCOMPARE(*f.store()->note(note.id), note);
    }

    void writeAPairAndUnpairTranslations()
    {
        Fixture f;
        f.smallCase();
        Note de;
        de.key = QStringLiteral("de");
        de.source = f.source;
        de.start = 0;
        de.length = 15;
        de.excerpt = QStringLiteral("Die Müller GmbH");
        de.claims = {{SubjectKind::Party, f.party.value, {}}};
        f.session.perform(std::make_unique<AddNoteCommand>(&f.session, de));
        de = noteWithKey(*f.store(), QStringLiteral("de"));
        QCOMPARE(excerpts(f.docks()->englishPanel()), QStringList{QStringLiteral("-")});

        // Write the English version in the dialog.
        answerNextDialog([](QDialog *d) {
            d->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("The Müller company"));
            d->accept();
        });
        f.docks()->writeTranslation(de.id);
        QCOMPARE(f.store()->notes().size(), 2);
        const Note en = f.store()->notes().last();
        QCOMPARE(en.translationOf, de.id);
        QCOMPARE(en.claims, de.claims);
        QCOMPARE(f.store()->source(en.source)->language, QStringLiteral("en"));
        QCOMPARE(excerpts(f.docks()->englishPanel()), QStringList{QStringLiteral("„The Müller company“")});
        QCOMPARE(excerpts(f.docks()->germanPanel()), QStringList{QStringLiteral("„Die Müller GmbH“")});

        // Edit it: source text and note change together.
        answerNextDialog([](QDialog *d) {
            d->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Müller GmbH"));
            d->accept();
        });
        f.docks()->editTranslation(en.id);
        QCOMPARE(f.store()->note(en.id)->excerpt, QStringLiteral("Müller GmbH"));
        QCOMPARE(f.store()->source(en.source)->text, QStringLiteral("Müller GmbH"));
        f.session.undoStack()->undo();
        QCOMPARE(*f.store()->note(en.id), en);

        // Unpair, pair again, undo both.
        f.docks()->unpairNote(en.id);
        QVERIFY(!f.store()->note(en.id)->translationOf);
        QCOMPARE(excerpts(f.docks()->englishPanel()).size(), 2); // now two rows, each alone
        f.session.perform(pairTranslationCommand(&f.session, de.id, en.id));
        QCOMPARE(f.store()->note(en.id)->translationOf, de.id);
        f.session.undoStack()->undo();
        QVERIFY(!f.store()->note(en.id)->translationOf);
        f.session.undoStack()->undo();
        QCOMPARE(f.store()->note(en.id)->translationOf, de.id);

        // Undo of writing (one step) removes the translation and its own source.
        f.session.undoStack()->undo();
        QCOMPARE(f.store()->notes().size(), 1);
        QCOMPARE(f.store()->sources().size(), 1);
        f.session.undoStack()->redo();
        QCOMPARE(*f.store()->note(en.id), en);
    }

    void setConfidenceOfAClaimAndOfAnAttribute()
    {
        Fixture f;
        f.smallCase();
        QComboBox *box = f.docks()->germanPanel()->confidenceBox();
        box->setCurrentIndex(box->findData(QStringLiteral("disputed")));
        QCOMPARE(f.store()->party(f.party)->confidence, Confidence::Disputed);
        QCOMPARE(f.docks()->englishPanel()->confidenceBox()->currentData().toString(), QStringLiteral("disputed"));
        f.docks()->setAttribute(QStringLiteral("name"));
        box = f.docks()->germanPanel()->confidenceBox();
        box->setCurrentIndex(box->findData(QStringLiteral("confirmed")));
        QCOMPARE(f.store()->party(f.party)->attributeConfidence.value(QStringLiteral("name")), Confidence::Confirmed);
        f.session.undoStack()->undo();
        QVERIFY(f.store()->party(f.party)->attributeConfidence.isEmpty());
        f.session.undoStack()->undo();
        QCOMPARE(f.store()->party(f.party)->confidence, Confidence::Reported);
    }

    void editingASourceMovesItsNotesAndUndoPutsThemBack()
    {
        Fixture f;
        f.smallCase();
        Note n;
        n.key = QStringLiteral("racks");
        n.source = f.source;
        n.start = 25;
        n.length = 8;
        n.excerpt = QStringLiteral("32 Racks");
        f.session.perform(std::make_unique<AddNoteCommand>(&f.session, n));
        const Source before = *f.store()->source(f.source);
        Source after = before;
        after.text = QStringLiteral("Laut Bericht: ") + before.text;
        f.session.perform(std::make_unique<EditSourceCommand>(&f.session, before, after));
        QCOMPARE(f.store()->notes().first().start, 25 + 14);
        f.session.undoStack()->undo();
        QCOMPARE(f.store()->notes().first().start, 25);
        QCOMPARE(*f.store()->source(f.source), before);
        // A text the note cannot follow is refused, with a message, and nothing is pushed.
        after.text = QStringLiteral("Ganz anders.");
        const int steps = f.session.undoStack()->count();
        QVERIFY_THROWS_EXCEPTION(CaseError, f.session.perform(std::make_unique<EditSourceCommand>(&f.session, before, after)));
        QCOMPARE(f.session.undoStack()->count(), steps);
    }

    void htmlInASourceIsShownAsText()
    {
        Fixture f;
        f.smallCase();
        Source s;
        s.key = QStringLiteral("markup");
        s.title = QStringLiteral("<i>Title</i>");
        s.language = QStringLiteral("en");
        s.text = QStringLiteral("<b>bold</b> and <img src=x onerror=alert(1)> <a href='http://x'>link</a>");
        f.session.perform(std::make_unique<AddSourceCommand>(&f.session, s));
        const SourceId id(idOfKey(f.store()->sources(), QStringLiteral("markup")));
        f.docks()->openSource(id);
        QCOMPARE(f.docks()->sourceViewer()->textView()->toPlainText(), s.text);
        QVERIFY(f.docks()->sourceViewer()->findChild<QLabel *>(QStringLiteral("sourceHeader"))->text().contains(s.title));

        Note n;
        n.key = QStringLiteral("b");
        n.source = id;
        n.length = 11;
        n.excerpt = QStringLiteral("<b>bold</b>");
        n.claims = {{SubjectKind::Party, f.party.value, {}}};
        f.session.perform(std::make_unique<AddNoteCommand>(&f.session, n));
        NoteCard *card = f.docks()->englishPanel()->cards().value(0);
        QVERIFY(card);
        auto *excerpt = card->findChild<QLabel *>(QStringLiteral("excerpt"));
        QCOMPARE(excerpt->textFormat(), Qt::PlainText);
        QCOMPARE(excerpt->text(), QStringLiteral("„<b>bold</b>“"));
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("sourceLine"))->text().contains(QStringLiteral("<i>Title</i>")));
    }

    void htmlFilesBecomePlainText()
    {
        const auto converted = htmlToSourceText(QStringLiteral(
            "<html><head><title>Der &amp; Titel</title><style>p{color:red}</style></head>"
            "<body><p>Hallo <b>Welt</b> &amp; &lt;du&gt;</p><script>alert('x')</script><p>Zweiter</p></body></html>"));
        QCOMPARE(converted.title, QStringLiteral("Der & Titel"));
        QCOMPARE(converted.text, QStringLiteral("Hallo Welt & <du>\nZweiter"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("artikel.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><head><title>Artikel</title></head><body><h1>Stra\xc3\x9f" "e</h1><p>Text</p></body></html>");
        file.close();
        SourceDialog dialog(Source{});
        dialog.loadFile(path);
        QCOMPARE(dialog.source().title, QStringLiteral("Artikel"));
        QCOMPARE(dialog.source().text, QStringLiteral("Straße\nText"));
        QVERIFY_THROWS_EXCEPTION(CaseError, dialog.loadFile(dir.filePath(QStringLiteral("missing.txt"))));
    }

    void addASourceThroughTheDialog()
    {
        Fixture f;
        f.smallCase();
        answerNextDialog([](QDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Reuters"));
            d->findChild<QLineEdit *>(QStringLiteral("date"))->setText(QStringLiteral("2025-10"));
            auto *language = d->findChild<QComboBox *>(QStringLiteral("language"));
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            d->findChild<QPlainTextEdit *>(QStringLiteral("text"))->setPlainText(QStringLiteral("Chips went to Jakarta."));
            d->accept();
        });
        f.docks()->addSource();
        QCOMPARE(f.store()->sources().size(), 2);
        const Source added = f.store()->sources().last();
        QCOMPARE(added.language, QStringLiteral("en"));
        QCOMPARE(added.date.toIso(), QStringLiteral("2025-10"));
        QCOMPARE(f.docks()->sourceViewer()->sourceId(), added.id); // opened for reading
        f.session.undoStack()->undo();
        QCOMPARE(f.store()->sources().size(), 1);
    }

    void addSourceStartsInTheLanguageOfItsPanel()
    {
        Fixture f;
        f.smallCase();
        for (const auto &[panel, code] : {std::pair{f.docks()->englishPanel(), QStringLiteral("en")},
                                          std::pair{f.docks()->germanPanel(), QStringLiteral("de")}}) {
            QString offered;
            bool editable = true;
            answerNextDialog([&](QDialog *d) {
                auto *language = d->findChild<QComboBox *>(QStringLiteral("language"));
                offered = language->currentData().toString();
                editable = language->isEditable();
                d->reject();
            });
            Q_EMIT panel->addSourceRequested();
            QCOMPARE(offered, code);
            QVERIFY(!editable); // chosen from a list, not typed
        }
    }

    void searchAndJumpToTheHit()
    {
        Fixture f;
        f.session.openSample();
        SearchPanel *search = f.docks()->searchPanel();
        search->search(QStringLiteral("uber"));
        QVERIFY(search->hitTree()->topLevelItemCount() > 0); // "über" in the German seeds
        search->search(QStringLiteral("Jakarta"));
        QTreeWidget *hits = search->hitTree();
        // Hits of one kind under one heading; the kind is in the item's data.
        const auto firstOf = [hits](SearchHit::Kind kind) -> QTreeWidgetItem * {
            for (int g = 0; g < hits->topLevelItemCount(); ++g)
                for (int i = 0; i < hits->topLevelItem(g)->childCount(); ++i)
                    if (hits->topLevelItem(g)->child(i)->data(0, Qt::UserRole + 1).toInt() == int(kind))
                        return hits->topLevelItem(g)->child(i);
            return nullptr;
        };
        // A party hit selects the party.
        QTreeWidgetItem *partyHit = firstOf(SearchHit::Kind::Party);
        QVERIFY(partyHit);
        Q_EMIT hits->itemActivated(partyHit, 0);
        QCOMPARE(f.docks()->subject().kind, OutlineSubject::Kind::Party);
        // The first note hit: the window selects the claim it backs.
        QTreeWidgetItem *noteHit = firstOf(SearchHit::Kind::Note);
        QVERIFY(noteHit);
        Q_EMIT hits->itemActivated(noteHit, 0);
        QVERIFY(f.docks()->subject().kind != OutlineSubject::Kind::None);
        QVERIFY(!f.docks()->germanPanel()->cards().isEmpty());
    }
};

QTEST_MAIN(TestNotesPanels)
#include "test_notespanels.moc"
