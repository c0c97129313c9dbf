// SPDX-License-Identifier: GPL-3.0-or-later
// chiptrail-cli: the case file, its checks and its images for scripts and CI. Links core and the
// chain picture only (QtGui, no widgets); charts come from chiptrail-chart (see chartforward.h).
#include "chartforward.h"
#include "cli/commands.h"
#include "cli/imageexport.h"
#include "cli/linkchartcommand.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

// Messages and exported legends in the system's language, as the window chooses it when the user
// has not (uilanguage.cpp): German or English, dates and numbers to match.
void installSystemLanguage(QTranslator &ours, QTranslator &qts)
{
    const QLocale system = QLocale::system();
    const QString language = system.name().startsWith(QLatin1String("de")) ? QStringLiteral("de") : QStringLiteral("en");
    if (ours.load(QStringLiteral(":/i18n/chiptrail_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&ours);
    if (qts.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qts);
    QLocale::setDefault(system.name().startsWith(language) ? system : QLocale(language));
}

} // namespace

int main(int argc, char *argv[])
{
    // Text in images needs QtGui's font database, and QtGui a platform plugin. The command line
    // never shows a window. "minimal" has no font database unless told (`minimal:enable_fonts`):
    // plain, every letter came out as a box and the cards had other sizes. "offscreen" brings the
    // fontconfig database (the same PNG as `minimal:enable_fonts`, byte for byte) and is what the
    // tests and the window's exports run with. Only when the caller chose nothing.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("chiptrail-cli"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CHIPTRAIL_VERSION));
    QTranslator ours, qts;
    installSystemLanguage(ours, qts);
    chiptrail::cli::registerImageExportFormats();
    chiptrail::cli::registerLinkChartExportFormats();
    chiptrail::cli::registerChartForwarding();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QGuiApplication::arguments();
    arguments.removeFirst();
    return chiptrail::cli::run(arguments, {out, err});
}
