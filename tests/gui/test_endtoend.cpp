// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14's user path, end to end, through the real main window with keys and clicks: a new
// case, its title, three parties, two links by click order, a PDF source with a note from page 2,
// undo and redo by keyboard, a typed as-of date, PNG and PDF exports, and Quit answered with Save
// and a file name. Then the saved case file is opened read-only and checked.
#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/exportjob.h"
#include "canvas/layoutcontroller.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "dialogs/formfields.h"
#include "document/casedocument.h"
#include "mainwindow.h"
#include "panels/charts/asofedit.h"
#include "panels/sourceviewer.h"
#include "store/casestore.h"
#include "uilanguage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <functional>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// Offscreen, a window closing (a dialog, a list of suggestions) does not give the activation back
// to the window beneath as a desktop does: it is handed back before that window gets keys.
bool backTo(QWidget *window)
{
    // Not qWaitForWindowActive: a dialog counts as active there while its parent window is.
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window->window(); });
}

// Runs `fill` on the next modal dialog of type T (and name, if given) as soon as it is up. If
// `fill` leaves it open (a failed check), it is rejected so the test goes on to report.
template <typename T> void onNext(const QString &name, std::function<void(T *)> fill)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(
        QStringLiteral("dialogWatch")); // cleanup() stops what a failure left armed
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, name, fill] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || (!name.isEmpty() && dialog->objectName() != name) || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        const auto closeLeftOpen = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        // Typed keys and focus changes need the dialog to be the active window.
        if (!backTo(dialog))
            qWarning("dialog %s did not become active", qPrintable(dialog->objectName()));
        fill(dialog);
    });
    timer->start();
}

// Qt's own file dialog: the name typed into its name field, then Return.
void answerFileDialog(const QString &path)
{
    onNext<QFileDialog>({}, [path](QFileDialog *d) {
        auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

void clickOk(QDialog *d)
{
    auto *buttons = d->findChild<QDialogButtonBox *>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Ok));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// A PDF with one line of known text on each page.
void writePdf(const QString &path, const QStringList &pages)
{
    QPdfWriter writer(path);
    writer.setTitle(QStringLiteral("Lieferakte"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(14);
    painter.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(200, 600), pages.at(i));
    }
}

PartyId idOf(const CaseData &data, const QString &name)
{
    for (const Party &p : data.parties)
        if (p.name == name)
            return p.id;
    return {};
}

QPoint centreOf(ChainView *view, PartyId id)
{
    return view->mapFromScene(static_cast<ChainScene *>(view->scene())->node(id)->pos());
}

// The File menu's Export Chain submenu and its entry for `format` ("PNG", "PDF"): the charts
// have export entries of their own.
std::pair<QAction *, QAction *> exportChainEntry(const MainWindow &window, const QString &format)
{
    const QMenu *file = window.menuBar()->actions().value(0)->menu();
    for (QAction *entry : file->actions())
        if (const QMenu *sub = entry->menu()) {
            const QList<QAction *> formats = sub->actions();
            for (QAction *a : formats)
                if (QString(a->text()).remove(QLatin1Char('&')).contains(format))
                    return {entry, a};
        }
    return {};
}

// The key of the underlined letter in an entry's text ("As &PNG…": P), as the user presses it.
Qt::Key mnemonicKey(const QAction *action)
{
    const QKeySequence alt = QKeySequence::mnemonic(action->text());
    return alt.isEmpty() ? Qt::Key_unknown : alt[0].key();
}

// Opens the menu bar's menu by Alt+its letter, then walks down by the entries' letters.
void chooseByKeys(MainWindow &window, const QList<QAction *> &path)
{
    QTest::keyClick(&window, mnemonicKey(path.first()), Qt::AltModifier);
    for (qsizetype i = 1; i < path.size(); ++i) {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        // A letter two entries share only moves between them: the entry would never be chosen.
        const Qt::Key key = mnemonicKey(path.at(i));
        QStringList sharing;
        for (const QAction *a : menu->actions())
            if (!a->isSeparator() && mnemonicKey(a) == key)
                sharing << a->text();
        QVERIFY2(sharing.size() == 1, qPrintable(sharing.join(QStringLiteral(" | "))));
        QTest::keyClick(menu, key);
    }
}

// How many different colours a grid of samples finds: a blank or one-colour image has one.
int sampledColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += std::max(1, image.height() / 60))
        for (int x = 0; x < image.width(); x += std::max(1, image.width() / 60))
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ChipTrailTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_endtoend"));
        QSettings().clear();
        QApplication::setQuitOnLastWindowClosed(false); // Quit closes the window; the test goes on
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // Qt's own file dialogs
    }

    void cleanup() { qDeleteAll(qApp->findChildren<QTimer *>(QStringLiteral("dialogWatch"))); }

    void theUserPathEndsInACaseFile_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("firstDirection");
        QTest::addColumn<QString>("secondDirection");
        QTest::addColumn<QString>("typedAsOf");
        QTest::addColumn<QString>("pageLabel");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("NVIDIA sells to Aivres")
                            << QStringLiteral("Aivres sells to Indosat")
                            << QStringLiteral("Oct 2025") << QStringLiteral("Page 2 of 3");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("NVIDIA verkauft an Aivres")
                            << QStringLiteral("Aivres verkauft an Indosat")
                            << QStringLiteral("Okt. 2025") << QStringLiteral("Seite 2 von 3");
    }

    void theUserPathEndsInACaseFile()
    {
        QFETCH(QString, language);
        QFETCH(QString, firstDirection);
        QFETCH(QString, secondDirection);
        QFETCH(QString, typedAsOf);
        QFETCH(QString, pageLabel);
        UiLanguage ui;
        ui.applySaved(language);
        const auto backToEnglish =
            qScopeGuard([] { UiLanguage().applySaved(QStringLiteral("en")); });
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString pdfPath = folder.filePath(QStringLiteral("lieferakte.pdf"));
        writePdf(pdfPath, {QStringLiteral("Seite eins: Klageschrift"),
                           QStringLiteral("Seite zwei: Aivres lieferte Server"),
                           QStringLiteral("Page three: the defendant denies")});

        CaseSession session(nullptr, folder.filePath(QStringLiteral("unsaved")));
        MainWindow window(&session); // its own prompts: Qt's message box and file dialog
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto action = [&window](const char *name) {
            auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
            if (!found)
                qFatal("no action %s", name);
            return found;
        };
        ChainView *view = window.chainView();
        const auto backToWindow = [&window] { return backTo(&window); };

        // New case: Ctrl+N.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(session.hasCase());
        QVERIFY(session.isTemporary());

        // Case → Properties: the title typed.
        onNext<QDialog>(QStringLiteral("casePropertiesDialog"), [](QDialog *d) {
            auto *title = d->findChild<QLineEdit *>(QStringLiteral("title"));
            QVERIFY(title);
            typeInto(title, QStringLiteral("GB200 racks to Jakarta"));
            clickOk(d);
        });
        action("caseProperties")->trigger();
        QCOMPARE(session.document()->data().info.title, QStringLiteral("GB200 racks to Jakarta"));

        // Three parties by Ctrl+P and the party form.
        struct NewParty
        {
            QString name;
            PartyRole role;
            QString country;
        };
        for (const NewParty &p :
             {NewParty{QStringLiteral("NVIDIA"), PartyRole::Manufacturer, QStringLiteral("US")},
              NewParty{QStringLiteral("Aivres"), PartyRole::ServerIntegrator, QStringLiteral("US")},
              NewParty{QStringLiteral("Indosat"), PartyRole::Telecom, QStringLiteral("ID")}}) {
            window.chainScene()->clearSelection();
            onNext<QDialog>(QStringLiteral("partyDialog"), [p](QDialog *d) {
                auto *name = d->findChild<QLineEdit *>(QStringLiteral("name"));
                auto *role = d->findChild<QComboBox *>(QStringLiteral("role"));
                auto *country = d->findChild<CountryBox *>(QStringLiteral("headquarters"));
                QVERIFY(name && role && country);
                typeInto(name, p.name);
                role->setCurrentIndex(role->findData(int(p.role)));
                country->setFocus();
                country->lineEdit()->selectAll();
                QTest::keyClicks(country, p.country);
                // A click on the name field: the suggestions close, the box takes the typed name.
                country->completer()->popup()->hide();
                QVERIFY(backTo(d)); // offscreen hands the activation to the main window meanwhile
                country->setFocus();
                name->setFocus();
                QCOMPARE(country->code(), p.country);
                clickOk(d);
            });
            QVERIFY(backToWindow());
            view->setFocus();
            QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
            QTRY_VERIFY(idOf(session.document()->data(), p.name).isValid());
        }
        QCOMPARE(session.document()->data().parties.size(), 3);
        QTRY_VERIFY(!window.layoutController()->isRunning());
        view->fitAll();
        QTest::qWait(50);
        const CaseData &data = session.document()->data();
        const PartyId nvidia = idOf(data, QStringLiteral("NVIDIA")),
                      aivres = idOf(data, QStringLiteral("Aivres")),
                      indosat = idOf(data, QStringLiteral("Indosat"));

        // Two links by click order: the seller's card, Ctrl+click on the buyer's, Add Link.
        const auto linkByClicks = [&](PartyId seller, PartyId buyer, const QString &date,
                                      QString *shown) {
            QVERIFY(backToWindow());
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(view, seller));
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              centreOf(view, buyer));
            QCOMPARE(window.chainScene()->selectedParties(), (QList<PartyId>{seller, buyer}));
            onNext<QDialog>(QStringLiteral("linkDialog"), [shown, date](QDialog *d) {
                auto *direction = d->findChild<QLabel *>(QStringLiteral("direction"));
                auto *dateFrom = d->findChild<QLineEdit *>(QStringLiteral("dateFrom"));
                QVERIFY(direction && dateFrom);
                *shown = direction->text();
                typeInto(dateFrom, date);
                clickOk(d);
            });
            view->setFocus();
            QTest::mouseClick(window.findChild<QToolBar *>(QStringLiteral("chainToolbar"))
                                  ->widgetForAction(action("addLink")),
                              Qt::LeftButton);
        };
        QString shown;
        linkByClicks(nvidia, aivres, QStringLiteral("2025-03"), &shown);
        QTRY_COMPARE(session.document()->data().links.size(), 1);
        QCOMPARE(shown, firstDirection);
        linkByClicks(aivres, indosat, QStringLiteral("2025-10"), &shown);
        QTRY_COMPARE(session.document()->data().links.size(), 2);
        QCOMPARE(shown, secondDirection);

        // A PDF source, opened through the source form's file dialog, then a passage from page 2
        // attached to the party picked on the canvas.
        QVERIFY(backToWindow());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(view, aivres));
        QCOMPARE(window.chainScene()->selectedParties(), QList<PartyId>{aivres});
        onNext<QDialog>(QStringLiteral("sourceDialog"), [pdfPath](QDialog *d) {
            answerFileDialog(pdfPath);
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("openFile")),
                              Qt::LeftButton);
            auto *text = d->findChild<QPlainTextEdit *>(QStringLiteral("text"));
            QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(QStringLiteral("Seite zwei")),
                                     20000);
            auto *fileLine = d->findChild<QLabel *>(QStringLiteral("fileLine"));
            QVERIFY(fileLine->text().contains(QStringLiteral("lieferakte.pdf")));
            auto *languageBox = d->findChild<QComboBox *>(QStringLiteral("language"));
            languageBox->setCurrentIndex(languageBox->findData(QStringLiteral("de")));
            clickOk(d);
        });
        action("addSourceAction")->trigger();
        QTRY_COMPARE(session.document()->data().sources.size(), 1);
        auto *viewer = window.findChild<SourceViewer *>(QStringLiteral("sourceViewer"));
        QVERIFY(viewer);
        QTRY_VERIFY(viewer->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QPlainTextEdit *text = viewer->textView();
        const QString passage = QStringLiteral("Aivres lieferte Server");
        const int at = int(text->toPlainText().indexOf(passage));
        QVERIFY(at > 0);
        QTextCursor cursor = text->textCursor();
        cursor.setPosition(at);
        text->setTextCursor(cursor);
        text->setFocus();
        for (qsizetype i = 0; i < passage.size(); ++i)
            QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(text->textCursor().selectedText(), passage);
        QCOMPARE(viewer->pageLabel()->text(), pageLabel); // where the selection is
        auto *attach = viewer->findChild<QPushButton *>(QStringLiteral("attachSelection"));
        QVERIFY(attach && attach->isEnabled());
        QTest::mouseClick(attach, Qt::LeftButton);
        QTRY_COMPARE(session.document()->data().notes.size(), 1);
        viewer->close();

        // Undo by Ctrl+Z takes the note back; the Redo key brings it again.
        QVERIFY(backToWindow());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session.document()->data().notes.size(), 0);
        QCOMPARE(
            session.store()->notesQuoting(session.document()->data().sources.first().id).size(), 0);
        const QKeySequence redoKey = QKeySequence::keyBindings(QKeySequence::Redo)
                                         .value(0, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QTest::keySequence(view, redoKey);
        QCOMPARE(session.document()->data().notes.size(), 1);

        // As of a typed date, in the toolbar's box.
        QVERIFY(backToWindow());
        auto *asOf = window.findChild<AsOfEdit *>(QStringLiteral("asOfDate"));
        auto *asOfOn = window.findChild<QCheckBox *>(QStringLiteral("asOfEnabled"));
        QVERIFY(asOf && asOfOn && asOf->isEnabled());
        typeInto(asOf, typedAsOf);
        QTest::keyClick(asOf, Qt::Key_Return);
        QVERIFY(asOfOn->isChecked());
        QCOMPARE(window.chainScene()->asOf(), QDate(2025, 10, 31));

        // File → Export Chain → PNG, then PDF, each through the export dialog and the file dialog.
        auto *job = window.findChild<ExportJob *>();
        QVERIFY(job);
        const QString png = folder.filePath(QStringLiteral("chain.png")),
                      pdf = folder.filePath(QStringLiteral("chain.pdf"));
        for (const auto &[format, path] :
             {std::pair{QStringLiteral("PNG"), png}, std::pair{QStringLiteral("PDF"), pdf}}) {
            const auto [submenu, entry] = exportChainEntry(window, format);
            QVERIFY2(entry, qPrintable(format));
            // The Export Image dialog with the format chosen, as it comes up; then the file.
            onNext<QDialog>(QStringLiteral("exportImageDialog"), [](QDialog *d) { clickOk(d); });
            answerFileDialog(path);
            QVERIFY(backToWindow());
            chooseByKeys(window, {window.menuBar()->actions().value(0), submenu, entry});
            if (QTest::currentTestFailed())
                return;
            QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning() && QFile::exists(path), 20000);
        }

        // Quit: the Save question answered Save, the file named in the save dialog.
        const QString saved = folder.filePath(QStringLiteral("jakarta.chiptrail"));
        QString asked;
        onNext<QMessageBox>(QStringLiteral("unsavedPrompt"), [&asked, saved](QMessageBox *box) {
            asked = box->text();
            answerFileDialog(saved);
            QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
        });
        action("quit")->trigger();
        QTRY_VERIFY(!window.isVisible());
        QVERIFY2(asked.contains(QStringLiteral("GB200 racks to Jakarta")), qPrintable(asked));

        // The case file, read back as another program would.
        QVERIFY(QFile::exists(saved));
        const auto store = CaseStore::open(saved, CaseStore::Access::ReadOnly);
        QCOMPARE(store->info().title, QStringLiteral("GB200 racks to Jakarta"));
        const CaseData file = store->load();
        QCOMPARE(file.parties.size(), 3);
        const PartyId fileNvidia = idOf(file, QStringLiteral("NVIDIA")),
                      fileAivres = idOf(file, QStringLiteral("Aivres")),
                      fileIndosat = idOf(file, QStringLiteral("Indosat"));
        QVERIFY(fileNvidia.isValid() && fileAivres.isValid() && fileIndosat.isValid());
        for (const Party &p : file.parties)
            if (p.id == fileIndosat)
                QCOMPARE(p.headquartersCountry, QStringLiteral("ID"));
        QCOMPARE(file.links.size(), 2);
        QList<std::pair<PartyId, PartyId>> directions;
        for (const Link &l : file.links)
            directions.append({l.from, l.to});
        QVERIFY(directions.contains(std::pair{fileNvidia, fileAivres}));
        QVERIFY(directions.contains(std::pair{fileAivres, fileIndosat}));
        QCOMPARE(file.sources.size(), 1);
        const Source &source = file.sources.first();
        QVERIFY(source.file);
        QCOMPARE(source.file->name, QStringLiteral("lieferakte.pdf"));
        QFile original(pdfPath);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(store->source(source.id)->file->bytes, original.readAll());
        QCOMPARE(source.pageStarts.size(), 3);
        QCOMPARE(source.language, QStringLiteral("de"));
        QCOMPARE(file.notes.size(), 1);
        const Note &note = file.notes.first();
        QCOMPARE(note.excerpt, passage);
        QCOMPARE(note.source, source.id);
        QCOMPARE(pageAt(source, note.start), 2);
        QCOMPARE(note.claims.size(), 1);
        QCOMPARE(note.claims.first().subject, SubjectKind::Party);
        QCOMPARE(note.claims.first().subjectId, fileAivres.value);

        // The images: a PNG of a sane size, a PDF that is a PDF.
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 400 && image.height() >= 200 && image.width() <= 20000 &&
                     image.height() <= 20000,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QVERIFY2(sampledColours(image) >= 4,
                 qPrintable(QString::number(sampledColours(image)))); // cards, lines, text
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdfFile.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF"));
        QVERIFY2(pdfBytes.size() > 2000, qPrintable(QString::number(pdfBytes.size())));
        // Nothing left behind in the unsaved folder: the case is saved under its name.
        QVERIFY(QDir(folder.filePath(QStringLiteral("unsaved")))
                    .entryList({QStringLiteral("*.chiptrail")}, QDir::Files)
                    .isEmpty());
    }
};

QTEST_MAIN(TestEndToEnd)
#include "test_endtoend.moc"
