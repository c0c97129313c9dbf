// SPDX-License-Identifier: GPL-3.0-or-later
// Sources as reporters keep them: PDFs read page by page off the GUI thread (progress, Cancel,
// clear messages for broken, encrypted and image-only files), notes citing their page, the
// source header in UTF-8 with a clickable link, the language list of the source dialog, and the
// search panel's grouped hits that quote the source.
#include "error.h"
#include "panels/notecard.h"
#include "panels/searchpanel.h"
#include "panels/sourcedialog.h"
#include "panels/sourcepdf.h"
#include "panels/sourceviewer.h"
#include "store/casestore.h"

#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// A PDF with one line of known text on each page.
QString writePdf(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Gerichtsakte"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(200, 600), pages.at(i));
    }
    painter.end();
    return path;
}

QString pageText(const PdfSource &pdf, int page)
{
    const int begin = pdf.pageStarts.at(page - 1);
    const int end = page < pdf.pageStarts.size() ? pdf.pageStarts.at(page) : codePointLength(pdf.text);
    return codePointSlice(pdf.text, begin, end - begin).trimmed();
}

QString failureOf(const QString &path)
{
    try {
        readPdf(path);
    } catch (const CaseError &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_threePages;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_threePages = writePdf(m_dir.filePath(QStringLiteral("akte.pdf")),
                                {QStringLiteral("Seite eins: Klageschrift"), QStringLiteral("Seite zwei: Aivres lieferte Server"),
                                 QStringLiteral("Page three: the defendant denies")});
    }

    void pdfTextIsReadPageByPage()
    {
        const auto pdf = readPdf(m_threePages);
        QVERIFY(pdf);
        QCOMPARE(pdf->pageStarts.size(), 3);
        QCOMPARE(pdf->pageStarts.first(), 0);
        QCOMPARE(pageText(*pdf, 1), QStringLiteral("Seite eins: Klageschrift"));
        QCOMPARE(pageText(*pdf, 2), QStringLiteral("Seite zwei: Aivres lieferte Server"));
        QCOMPARE(pageText(*pdf, 3), QStringLiteral("Page three: the defendant denies"));
        QCOMPARE(pdf->title, QStringLiteral("Gerichtsakte"));
        QCOMPARE(pdf->file.name, QStringLiteral("akte.pdf"));
        QCOMPARE(pdf->file.mediaType, QStringLiteral("application/pdf"));
        QFile file(m_threePages);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(pdf->file.bytes, file.readAll());
        QCOMPARE(pdf->file.sha256.size(), 64);
    }

    void aNoteFromPageTwoCitesPageTwo()
    {
        const auto pdf = readPdf(m_threePages);
        QVERIFY(pdf);
        QTemporaryDir dir;
        auto store = CaseStore::create(dir.filePath(QStringLiteral("pdf.chiptrail")), {QStringLiteral("PDF"), {}, QStringLiteral("de")});
        Source source;
        source.title = pdf->title;
        source.language = QStringLiteral("de");
        source.text = pdf->text;
        source.pageStarts = pdf->pageStarts;
        source.file = pdf->file;
        const SourceId id = store->addSource(source);
        const QString passage = QStringLiteral("Aivres lieferte Server");
        Note note;
        note.source = id;
        note.start = utf16IndexToCodePoint(source.text, int(source.text.indexOf(passage)));
        note.length = codePointLength(passage);
        note.excerpt = passage;
        const NoteId noteId = store->addNote(note);

        // The case keeps the PDF byte for byte, and its pages, across closing and opening.
        const QString path = store->path();
        store.reset();
        const auto reopened = CaseStore::open(path, CaseStore::Access::ReadOnly);
        const auto read = reopened->source(id);
        QVERIFY(read && read->file);
        QCOMPARE(read->file->bytes, pdf->file.bytes);
        QCOMPARE(read->pageStarts, pdf->pageStarts);

        NoteCard card({*reopened->note(noteId), *read}, QString(), false);
        const auto *line = card.findChild<QLabel *>(QStringLiteral("sourceLine"));
        QVERIFY(line);
        QVERIFY2(line->text().endsWith(QStringLiteral(", p. 2")), qPrintable(line->text()));

        SourceViewer viewer;
        viewer.showSource(*read, {*reopened->note(noteId)}, noteId);
        QCOMPARE(viewer.pageLabel()->text(), QStringLiteral("Page 2 of 3"));
        QVERIFY(viewer.header()->text().contains(QStringLiteral("akte.pdf")));
        // Pages 2 and 3 begin on a band; the note's passage is marked too.
        int bands = 0;
        for (const auto &mark : viewer.textView()->extraSelections())
            bands += mark.format.property(QTextFormat::FullWidthSelection).toBool() ? 1 : 0;
        QCOMPARE(bands, 2);
        QCOMPARE(viewer.textView()->extraSelections().size(), 3);
    }

    void brokenAndOddFilesGetAClearMessage()
    {
        QFile whole(m_threePages);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();

        const QString truncated = m_dir.filePath(QStringLiteral("truncated.pdf"));
        QFile cut(truncated);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 3)); // Poppler repairs what it can; the pages' text is gone
        cut.close();
        const QString message = failureOf(truncated);
        QVERIFY2(message.contains(QStringLiteral("truncated.pdf")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("damaged")) || message.contains(QStringLiteral("no text")),
                 qPrintable(message));

        const QString notPdf = m_dir.filePath(QStringLiteral("notes.pdf"));
        QFile text(notPdf);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Nur Text, kein PDF");
        text.close();
        QVERIFY(failureOf(notPdf).contains(QStringLiteral("not a PDF")));

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.pdf"));
        QFile junk(garbage);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("%PDF-1.7\n" + QByteArray(4000, '\x9a'));
        junk.close();
        QVERIFY2(failureOf(garbage).contains(QStringLiteral("damaged")), qPrintable(failureOf(garbage)));

        QVERIFY(failureOf(m_dir.filePath(QStringLiteral("missing.pdf"))).contains(QStringLiteral("cannot be read")));
    }

    void encryptedPdfGetsAClearMessage()
    {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        if (qpdf.isEmpty())
            QSKIP("qpdf (Debian package qpdf, in dev.sh) is not installed: no encrypted PDF can be made here");
        const QString locked = m_dir.filePath(QStringLiteral("locked.pdf"));
        QCOMPARE(QProcess::execute(qpdf, {QStringLiteral("--encrypt"), QStringLiteral("user-secret"), QStringLiteral("owner-secret"),
                                          QStringLiteral("256"), QStringLiteral("--"), m_threePages, locked}),
                 0);
        const QString message = failureOf(locked);
        QVERIFY2(message.contains(QStringLiteral("locked.pdf")) && message.contains(QStringLiteral("encrypted")),
                 qPrintable(message));
    }

    void longPdfLoadsInTheBackgroundAndCanBeCancelled()
    {
        QStringList pages;
        for (int i = 1; i <= 500; ++i)
            pages << QStringLiteral("Seite %1 von 500: Lieferschein Nummer %1").arg(i);
        const QString path = writePdf(m_dir.filePath(QStringLiteral("long.pdf")), pages);

        // Read to the end: the dialog hears of each page while its thread stays free.
        {
            SourceDialog dialog(Source{});
            QSignalSpy progress(&dialog, &SourceDialog::pdfProgress);
            bool done = false;
            QString error;
            dialog.loadPdf(path, [&](const QString &e) {
                done = true;
                error = e;
            });
            QVERIFY(dialog.isLoading());
            QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QTRY_COMPARE(progress.size(), 500);
            QCOMPARE(progress.last().at(1).toInt(), 500);
            const Source source = dialog.source();
            QCOMPARE(source.pageStarts.size(), 500);
            QVERIFY(source.text.contains(QStringLiteral("Seite 377 von 500")));
            QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("text"))->isReadOnly());
        }
        // Cancelled at once: reading stops at the next page, nothing is loaded.
        {
            SourceDialog dialog(Source{});
            QSignalSpy progress(&dialog, &SourceDialog::pdfProgress);
            bool done = false;
            dialog.loadPdf(path, [&](const QString &) { done = true; });
            dialog.cancelLoading();
            QTRY_VERIFY(!dialog.isLoading());
            QTest::qWait(200); // anything still queued arrives
            QVERIFY(!done);
            QVERIFY2(progress.size() < 500, qPrintable(QString::number(progress.size())));
            QVERIFY(dialog.source().pageStarts.isEmpty());
            QVERIFY(dialog.source().text.isEmpty());
        }
    }

    void headerIsUtf8AndTheLinkOpensOnlyOnClick()
    {
        Source source;
        source.id = SourceId(1);
        source.title = QStringLiteral("Rüstungsexporte: Größere Lieferungen für Jakarta");
        source.publisher = QStringLiteral("Example News");
        source.date = *PartialDate::fromIso(QStringLiteral("2025-10-15"));
        source.language = QStringLiteral("de");
        source.url = QStringLiteral("https://example.org/a?x=1&y=2");
        source.archiveUrl = QStringLiteral("https://web.archive.org/web/2025/https://example.org/a");
        source.retrieved = *PartialDate::fromIso(QStringLiteral("2025-10-16"));
        source.text = QStringLiteral("Text");
        SourceViewer viewer;
        viewer.showSource(source, {}, std::nullopt);
        const QString header = viewer.header()->text();
        QVERIFY2(header.contains(QStringLiteral("Example News \u00B7 ")), qPrintable(header));
        QVERIFY2(!header.contains(QChar(0x00C2)), qPrintable(header)); // "Â", the Latin-1 reading of UTF-8 "·"
        QVERIFY(header.contains(QStringLiteral("Rüstungsexporte: Größere")));
        QVERIFY(!viewer.pageLabel()->isVisibleTo(&viewer)); // not a paged source

        const QLabel *links = viewer.links();
        QCOMPARE(links->textFormat(), Qt::RichText);
        QVERIFY(!links->openExternalLinks()); // opened by our handler on a click, nothing else
        QVERIFY2(links->text().contains(QStringLiteral("href=\"https://example.org/a?x=1&amp;y=2\"")),
                 qPrintable(links->text()));
        QVERIFY(links->text().contains(QStringLiteral("web.archive.org")));
        QVERIFY(links->text().contains(QStringLiteral("16 October 2025")));

        // Markup in an address is shown as text, never interpreted or linked.
        source.url = QStringLiteral("https://example.org/<b>x</b>");
        viewer.showSource(source, {}, std::nullopt);
        QVERIFY2(viewer.links()->text().startsWith(QStringLiteral("https://example.org/&lt;b&gt;x&lt;/b&gt;")),
                 qPrintable(viewer.links()->text()));

        // Anything but a web address is shown as text, never as a link.
        source.url = QStringLiteral("file:///etc/passwd");
        source.archiveUrl.clear();
        viewer.showSource(source, {}, std::nullopt);
        QVERIFY(!viewer.links()->text().contains(QStringLiteral("href")));
    }

    void sourceDialogLanguageIsAListDefaultingToThePanel()
    {
        Source english;
        english.language = QStringLiteral("en");
        SourceDialog dialog(english);
        QComboBox *language = dialog.languageBox();
        QVERIFY(!language->isEditable());
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(dialog.source().language, QStringLiteral("en"));
        QCOMPARE(language->count(), 3);
        language->setCurrentIndex(language->findData(QStringLiteral("und")));
        QCOMPARE(dialog.source().language, QStringLiteral("und"));

        Source old; // a code from an older file is kept as it is
        old.language = QStringLiteral("fr");
        SourceDialog oldDialog(old);
        QCOMPARE(oldDialog.source().language, QStringLiteral("fr"));
    }

    void searchPanelGroupsHitsAndQuotesTheSource()
    {
        QTemporaryDir dir;
        auto store = CaseStore::create(dir.filePath(QStringLiteral("s.chiptrail")), {QStringLiteral("S"), {}, QStringLiteral("de")});
        Party party;
        party.key = QStringLiteral("ausruestung-ag");
        party.name = QStringLiteral("Ausrüstung AG");
        store->addParty(party);
        Source source;
        source.title = QStringLiteral("Bericht");
        source.language = QStringLiteral("de");
        source.text = QStringLiteral("Die Ausrüstung wurde über Singapur geliefert.");
        store->addSource(source);

        SearchPanel panel;
        panel.setStore(store.get());
        panel.search(QStringLiteral("Ausruestung"));
        QTreeWidget *tree = panel.hitTree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QVERIFY(tree->topLevelItem(0)->text(0).contains(QStringLiteral("(1)")));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Ausrüstung AG"));
        const QString html = tree->topLevelItem(1)->child(0)->data(0, Qt::UserRole + 3).toString();
        QVERIFY2(html.contains(QStringLiteral("<b>Ausrüstung</b>")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("Ausruestung")));

        QSignalSpy subject(&panel, &SearchPanel::subjectChosen);
        QSignalSpy opened(&panel, &SearchPanel::sourceChosen);
        Q_EMIT tree->itemActivated(tree->topLevelItem(0)->child(0), 0);
        QCOMPARE(subject.size(), 1);
        QCOMPARE(subject.first().at(0).value<SubjectKind>(), SubjectKind::Party);
        Q_EMIT tree->itemActivated(tree->topLevelItem(1)->child(0), 0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(SearchPanel::snippetHtml(QStringLiteral("a <b> ") + SearchHit::markStart + QStringLiteral("x") + SearchHit::markEnd),
                 QStringLiteral("a &lt;b&gt; <b>x</b>"));
    }
};

QTEST_MAIN(TestSources)
#include "test_sources.moc"
