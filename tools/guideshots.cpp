// SPDX-License-Identifier: GPL-3.0-or-later
// The screenshots of the user guides, taken by driving the real window the way a reader would:
// menus, dialogs, panels, the export. docs/screenshots/refresh.sh runs it under Xvfb, so the
// pictures can be taken again whenever the window changes.
//
//     chiptrail_guideshots --language en|de --out DIR
//     chiptrail_guideshots --language en|de --window FILE.png [CASE] [--chart KIND] [--as-of DATE]
//                          [--select KIND:KEY] [--rules] [--counterfactual IDS] [--collapse KIND:KEY]
//                          [--zoom ZOOM]
//     chiptrail_guideshots --language en|de --window FILE.png --table-import TABLE [--table-page review]
//
// The second form takes one picture of the window (windowshot.h): the README's and the rule
// reference's pictures.
//
// Messages go to the developer running the script, so they are plain English and not tr()'d.
// GUIDESHOTS_TRACE=1 names each dialog as it opens, for when a scene waits for one in vain.
#include "dialogs/screeninglistsdialog.h"
#include "dialogs/tableimportdialog.h"
#include "interchange/tableimportactions.h"
#include "rules/liststore.h"
#include "canvas/chaineditor.h"
#include "canvas/chainnavigator.h"
#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/exportjob.h"
#include "canvas/layoutcontroller.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "dialogs/caseproperties.h"
#include "recovery/caseprompts.h"
#include "dialogs/entitydialogs.h"
#include "dialogs/exportimagedialog.h"
#include "store/casestore.h"
#include "../tests/layout/layouttestdata.h"
#include "dialogs/formfields.h"
#include "mainwindow.h"
#include "panels/charts/timelineslider.h"
#include "panels/notesdocks.h"
#include "panels/rulespanel.h"
#include "panels/searchpanel.h"
#include "panels/sourcedialog.h"
#include "panels/sourceviewer.h"
#include "uilanguage.h"
#include "windowhost.h"
#include "windowshot.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QTreeView>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Lets the application run (layout, rule checks, painting) until `done` or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}

// The field of a dialog's form row, found by its label as the dialog shows it (in any language).
template <typename Field>
Field *formField(QWidget *dialog, const QString &label)
{
    for (QFormLayout *form : dialog->findChildren<QFormLayout *>())
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            const auto *text = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            if (text && fieldItem && text->text() == label)
                if (auto *field = qobject_cast<Field *>(fieldItem->widget()))
                    return field;
        }
    // The dialog changed under the script: say which field, rather than take a wrong picture.
    qFatal("chiptrail_guideshots: %s has no field \"%s\"", qPrintable(dialog->objectName()), qPrintable(label));
}

// The QAction with this text (as shown, with its & mnemonic), wherever in the window it is.
QAction *actionWithText(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}

class GuideShots
{
public:
    GuideShots(CaseSession *session, MainWindow *window, const QString &language, const QString &outDir)
        : m_session(session), m_window(window), m_german(language == QLatin1String("de")), m_outDir(outDir)
    {
    }

    int run();

private:
    // The same text for the reader of either guide: what a German journalist would type.
    QString pick(const char *english, const char *german) const
    {
        return QString::fromUtf8(m_german ? german : english);
    }
    bool save(const QPixmap &picture, const QString &scene);
    void fail(const QString &scene, const QString &why);
    void settle();
    // Runs `fill` on the next modal dialog once it is open, then presses its OK button.
    // `trigger` is what opens the dialog (it returns once the dialog is closed).
    bool answerDialog(const QString &scene, const std::function<void()> &trigger,
                      const std::function<void(QDialog *)> &fill);
    qint64 partyId(const QString &name) const;
    void clickParty(const QString &name, Qt::KeyboardModifiers modifiers);
    qint64 linkId(const QString &key) const;
    QDockWidget *dock(const char *objectName) const;
    // The notes panels take the lower third; pictures of the canvas and charts close them, as a
    // reader would to make room (a right-click on the toolbar brings them back).
    void showNotesPanels(bool visible);
    void showRightPanels(bool visible); // Details and Export-rule checks
    void widenRightPanels(int width);
    QPixmap grabWithOpenMenus(const QList<QMenu *> &menus) const;

    void emptyCase();
    void addParties();
    void addProductsAndSite();
    void addLink();
    void sampleChain();
    void sourceNotes();
    void ruleChecks();
    void charts();
    void timeline();
    void exportDialog();
    void exportPdf();
    void readableAtFit();
    void languageMenu();
    void search();
    void pdfSource();
    void graphExportMenu();
    void caseProperties();
    void mergeParties();
    void followTheMoneyMenu();

    CaseSession *m_session;
    MainWindow *m_window;
    bool m_german;
    QString m_outDir;
    int m_failures = 0;
};

int GuideShots::run()
{
    m_window->resize(1440, 900);
    waitUntil([this] { return m_window->isVisible(); }, 5000);
    pause(300);
    emptyCase();
    addParties();
    addProductsAndSite();
    addLink();
    sampleChain();
    followTheMoneyMenu(); // over the sample's chain
    sourceNotes();
    ruleChecks();
    charts();
    timeline();
    exportDialog();
    exportPdf();
    languageMenu();
    search();
    pdfSource();
    graphExportMenu();
    mergeParties();
    caseProperties();
    readableAtFit();
    return m_failures == 0 ? 0 : 1;
}

bool GuideShots::save(const QPixmap &picture, const QString &scene)
{
    const QString path = QDir(m_outDir).filePath(scene + (m_german ? QStringLiteral("-de.png") : QStringLiteral(".png")));
    if (picture.isNull() || !picture.save(path)) {
        fail(scene, QStringLiteral("could not write %1").arg(path));
        return false;
    }
    out() << "wrote " << QDir::toNativeSeparators(path) << " (" << picture.width() << "x" << picture.height() << ")\n";
    out().flush();
    return true;
}

void GuideShots::fail(const QString &scene, const QString &why)
{
    QTextStream(stderr) << scene << ": " << why << '\n';
    ++m_failures;
}

void GuideShots::settle()
{
    // Layout and rule checks run off the GUI thread; a picture before they finish shows a half-drawn case.
    const bool idle = waitUntil([this] {
        return !m_window->layoutController()->isRunning() && !m_window->rulesPanel()->isChecking();
    }, 30000);
    if (!idle)
        fail(QStringLiteral("wait"), QStringLiteral("layout or rule checks still running after 30 s"));
    pause(300);
}

bool GuideShots::answerDialog(const QString &scene, const std::function<void()> &trigger,
                              const std::function<void(QDialog *)> &fill)
{
    bool answered = false;
    QTimer poll;
    poll.setInterval(30);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (qEnvironmentVariableIsSet("GUIDESHOTS_TRACE"))
            QTextStream(stderr) << scene << ": " << dialog->metaObject()->className() << " opened\n";
        poll.stop();
        answered = true;
        pause(150); // shown and laid out
        fill(dialog);
        pause(150);
        if (!dialog->isVisible()) // `fill` closed it
            return;
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
        if (ok && ok->isEnabled()) {
            ok->click();
        } else {
            fail(scene, QStringLiteral("the dialog does not accept what was filled in"));
            dialog->reject();
        }
    });
    poll.start();
    trigger();
    poll.stop();
    if (!answered)
        fail(scene, QStringLiteral("no dialog opened"));
    return answered;
}

qint64 GuideShots::partyId(const QString &name) const
{
    for (const Party &p : m_session->store()->parties())
        if (p.name == name)
            return p.id.value;
    return 0;
}

void GuideShots::clickParty(const QString &name, Qt::KeyboardModifiers modifiers)
{
    PartyNodeItem *node = m_window->chainScene()->node(PartyId(partyId(name)));
    if (!node)
        return fail(QStringLiteral("click"), QStringLiteral("no card for %1").arg(name));
    QWidget *viewport = m_window->chainView()->viewport();
    const QPointF at = m_window->chainView()->mapFromScene(node->sceneBoundingRect().center());
    const QPointF global = viewport->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(viewport, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton, modifiers);
    QCoreApplication::sendEvent(viewport, &release);
    pause(100);
}

qint64 GuideShots::linkId(const QString &key) const
{
    for (const Link &l : m_session->store()->links())
        if (l.key == key)
            return l.id.value;
    return 0;
}

QDockWidget *GuideShots::dock(const char *objectName) const
{
    return m_window->findChild<QDockWidget *>(QString::fromLatin1(objectName));
}

void GuideShots::showNotesPanels(bool visible)
{
    for (const char *name : {"notesDockDe", "notesDockEn"})
        if (QDockWidget *panel = dock(name))
            panel->setVisible(visible);
    pause(200);
}

void GuideShots::showRightPanels(bool visible)
{
    for (const char *name : {"detailsDock", "rulesDock"})
        if (QDockWidget *panel = dock(name))
            panel->setVisible(visible);
    if (visible)
        if (QDockWidget *details = dock("detailsDock"))
            details->raise();
    pause(200);
}

void GuideShots::widenRightPanels(int width)
{
    if (QDockWidget *details = dock("detailsDock"))
        m_window->resizeDocks({details}, {width}, Qt::Horizontal);
    pause(200);
}

QPixmap GuideShots::grabWithOpenMenus(const QList<QMenu *> &menus) const
{
    // Menus are windows of their own; a grab of the main window leaves them out.
    QPixmap picture = m_window->grab();
    QPainter painter(&picture);
    const QPoint origin = m_window->mapToGlobal(QPoint(0, 0));
    for (QMenu *menu : menus)
        if (menu && menu->isVisible())
            painter.drawPixmap(menu->mapToGlobal(QPoint(0, 0)) - origin, menu->grab());
    return picture;
}

// --- the scenes, in the order of the guide --------------------------------------------------

void GuideShots::emptyCase()
{
    QAction *newCase = actionWithText(m_window, MainWindow::tr("&New Case"));
    if (!newCase)
        return fail(QStringLiteral("01-empty-case"), QStringLiteral("no File → New Case"));
    newCase->trigger();
    settle();
    save(m_window->grab(), QStringLiteral("01-empty-case"));
}

void GuideShots::addParties()
{
    struct Draft
    {
        const char *name;
        PartyRole role;
        const char *country;
        const char *english, *german;
        double x;
    };
    const QList<Draft> drafts{
        {"NVIDIA", PartyRole::Manufacturer, "US", "US chip designer, Santa Clara, California.",
         "US-Chipentwickler, Santa Clara, Kalifornien.", 0},
        {"Aivres", PartyRole::ServerIntegrator, "US",
         "AI server builder in California; suspected ties to Inspur (WSJ).",
         "KI-Serverhersteller in Kalifornien; Verdacht auf Verbindungen zu Inspur (WSJ).", 260},
        {"Indosat Ooredoo Hutchison", PartyRole::Telecom, "ID",
         "Indonesian telecommunications company; rents out GPU capacity in Jakarta.",
         "Indonesisches Telekommunikationsunternehmen; vermietet GPU-Rechenleistung in Jakarta.", 520},
        {"INF Tech", PartyRole::CloudTenant, "CN", "AI start-up in Shanghai (finance, health care).",
         "KI-Start-up in Shanghai (Finanz- und Gesundheitswesen).", 780},
    };
    for (const Draft &draft : drafts) {
        const bool shot = QLatin1String(draft.name) == QLatin1String("Aivres");
        // What a double-click on an empty spot does; scene places, because the view scrolls as the chain grows.
        const QPointF place(draft.x, 0);
        answerDialog(QStringLiteral("02-add-party"), [&] { m_window->chainEditor()->addPartyAt(place); },
                     [&](QDialog *dialog) {
            const auto text = [](const char *source) { return PartyDialog::tr(source); };
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name")))
                name->setText(QString::fromUtf8(draft.name));
            if (auto *role = dialog->findChild<QComboBox *>(QStringLiteral("role")))
                role->setCurrentIndex(role->findData(int(draft.role)));
            if (auto *hq = dialog->findChild<CountryBox *>(QStringLiteral("headquarters")))
                hq->setCode(QString::fromLatin1(draft.country));
            if (auto *incorporated = formField<CountryBox>(dialog, text("&Incorporated in")))
                incorporated->setCode(QString::fromLatin1(draft.country));
            if (auto *description = formField<QPlainTextEdit>(dialog, text("&Description")))
                description->setPlainText(pick(draft.english, draft.german));
            if (shot)
                save(dialog->grab(), QStringLiteral("02-add-party"));
        });
    }
    settle();
}

void GuideShots::addProductsAndSite()
{
    const auto text = [](const char *source) { return ProductDialog::tr(source); };
    const auto fillChip = [&](QDialog *dialog) {
        formField<QLineEdit>(dialog, text("&Name"))->setText(QStringLiteral("NVIDIA B200"));
        formField<QLineEdit>(dialog, text("&Vendor"))->setText(QStringLiteral("NVIDIA"));
        const QLocale locale;
        formField<QLineEdit>(dialog, text("&TPP"))->setText(locale.toString(36000));
        formField<QLineEdit>(dialog, text("Die &area (mm²)"))->setText(locale.toString(1628));
        formField<QLineEdit>(dialog, text("&Memory bandwidth (GB/s)"))->setText(locale.toString(8000));
        formField<QLineEdit>(dialog, text("&Interconnect (GB/s)"))->setText(locale.toString(1800));
    };
    const auto fillRack = [&](QDialog *dialog) {
        formField<QLineEdit>(dialog, text("&Name"))->setText(QStringLiteral("NVIDIA GB200 NVL72"));
        formField<QLineEdit>(dialog, text("&Vendor"))->setText(QStringLiteral("NVIDIA"));
        auto *kind = formField<QComboBox>(dialog, text("&Kind"));
        kind->setCurrentIndex(kind->findData(int(ProductKind::System)));
        auto *contains = formField<RecordBox>(dialog, text("C&ontains (for systems)"));
        contains->setCurrentIndex(contains->count() - 1);
        formField<QSpinBox>(dialog, text("C&hips per unit"))->setValue(72);
    };
    const auto fillSite = [&](QDialog *dialog) {
        const auto label = [](const char *source) { return SiteDialog::tr(source); };
        formField<QLineEdit>(dialog, label("&Name"))->setText(pick("Indosat data centre, Jakarta", "Indosat-Rechenzentrum, Jakarta"));
        formField<CountryBox>(dialog, label("C&ountry"))->setCode(QStringLiteral("ID"));
        formField<QLineEdit>(dialog, label("&City"))->setText(QStringLiteral("Jakarta"));
        auto *operatorBox = formField<RecordBox>(dialog, label("O&perator"));
        operatorBox->setId(partyId(QStringLiteral("Indosat Ooredoo Hutchison")));
    };
    ChainEditor *editor = m_window->chainEditor();
    answerDialog(QStringLiteral("03-add-link"), [&] { editor->addProductAction()->trigger(); }, fillChip);
    answerDialog(QStringLiteral("03-add-link"), [&] { editor->addProductAction()->trigger(); }, fillRack);
    answerDialog(QStringLiteral("03-add-link"), [&] { editor->addSiteAction()->trigger(); }, fillSite);
}

void GuideShots::addLink()
{
    // Click the seller, Ctrl+click the buyer, press Ctrl+L: the link form opens between them.
    ChainScene *scene = m_window->chainScene();
    m_window->chainNavigator()->fitAction()->trigger();
    pause(200);
    scene->clearSelection();
    clickParty(QStringLiteral("Aivres"), Qt::NoModifier);
    clickParty(QStringLiteral("Indosat Ooredoo Hutchison"), Qt::ControlModifier);
    if (scene->selectedParties().size() != 2)
        fail(QStringLiteral("03-add-link"), QStringLiteral("click and Ctrl+click did not select two parties"));
    const auto text = [](const char *source) { return LinkDialog::tr(source); };
    answerDialog(QStringLiteral("03-add-link"), [&] { m_window->chainEditor()->addLinkAction()->trigger(); },
                 [&](QDialog *dialog) {
        const QLocale locale;
        if (qEnvironmentVariableIsSet("GUIDESHOTS_TRACE"))
            QTextStream(stderr) << "03-add-link: the form opened with " << formField<RecordBox>(dialog, text("&From"))->currentText()
                                << " → " << formField<RecordBox>(dialog, text("&To"))->currentText() << '\n';
        formField<RecordBox>(dialog, text("&From"))->setId(partyId(QStringLiteral("Aivres")));
        formField<RecordBox>(dialog, text("&To"))->setId(partyId(QStringLiteral("Indosat Ooredoo Hutchison")));
        auto *product = formField<RecordBox>(dialog, text("&Product"));
        product->setCurrentIndex(product->count() - 1); // the rack, added last
        formField<QLineEdit>(dialog, text("&Quantity"))->setText(locale.toString(32));
        formField<QLineEdit>(dialog, text("&Value"))->setText(locale.toString(100000000));
        formField<QLineEdit>(dialog, text("&Date (from)"))->setText(QStringLiteral("2025-10"));
        auto *site = formField<RecordBox>(dialog, text("&Site"));
        site->setCurrentIndex(site->count() - 1);
        formField<CountryBox>(dialog, text("Ships f&rom"))->setCode(QStringLiteral("US"));
        formField<CountryBox>(dialog, text("Ships t&o"))->setCode(QStringLiteral("ID"));
        formField<QPlainTextEdit>(dialog, text("D&escription"))
            ->setPlainText(pick("32 GB200 racks of 72 GPUs each (2,304 GPUs) for about USD 100 million; "
                                "installed in Jakarta in October 2025.",
                                "32 GB200-Racks mit je 72 GPUs (2.304 GPUs) für etwa 100 Millionen US-Dollar; "
                                "im Oktober 2025 in Jakarta installiert."));
        save(dialog->grab(), QStringLiteral("03-add-link"));
    });
    settle();
}

void GuideShots::sampleChain()
{
    QAction *sample = actionWithText(m_window, MainWindow::tr("Open &Sample Case"));
    if (!sample)
        return fail(QStringLiteral("04-chain"), QStringLiteral("no File → Open Sample Case"));
    // The chain built by hand was never saved: the window asks before the sample replaces it.
    answerDialog(QStringLiteral("unsaved-prompt"), [&] { sample->trigger(); }, [&](QDialog *dialog) {
        save(dialog->grab(), QStringLiteral("unsaved-prompt"));
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            box->button(QMessageBox::Discard)->click();
    });
    settle();
    m_window->outlineView()->setCurrentIndex(QModelIndex());
    m_window->chainScene()->clearSelection();
    showNotesPanels(false);
    showRightPanels(false);
    m_window->chainNavigator()->fitAction()->trigger();
    pause(300);
    save(m_window->grab(), QStringLiteral("04-chain"));
    showRightPanels(true);
}

void GuideShots::sourceNotes()
{
    showNotesPanels(true);
    m_window->chainNavigator()->fitAction()->trigger();
    m_window->selectSubject({OutlineSubject::Kind::Link, linkId(QStringLiteral("aivres-indosat-gb200"))});
    settle();
    save(m_window->grab(), QStringLiteral("05-source-notes"));
}

void GuideShots::ruleChecks()
{
    m_window->selectSubject({OutlineSubject::Kind::Link, linkId(QStringLiteral("indosat-inftech-lease"))});
    QDockWidget *rules = dock("rulesDock");
    if (!rules)
        return fail(QStringLiteral("06-rule-checks"), QStringLiteral("no Export-rule checks panel"));
    rules->raise();
    showNotesPanels(false);
    widenRightPanels(660); // the findings are long: give them the room a reader would
    m_window->chainNavigator()->fitAction()->trigger();
    settle();
    save(m_window->grab(), QStringLiteral("06-rule-checks"));
    widenRightPanels(400);
    if (QDockWidget *details = dock("detailsDock"))
        details->raise();
}

void GuideShots::charts()
{
    m_window->showChart(charts::ChartKind::Hops);
    settle();
    save(m_window->grab(), QStringLiteral("07-charts"));
    if (auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("centreTabs")))
        tabs->setCurrentIndex(0);
}

void GuideShots::timeline()
{
    m_window->timelineSlider()->setAsOf(QDate(2024, 6, 30));
    showRightPanels(false);
    m_window->chainNavigator()->fitAction()->trigger();
    settle();
    save(m_window->grab(), QStringLiteral("08-timeline"));
    showRightPanels(true);
    m_window->timelineSlider()->setAsOf(QDate());
    showNotesPanels(true);
    m_window->chainNavigator()->fitAction()->trigger();
    settle();
}

void GuideShots::exportDialog()
{
    // File → Export Chain → Image…: a PNG for social media, the legend left out, with its preview.
    const QString scene = QStringLiteral("export-dialog");
    QAction *image = m_window->findChild<QAction *>(QStringLiteral("exportImage"));
    if (!image)
        return fail(scene, QStringLiteral("no File → Export Chain → Image…"));
    answerDialog(scene, [&] { image->trigger(); }, [&](QDialog *dialog) {
        auto *options = qobject_cast<ExportImageDialog *>(dialog);
        if (!options)
            return fail(scene, QStringLiteral("the Export Image dialog did not open"));
        auto *format = options->findChild<QComboBox *>(QStringLiteral("format"));
        auto *preset = options->findChild<QComboBox *>(QStringLiteral("preset"));
        if (format)
            format->setCurrentIndex(format->findData(int(picture::ImageFormat::Png)));
        if (preset)
            preset->setCurrentIndex(preset->findData(int(picture::PagePreset::Social)));
        if (auto *legend = options->findChild<QCheckBox *>(QStringLiteral("partLegend")))
            legend->setChecked(false);
        waitUntil([options] { return !options->isDrawingPreview() && !options->previewImage().isNull(); }, 30000);
        pause(200);
        save(options->grab(), scene);
        dialog->reject(); // the guide's later scenes export their own
    });
}

void GuideShots::exportPdf()
{
    const QString scene = QStringLiteral("09-export-pdf");
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        out() << "skipped " << scene << ": pdftoppm not found; install poppler-utils to draw the exported PDF page\n";
        return;
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("inf-tech-indosat.pdf"));
    QAction *asPdf = actionWithText(m_window, MainWindow::tr("As P&DF…"));
    if (!asPdf)
        return fail(scene, QStringLiteral("no File → Export Chain → As PDF"));
    // File → Export Chain → As PDF opens the Export Image dialog with PDF chosen: A4 landscape,
    // every part of the frame; then the file dialog.
    const auto answerFiles = [&](QDialog *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        if (!files)
            return;
        // Qt's file dialog lists a folder asynchronously; choose the folder first, then the name.
        files->setDirectory(QFileInfo(pdf).absolutePath());
        pause(300);
        // Typed into the name field, as a user would: selectFile() leaves a focused field alone.
        if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(QFileInfo(pdf).fileName());
        dialog->accept();
    };
    answerDialog(scene, [&] { asPdf->trigger(); }, [&](QDialog *dialog) {
        auto *options = qobject_cast<ExportImageDialog *>(dialog);
        if (!options)
            return answerFiles(dialog);
        if (auto *preset = options->findChild<QComboBox *>(QStringLiteral("preset")))
            preset->setCurrentIndex(preset->findData(int(picture::PagePreset::A4Landscape)));
        for (const char *part : {"partTitle", "partLegend", "partSources", "partCredit"})
            if (auto *box = options->findChild<QCheckBox *>(QLatin1String(part)))
                box->setChecked(true);
        // The file dialog comes up once OK is pressed.
        auto *poll = new QTimer;
        poll->setInterval(30);
        QObject::connect(poll, &QTimer::timeout, [poll, answerFiles] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!files || !files->isVisible())
                return;
            poll->stop();
            poll->deleteLater();
            pause(150);
            answerFiles(files);
        });
        poll->start();
    });
    // The export writes in the background: wait until it has finished (or failed).
    for (int waited = 0; m_window->exportJob()->isRunning() && waited < 30000; waited += 50)
        pause(50);
    if (!QFileInfo::exists(pdf))
        return fail(scene, QStringLiteral("the export wrote no PDF"));
    const QString prefix = dir.filePath(QStringLiteral("page"));
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                            QStringLiteral("1"), QStringLiteral("-scale-to"), QStringLiteral("1440"),
                            QStringLiteral("-singlefile"), pdf, prefix});
    if (!render.waitForFinished(60000) || render.exitCode() != 0)
        return fail(scene, QStringLiteral("pdftoppm failed: %1").arg(QString::fromLocal8Bit(render.readAllStandardError())));
    save(QPixmap(prefix + QStringLiteral(".png")), scene);
}

void GuideShots::languageMenu()
{
    const QString scene = QStringLiteral("10-language-menu");
    auto *language = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QMenu *view = nullptr;
    QAction *viewTitle = nullptr;
    for (QAction *title : m_window->menuBar()->actions())
        if (title->menu() && language && title->menu()->actions().contains(language->menuAction())) {
            view = title->menu();
            viewTitle = title;
        }
    if (!view)
        return fail(scene, QStringLiteral("no View → Language"));
    m_window->activateWindow();
    m_window->menuBar()->setActiveAction(viewTitle);
    waitUntil([view] { return view->isVisible(); }, 3000);
    view->setActiveAction(language->menuAction());
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QCoreApplication::sendEvent(view, &right);
    if (!waitUntil([language] { return language->isVisible(); }, 3000))
        language->popup(view->mapToGlobal(view->actionGeometry(language->menuAction()).topRight()));
    pause(400);
    save(grabWithOpenMenus({view, language}), scene);
    language->close();
    view->close();
    pause(100);
}

// File → Export Chain with the link-chart entries (Gephi, yEd, Kumu, Maltego, i2) in view.
void GuideShots::graphExportMenu()
{
    const QString scene = QStringLiteral("graph-export");
    auto *gephi = m_window->findChild<QAction *>(QStringLiteral("exportLinkChart_gexf"));
    QMenu *file = nullptr, *exportMenu = nullptr;
    QAction *fileTitle = nullptr;
    for (QAction *title : m_window->menuBar()->actions()) {
        if (!title->menu())
            continue;
        for (QAction *entry : title->menu()->actions())
            if (entry->menu() && gephi && entry->menu()->actions().contains(gephi)) {
                file = title->menu();
                fileTitle = title;
                exportMenu = entry->menu();
            }
    }
    if (!exportMenu)
        return fail(scene, QStringLiteral("no File → Export Chain → Gephi (GEXF)"));
    m_window->activateWindow();
    m_window->menuBar()->setActiveAction(fileTitle);
    waitUntil([file] { return file->isVisible(); }, 3000);
    file->setActiveAction(exportMenu->menuAction());
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QCoreApplication::sendEvent(file, &right);
    if (!waitUntil([exportMenu] { return exportMenu->isVisible(); }, 3000))
        exportMenu->popup(file->mapToGlobal(file->actionGeometry(exportMenu->menuAction()).topRight()));
    exportMenu->setActiveAction(gephi);
    pause(400);
    save(grabWithOpenMenus({file, exportMenu}), scene);
    exportMenu->close();
    file->close();
    pause(100);
}

// File menu open at Import FollowTheMoney… (docs/aleph.md; the guides' last section).
void GuideShots::followTheMoneyMenu()
{
    const QString scene = QStringLiteral("ftm-file-menu");
    auto *import = m_window->findChild<QAction *>(QStringLiteral("importFtm"));
    QMenu *file = nullptr;
    QAction *fileTitle = nullptr;
    for (QAction *title : m_window->menuBar()->actions())
        if (title->menu() && import && title->menu()->actions().contains(import)) {
            file = title->menu();
            fileTitle = title;
        }
    if (!file)
        return fail(scene, QStringLiteral("no File → Import FollowTheMoney"));
    m_window->activateWindow();
    m_window->menuBar()->setActiveAction(fileTitle);
    waitUntil([file] { return file->isVisible(); }, 3000);
    file->setActiveAction(import);
    pause(400);
    save(grabWithOpenMenus({file}), scene);
    file->close();
    pause(100);
}

// The search panel over the sample case: hits grouped by kind, each quoting the text as written.
void GuideShots::search()
{
    QDockWidget *searchDock = dock("searchDock");
    if (!searchDock)
        return fail(QStringLiteral("11-search"), QStringLiteral("no search dock"));
    showNotesPanels(false);
    searchDock->show();
    searchDock->raise();
    m_window->resizeDocks({searchDock}, {520}, Qt::Horizontal);
    // German: typed without umlauts, found with them; English: one name across kinds.
    m_window->notesDocks()->searchPanel()->search(pick("Indosat", "Rechenkapazitaet"));
    pause(300);
    save(m_window->grab(), QStringLiteral("11-search"));
    if (QDockWidget *outline = dock("outlineDock"))
        outline->raise();
    showNotesPanels(true);
}

// A three-page PDF (a court filing, made here with QPdfWriter) added as a source: the viewer shows
// the page of the selected passage, and the note attached from page 2 cites "p. 2".
void GuideShots::pdfSource()
{
    const QString scene = QStringLiteral("12-pdf-source");
    QTemporaryDir dir;
    const QString path = dir.filePath(pick("complaint.pdf", "klageschrift.pdf"));
    {
        QPdfWriter writer(path);
        writer.setTitle(pick("United States v. Example Traders: complaint", "Anklageschrift gegen Example Traders"));
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(12);
        painter.setFont(font);
        const QStringList pages{
            pick("UNITED STATES DISTRICT COURT. Complaint against Example Traders Pte. Ltd.",
                 "LANDGERICHT. Anklageschrift gegen die Example Traders Pte. Ltd."),
            pick("Count 1. The defendants bought 120 servers with Nvidia GB200 chips and shipped them to Jakarta.",
                 "Punkt 1. Die Angeklagten kauften 120 Server mit Nvidia-GB200-Chips und verschifften sie nach Jakarta."),
            pick("Count 2. False end-user statements were made to the integrator.",
                 "Punkt 2. Gegenüber dem Integrator wurden falsche Endverwendererklärungen abgegeben.")};
        for (int i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QRectF(600, 600, 8000, 4000), Qt::TextWordWrap, pages.at(i));
        }
    }
    m_window->selectSubject({OutlineSubject::Kind::Link, linkId(QStringLiteral("aivres-indosat-gb200"))});
    settle();
    answerDialog(scene, [this] { m_window->notesDocks()->addSource(m_german ? QStringLiteral("de") : QStringLiteral("en")); },
                 [&](QDialog *dialog) {
                     auto *sourceDialog = qobject_cast<SourceDialog *>(dialog);
                     if (!sourceDialog)
                         return;
                     sourceDialog->findChild<QLineEdit *>(QStringLiteral("publisher"))->setText(pick("US District Court", "Landgericht"));
                     sourceDialog->findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("https://www.justice.gov/example-complaint"));
                     sourceDialog->findChild<QLineEdit *>(QStringLiteral("archiveUrl"))
                         ->setText(QStringLiteral("https://web.archive.org/web/2025/https://www.justice.gov/example-complaint"));
                     sourceDialog->findChild<PartialDateEdit *>(QStringLiteral("date"))->setText(QStringLiteral("2025-11-20"));
                     sourceDialog->findChild<PartialDateEdit *>(QStringLiteral("retrieved"))->setText(QStringLiteral("2025-11-21"));
                     sourceDialog->loadFile(path);
                     waitUntil([sourceDialog] { return !sourceDialog->isLoading(); }, 30000);
                     pause(200);
                     save(sourceDialog->grab(), QStringLiteral("12-pdf-source-dialog"));
                 });
    settle();
    SourceViewer *viewer = m_window->notesDocks()->sourceViewer();
    if (!viewer)
        return fail(scene, QStringLiteral("the source window did not open"));
    const QString text = viewer->textView()->toPlainText();
    const QString passage = pick("bought 120 servers", "kauften 120 Server");
    const int at = int(text.indexOf(passage));
    if (at < 0)
        return fail(scene, QStringLiteral("the passage is not in the PDF's text"));
    viewer->selectPassage(utf16IndexToCodePoint(text, at), codePointLength(passage));
    pause(200);
    save(viewer->grab(), scene);
    if (auto *attach = viewer->findChild<QPushButton *>(QStringLiteral("attachSelection")); attach && attach->isEnabled())
        attach->click();
    settle();
    viewer->close();
    // The new note, shown among the notes of the sale: it cites its page.
    for (const Note &note : m_session->store()->notes())
        if (note.excerpt == passage)
            m_window->notesDocks()->jumpToNote(note.id);
    pause(300);
    save(m_window->grab(), QStringLiteral("13-pdf-note"));
}

void GuideShots::mergeParties()
{
    // Two cards chosen with Ctrl, then Edit → Merge Parties…: the dialog before the merge.
    m_window->chainScene()->clearSelection();
    clickParty(QStringLiteral("Alibaba"), Qt::NoModifier);
    clickParty(QStringLiteral("Inspur"), Qt::ControlModifier);
    QAction *merge = m_window->findChild<QAction *>(QStringLiteral("mergeParties"));
    if (!merge || !merge->isEnabled())
        return fail(QStringLiteral("merge-parties"), QStringLiteral("Edit → Merge Parties… is not there or not enabled"));
    const int steps = m_session->undoStack()->count();
    answerDialog(QStringLiteral("merge-parties"), [&] { merge->trigger(); }, [&](QDialog *dialog) {
        dialog->resize(640, 560);
        pause(150);
        save(dialog->grab(), QStringLiteral("merge-parties"));
    });
    // The guide's later pictures show the sample as it was.
    if (m_session->undoStack()->count() > steps)
        m_session->undoStack()->undo();
    m_window->chainScene()->clearSelection();
}

void GuideShots::caseProperties()
{
    QAction *properties = m_window->findChild<QAction *>(QStringLiteral("caseProperties"));
    if (!properties)
        return fail(QStringLiteral("case-properties"), QStringLiteral("no Case → Properties"));
    answerDialog(QStringLiteral("case-properties"), [&] { properties->trigger(); }, [&](QDialog *dialog) {
        if (auto *subtitle = dialog->findChild<QLineEdit *>(QStringLiteral("subtitle"))) {
            subtitle->setText(pick("How 2,304 Nvidia GB200 chips reached a Shanghai start-up",
                                   "Wie 2304 Nvidia-GB200-Chips zu einem Start-up in Shanghai kamen"));
            subtitle->setCursorPosition(0);
        }
        if (auto *author = dialog->findChild<QLineEdit *>(QStringLiteral("author")))
            author->setText(pick("Investigations desk, Example Daily", "Investigativ-Ressort, Beispiel-Tageblatt"));
        if (auto *credit = dialog->findChild<QLineEdit *>(QStringLiteral("credit")))
            credit->setText(pick("Graphics desk, Example Daily", "Grafik-Ressort, Beispiel-Tageblatt"));
        save(dialog->grab(), QStringLiteral("case-properties"));
    });
    // The guide's run leaves nothing in the unsaved folder of its test profile.
    m_session->closeCase();

    // What the next start asks after a crash, as DialogPrompts asks it.
    QTimer poll;
    poll.setInterval(30);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                poll.stop();
                pause(150);
                save(box->grab(), QStringLiteral("recovery-prompt"));
                box->reject(); // Later
                return;
            }
    });
    poll.start();
    RecoveryCandidate candidate;
    candidate.title = pick("Jakarta lease", "Jakarta-Miete");
    candidate.lastEdited = QDateTime(QDate(2026, 11, 30), QTime(23, 41));
    candidate.counts.parties = 4;
    candidate.counts.links = 3;
    candidate.counts.notes = 2;
    DialogPrompts().askRecovery(m_window, candidate);
}

// File → Import Table over the sample case, the way the guide tells it: the table chosen, the
// number and date style set for the file's language, then (for the review page) the table read.
int tableImportShot(CaseSession &session, MainWindow &window, const QString &table, bool review, bool german,
                    const QString &outPath)
{
    window.resize(1440, 900);
    waitUntil([&] { return window.isVisible(); }, 5000);
    session.openSample();
    waitUntil([&] { return !window.layoutController()->isRunning(); }, 30000);
    auto *actions = window.findChild<TableImportActions *>();
    TableImportDialog *dialog = actions ? actions->openDialog(table) : nullptr;
    if (!dialog) {
        QTextStream(stderr) << "table-import: the dialog did not open for " << table << '\n';
        return 1;
    }
    dialog->resize(1400, 860);
    auto choose = [dialog](const char *name, int value) {
        if (auto *box = dialog->findChild<QComboBox *>(QString::fromLatin1(name)))
            box->setCurrentIndex(box->findData(value));
    };
    choose("numberStyle", int(german ? NumberStyle::German : NumberStyle::English));
    choose("dateStyle", int(german ? DateStyle::DayFirst : DateStyle::MonthFirst));
    if (review) {
        QObject::connect(dialog, &TableImportDialog::readFailed, [](const QString &message) {
            QTextStream(stderr) << "table-import: " << message << '\n';
        });
        dialog->readTable();
        if (!waitUntil([dialog] { return dialog->hasPlan(); }, 30000))
            return 1;
        // The reporter knows Aivres Systems Inc. is the case's Aivres, and ticks it.
        const TableImportPlan plan = dialog->plan();
        for (int i = 0; i < plan.proposals.size(); ++i)
            if (plan.names.at(plan.proposals.at(i).name).startsWith(QLatin1String("Aivres")))
                dialog->setProposalAccepted(i, true);
    }
    pause(400);
    const bool saved = dialog->grab().save(outPath);
    dialog->reject();
    return saved ? 0 : 1;
}


void GuideShots::readableAtFit()
{
    // View → Fit in a 1600 × 1000 window on a generated chain of 300 parties: every card shows its
    // name at a size that can be read (04-chain shows the sample at Fit).
    m_window->resize(1600, 1000);
    showNotesPanels(false);
    showRightPanels(false);
    const auto fitAndSave = [this](const QString &scene) {
        settle();
        m_window->chainScene()->clearSelection();
        m_window->chainNavigator()->fitAction()->trigger();
        pause(500);
        save(m_window->grab(), scene);
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(pick("three-hundred-parties.chiptrail", "dreihundert-parteien.chiptrail"));
    CaseStore::createFrom(path, layouttest::chainCase(300));
    m_session->openFile(path);
    fitAndSave(QStringLiteral("canvas-fit-300"));
    m_session->closeCase();
    showRightPanels(true);
    m_window->resize(1440, 900);
}
} // namespace

int main(int argc, char *argv[])
{
    // Qt's own file dialog, so the script can fill it in; settings of a test profile, so a
    // developer's layout, language or recent files never show up in the pictures.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ChipTrail"));
    QApplication::setOrganizationName(QStringLiteral("ChipTrail"));
    QApplication::setApplicationVersion(QStringLiteral(CHIPTRAIL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Takes the screenshots of the ChipTrail user guides."));
    parser.addHelpOption();
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("en or de"),
                                            QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption windowOption(QStringLiteral("window"), QStringLiteral("Take one picture of the window instead."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption chartOption(QStringLiteral("chart"), QStringLiteral("With --window: the Charts tab at KIND."),
                                         QStringLiteral("KIND"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"), QStringLiteral("With --window: the case as of DATE."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption selectOption(QStringLiteral("select"), QStringLiteral("With --window: select KIND:KEY."),
                                          QStringLiteral("KIND:KEY"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"), QStringLiteral("With --window: picture the rule panel alone."));
    const QCommandLineOption counterfactualOption(QStringLiteral("counterfactual"),
                                                  QStringLiteral("With --window: also check under IDS (comma-separated)."),
                                                  QStringLiteral("IDS"));
    const QCommandLineOption collapseOption(QStringLiteral("collapse"),
                                            QStringLiteral("With --window: fold country:CODE or group:PARTY-KEY."),
                                            QStringLiteral("KIND:KEY"));
    const QCommandLineOption listsOption(QStringLiteral("lists-dialog"),
                                         QStringLiteral("With --window: picture Tools → Screening Lists (the store of $CHIPTRAIL_LISTS)."));
    const QCommandLineOption tableOption(QStringLiteral("table-import"),
                                         QStringLiteral("With --window: picture File → Import Table for TABLE over the sample case."),
                                         QStringLiteral("TABLE"));
    const QCommandLineOption tablePageOption(QStringLiteral("table-page"),
                                             QStringLiteral("With --table-import: mapping (default) or review."),
                                             QStringLiteral("PAGE"), QStringLiteral("mapping"));
    const QCommandLineOption zoomOption(QStringLiteral("zoom"),
                                        QStringLiteral("With --window: the canvas at ZOOM (1 = 100 %) instead of Fit."),
                                        QStringLiteral("ZOOM"));
    parser.addOption(zoomOption);
    parser.addOptions({languageOption, outOption, windowOption, chartOption, asOfOption, selectOption, rulesOption,
                       counterfactualOption, collapseOption, listsOption, tableOption, tablePageOption});
    parser.addPositionalArgument(QStringLiteral("case"), QStringLiteral("With --window: the case file (default: the sample)."));
    parser.process(app);
    const QString code = parser.value(languageOption);
    const bool windowOnly = parser.isSet(windowOption);
    if (!UiLanguage::supported().contains(code) || (!windowOnly && !parser.isSet(outOption))) {
        QTextStream(stderr) << "usage: chiptrail_guideshots --language en|de --out DIR\n"
                               "       chiptrail_guideshots --language en|de --window FILE.png [options] [CASE]\n";
        return 2;
    }
    if (!windowOnly && !QDir().mkpath(parser.value(outOption))) {
        QTextStream(stderr) << "cannot create " << parser.value(outOption) << '\n';
        return 2;
    }

    UiLanguage language;
    language.applySaved(code);
    CaseSession session;
    WindowHost host(&session, &language);
    host.show(false);
    if (windowOnly && parser.isSet(listsOption)) {
        ScreeningListsDialog dialog(ListStore::defaultPath(), host.window());
        dialog.show();
        for (int i = 0; i < 20; ++i)
            QApplication::processEvents();
        return dialog.grab().save(parser.value(windowOption)) ? 0 : 1;
    }
    if (windowOnly && parser.isSet(tableOption))
        return tableImportShot(session, *host.window(), parser.value(tableOption),
                               parser.value(tablePageOption) == QLatin1String("review"), code == QLatin1String("de"),
                               parser.value(windowOption));
    if (windowOnly) {
        WindowShot shot;
        shot.out = parser.value(windowOption);
        shot.caseFile = parser.positionalArguments().value(0);
        shot.chart = parser.value(chartOption);
        shot.asOf = parser.value(asOfOption);
        shot.select = parser.value(selectOption);
        shot.collapse = parser.value(collapseOption);
        shot.counterfactuals = parser.value(counterfactualOption).split(u',', Qt::SkipEmptyParts);
        shot.rulesPanelAlone = parser.isSet(rulesOption);
        shot.zoom = parser.value(zoomOption).toDouble();
        return takeWindowShot(session, *host.window(), shot);
    }
    GuideShots shots(&session, host.window(), code, parser.value(outOption));
    return shots.run();
}
