// SPDX-License-Identifier: GPL-3.0-or-later
// chiptrail-chart: draws one chart of a case (`chiptrail-cli chart` runs it with its arguments).
// Apart from chiptrail-cli because Qt Charts needs QtWidgets, which the command line does not link.
#include "cli/commands.h"
#include "clichartcommand.h"
#include "uilanguage.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Never shows a window: draw offscreen, with or without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("chiptrail-cli")); // its messages read as chiptrail-cli's
    QApplication::setApplicationVersion(QStringLiteral(CHIPTRAIL_VERSION));
    chiptrail::gui::UiLanguage language;
    language.applySaved();
    chiptrail::gui::registerChartCommand();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QApplication::arguments();
    arguments.removeFirst();
    arguments.prepend(QStringLiteral("chart"));
    return chiptrail::cli::run(arguments, {out, err});
}
