// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstartup.h"

#include "casesession.h"
#include "mainwindow.h"
#include "recovery/caseprompts.h"
#include "recovery/recoveryoffer.h"
#include "canvas/chainscene.h"
#include "panels/charts/timelineslider.h"
#include "uilanguage.h"
#include "windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include "canvas/chainview.h"
#include "canvas/layoutcontroller.h"
#include "panels/rulespanel.h"

#include <QDockWidget>

namespace chiptrail::gui {
namespace {

// "link:indosat-inftech-lease" -> that link; kind None when there is no such record.
OutlineSubject subjectFromKey(const CaseStore &store, const QString &spec)
{
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    const QString key = spec.section(QLatin1Char(':'), 1);
    const auto find = [&](const auto &records, OutlineSubject::Kind as) -> OutlineSubject {
        for (const auto &record : records)
            if (record.key == key)
                return {as, record.id.value};
        return {};
    };
    if (kind == QLatin1String("party"))
        return find(store.parties(), OutlineSubject::Kind::Party);
    if (kind == QLatin1String("link"))
        return find(store.links(), OutlineSubject::Kind::Link);
    if (kind == QLatin1String("site"))
        return find(store.sites(), OutlineSubject::Kind::Site);
    if (kind == QLatin1String("product"))
        return find(store.products(), OutlineSubject::Kind::Product);
    if (kind == QLatin1String("source"))
        return find(store.sources(), OutlineSubject::Kind::Source);
    return {};
}

} // namespace

int runApplication(QApplication &app, const StartupHooks &hooks)
{
    QApplication::setApplicationName(QStringLiteral("ChipTrail"));
    QApplication::setOrganizationName(QStringLiteral("ChipTrail"));
    QApplication::setApplicationVersion(QStringLiteral(CHIPTRAIL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.chiptrail.ChipTrail"));
    UiLanguage language;
    language.applySaved();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Trace export-controlled AI chips through supply chains."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QApplication::translate("main", "Open the sample case \"INF Tech / Indosat\"."));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after-paint"),
                                       QApplication::translate("main", "Quit once the window is painted (start-up benchmark)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window to FILE and quit (for the documentation)."),
                                        QApplication::translate("main", "FILE"));
    const QCommandLineOption chart(QStringLiteral("chart"),
                                   QApplication::translate("main", "Show the Charts tab at KIND (hops, countries, timeline, findings), e.g. for screenshots."),
                                   QApplication::translate("main", "KIND"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QApplication::translate("main", "Show the case as of DATE (YYYY-MM-DD)."),
                                  QApplication::translate("main", "DATE"));
    parser.addOption(chart);
    parser.addOption(asOf);
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select a party or link once the case is open "
                                                                    "(party:KEY or link:KEY), e.g. for --screenshot."),
                                    QApplication::translate("main", "KIND:KEY"));
    parser.addOption(select);
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("main", "Show the user interface in LANGUAGE (en or de) "
                                                                            "this time, whatever the settings say."),
                                            QApplication::translate("main", "LANGUAGE"));
    parser.addOption(languageOption);
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   QApplication::translate("main", "Show the export-rule checks panel; with --screenshot, "
                                                                   "picture the panel alone."));
    const QCommandLineOption counterfactual(QStringLiteral("counterfactual"),
                                            QApplication::translate("main", "Check the rules also under IDS "
                                                                            "(ai_diffusion, iaas_kyc; comma-separated)."),
                                            QApplication::translate("main", "IDS"));
    parser.addOption(rules);
    parser.addOption(counterfactual);
    const QCommandLineOption collapse(QStringLiteral("collapse"),
                                      QApplication::translate("main", "Fold a country or the company group of a party into one "
                                                                      "node (country:CODE or group:PARTY-KEY), e.g. for --screenshot."),
                                      QApplication::translate("main", "KIND:KEY"));
    parser.addOption(collapse);
    parser.addOption(sample);
    parser.addOption(quitAfter);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("case"), QApplication::translate("main", "Case file to open."));
    parser.process(app);
    if (parser.isSet(languageOption)) {
        if (!UiLanguage::supported().contains(parser.value(languageOption))) {
            QTextStream(stderr) << QApplication::translate("main", "--language: expected en or de") << '\n';
            return 2;
        }
        language.applySaved(parser.value(languageOption));
    }

    DialogPrompts dialogs; // before the window that asks through it, so it outlives it
    CaseSession session;
    WindowHost host(&session, &language);
    CasePrompts &prompts = hooks.prompts ? *hooks.prompts : dialogs;
    host.setPrompts(&prompts);
    // Pictures for the documentation must not depend on how the last user left the window.
    const bool scripted = parser.isSet(screenshot) || parser.isSet(quitAfter);
    host.show(!scripted);
    MainWindow &window = *host.window(); // replaced only when the user switches the language
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.attempt(QApplication::translate("main", "Open case"), [&] { session.openFile(files.first()); });
    else if (parser.isSet(sample))
        window.attempt(QApplication::translate("main", "Open sample case"), [&] { session.openSample(); });
    else if (!scripted)
        // Once the window is up, so the question has a window to stand over. A case the user asked
        // for on the command line goes first; what a crash left then waits for the next start.
        QTimer::singleShot(0, &app, [&] { offerRecovery(session, prompts, host.window()); });
    if (hooks.started)
        QTimer::singleShot(0, &app, [&] { hooks.started(session, *host.window()); });
    if (parser.isSet(chart)) {
        const auto kind = charts::chartKindFromWord(parser.value(chart));
        if (!kind) {
            QTextStream(stderr) << QApplication::translate("main", "--chart: expected hops, countries, timeline or findings")
                                << '\n';
            return 2;
        }
        window.showChart(*kind);
    }
    if (parser.isSet(asOf))
        window.timelineSlider()->setAsOf(QDate::fromString(parser.value(asOf), Qt::ISODate));
    if (parser.isSet(select) && session.hasCase()) {
        const OutlineSubject subject = subjectFromKey(*session.store(), parser.value(select));
        if (subject.kind == OutlineSubject::Kind::None)
            window.reportError(QApplication::translate("main", "Select"),
                               QApplication::translate("main", "There is no %1 in this case (use party:KEY or link:KEY).")
                                   .arg(parser.value(select)));
        else
            window.selectSubject(subject);
    }
    if (parser.isSet(counterfactual))
        window.rulesPanel()->setCounterfactuals(parser.value(counterfactual).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (parser.isSet(rules) || parser.isSet(counterfactual))
        window.showRulesPanel();
    // The panel alone, floating at a size where steps, citations and evidence can be read.
    QWidget *pictured = &window;
    if (parser.isSet(rules) && parser.isSet(screenshot)) {
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("rulesDock"));
        dock->setFloating(true);
        dock->resize(720, 1180);
        pictured = dock;
    }
    if (parser.isSet(collapse) && session.hasCase()) {
        const QString kind = parser.value(collapse).section(u':', 0, 0);
        const QString key = parser.value(collapse).section(u':', 1);
        std::optional<CollapseKey> fold;
        if (kind == u"country")
            fold = CollapseKey::forCountry(key);
        else if (kind == u"group")
            for (const Party &party : session.store()->parties())
                if (party.key == key)
                    fold = window.chainScene()->companyGroupOf(party.id);
        if (fold)
            window.chainScene()->collapse(*fold);
        else
            window.reportError(QApplication::translate("main", "Collapse"),
                               QApplication::translate("main", "Nothing to fold for %1 (use country:CODE or group:PARTY-KEY).")
                                   .arg(parser.value(collapse)));
    }
    if (parser.isSet(screenshot)) {
        // Wait for the layout and the rule checks, so the picture shows the finished canvas.
        auto *poll = new QTimer(&app);
        QElapsedTimer waited;
        waited.start();
        QObject::connect(poll, &QTimer::timeout, &app, [&, poll, waited] {
            const bool busy = window.layoutController()->isRunning() || window.rulesPanel()->isChecking();
            if (busy && waited.elapsed() < 20000)
                return;
            poll->stop();
            window.chainView()->fitAll();
            QTimer::singleShot(200, &app, [&] {
                pictured->grab().save(parser.value(screenshot));
                QApplication::quit();
            });
        });
        poll->start(150);
    }
    else if (parser.isSet(quitAfter))
        QTimer::singleShot(0, &app, [&] {
            window.repaint();
            QApplication::quit();
        });
    return app.exec();
}

} // namespace chiptrail::gui
