// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"
#include "clichartcommand.h"
#include "cliimageexport.h"
#include "uilanguage.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // The command line never shows a window: draw offscreen, with or without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("chiptrail-cli"));
    QApplication::setApplicationVersion(QStringLiteral(CHIPTRAIL_VERSION));
    // Messages and exported legends in the system's language; verdict words and JSON stay as they are.
    chiptrail::gui::UiLanguage language;
    language.applySaved();
    chiptrail::gui::registerImageExportFormats();
    chiptrail::gui::registerChartCommand();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QApplication::arguments();
    arguments.removeFirst();
    return chiptrail::cli::run(arguments, {out, err});
}
