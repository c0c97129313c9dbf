// SPDX-License-Identifier: GPL-3.0-or-later
#include "appstartup.h"

#include "casesession.h"
#include "mainwindow.h"
#include "recovery/caseprompts.h"
#include "recovery/recoveryoffer.h"
#include "panels/charts/timelineslider.h"
#include "uilanguage.h"
#include "windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

namespace chiptrail::gui {

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
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QApplication::translate("main", "Show the case as of DATE (YYYY-MM-DD)."),
                                  QApplication::translate("main", "DATE"));
    parser.addOption(asOf);
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QApplication::translate("main", "Show the user interface in LANGUAGE (en or de) "
                                                                            "this time, whatever the settings say."),
                                            QApplication::translate("main", "LANGUAGE"));
    parser.addOption(languageOption);
    parser.addOption(sample);
    parser.addOption(quitAfter);
    parser.addPositionalArgument(QStringLiteral("case"), QApplication::translate("main", "Case file to open."));
    parser.process(app);
    if (parser.isSet(languageOption)) {
        if (!UiLanguage::supported().contains(parser.value(languageOption))) {
            QTextStream(stderr) << QApplication::translate("main", "--language: expected en or de") << '\n';
            return 2;
        }
        language.applySaved(parser.value(languageOption));
    }
    const QDate asOfDate = QDate::fromString(parser.value(asOf), Qt::ISODate);
    if (parser.isSet(asOf) && !asOfDate.isValid()) {
        QTextStream(stderr) << QApplication::translate("main", "--as-of: expected a date YYYY-MM-DD") << '\n';
        return 2;
    }

    DialogPrompts dialogs; // before the window that asks through it, so it outlives it
    CaseSession session;
    WindowHost host(&session, &language);
    CasePrompts &prompts = hooks.prompts ? *hooks.prompts : dialogs;
    host.setPrompts(&prompts);
    // A start-up benchmark must not depend on how the last user left the window.
    const bool scripted = parser.isSet(quitAfter);
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
    if (parser.isSet(asOf))
        window.timelineSlider()->setAsOf(asOfDate);
    if (parser.isSet(quitAfter))
        QTimer::singleShot(0, &app, [&] {
            window.repaint();
            QApplication::quit();
        });
    return app.exec();
}

} // namespace chiptrail::gui
