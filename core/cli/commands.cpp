// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "error.h"
#include "mergecommand.h"
#include "lists_commands.h"
#include "rules_commands.h"
#include "tablecommand.h"
#include "interchange/casejson.h"
#include "interchange/ftm.h"
#include "store/casestore.h"
#include "store/opener.h"
#include "store/recover.h"
#include "store/sqlite_handles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <functional>
#include <optional>

namespace chiptrail::cli {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    std::function<int(QCommandLineParser &, Streams)> run;
    std::function<void(QCommandLineParser &)> declare;
};

QString sampleCasePath() { return QStringLiteral(":/samples/inf-tech-indosat.json"); }

int writeOutput(const QByteArray &bytes, const QString &outputPath, Streams streams)
{
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        streams.out << QString::fromUtf8(bytes);
        streams.out.flush();
        return Success;
    }
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        streams.err << Cli::tr("%1: cannot be written (%2)").arg(outputPath, file.errorString()) << '\n';
        return Failure;
    }
    return Success;
}

int cmdNew(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        s.err << Cli::tr("new: expected one case file name") << '\n';
        return Failure;
    }
    CaseInfo info;
    info.title = parser.value(QStringLiteral("title"));
    if (info.title.isEmpty())
        info.title = QFileInfo(args.first()).completeBaseName();
    info.language = parser.value(QStringLiteral("language"));
    CaseStore::create(args.first(), info);
    s.out << Cli::tr("Created %1").arg(args.first()) << '\n';
    return Success;
}

// FollowTheMoney entities (an Aleph or OpenSanctions export, or ChipTrail's) into a new case file,
// all or nothing; what ChipTrail has no place for is counted in the summary.
int importFtm(const QString &file, const QString &target, Streams s)
{
    const FtmImport result = readFtmFile(file);
    CaseStore::createFrom(target, result.data);
    s.out << Cli::tr("Imported into %1: %2").arg(target, describeFtmImport(result)) << '\n';
    return Success;
}

int cmdImport(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    const bool sample = parser.isSet(QStringLiteral("sample"));
    if (args.size() != (sample ? 1 : 2)) {
        s.err << Cli::tr("import: expected JSON-FILE CASE-FILE (or --sample CASE-FILE)") << '\n';
        return Failure;
    }
    const QString json = sample ? sampleCasePath() : args.at(0);
    if (!sample)
        sql::requireRegularFile(json);
    const QString target = args.last();
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("ftm") && !sample)
        return importFtm(json, target, s);
    if (format != QLatin1String("json") && !sample) {
        s.err << Cli::tr("import: unknown format \"%1\" (known: json, ftm)").arg(format) << '\n';
        return Failure;
    }
    const CaseData data = readCaseJsonFile(json);
    CaseStore::createFrom(target, data);
    s.out << Cli::tr("Imported %1 parties, %2 links, %3 sources and %4 notes into %5")
                 .arg(data.parties.size())
                 .arg(data.links.size())
                 .arg(data.sources.size())
                 .arg(data.notes.size())
                 .arg(target)
          << '\n';
    return Success;
}

// Read-only commands never write, so a damaged search index stays; they need no search and go on.
bool warnAboutSearchIndex(const CaseStore &store, Streams s)
{
    if (store.searchIndexWarning().isEmpty())
        return false;
    s.err << Cli::tr("warning: %1").arg(store.searchIndexWarning()) << '\n';
    return true;
}

QMap<QString, ExportWriter> &exportFormats()
{
    static QMap<QString, ExportWriter> formats;
    return formats;
}

int cmdExport(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        s.err << Cli::tr("export: expected one case file") << '\n';
        return Failure;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("ftm") && !exportFormats().contains(format)) {
        const QStringList known = QStringList{QStringLiteral("json"), QStringLiteral("ftm")} + exportFormats().keys();
        s.err << Cli::tr("export: unknown format \"%1\" (known: %2)").arg(format, known.join(QLatin1String(", "))) << '\n';
        return Failure;
    }
    const QString output = parser.value(QStringLiteral("output"));
    const bool text = format == QLatin1String("json") || format == QLatin1String("ftm");
    if (!text && (output.isEmpty() || output == QLatin1String("-"))) {
        s.err << Cli::tr("export: --format %1 needs an output file (-o FILE)").arg(format) << '\n';
        return Failure;
    }
    const auto store = CaseStore::open(args.first(), CaseStore::Access::ReadOnly);
    warnAboutSearchIndex(*store, s);
    if (format == QLatin1String("json"))
        return writeOutput(writeCaseJson(store->load()), output, s);
    if (format == QLatin1String("ftm"))
        return writeOutput(writeFtm(store->load()), output, s);
    exportFormats().value(format)(*store, output, parser, s.err);
    return Success;
}

int cmdInfo(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        s.err << Cli::tr("info: expected one case file") << '\n';
        return Failure;
    }
    const auto store = CaseStore::open(args.first(), CaseStore::Access::ReadOnly);
    warnAboutSearchIndex(*store, s);
    const CaseInfo info = store->info();
    const CaseCounts c = store->counts();
    s.out << Cli::tr("Case:            %1").arg(info.title) << '\n'
          << Cli::tr("File:            %1").arg(QDir::toNativeSeparators(args.first())) << '\n'
          << Cli::tr("Schema version:  %1").arg(store->schemaVersion()) << '\n'
          << Cli::tr("Parties:         %1").arg(c.parties) << '\n'
          << Cli::tr("Sites:           %1").arg(c.sites) << '\n'
          << Cli::tr("Products:        %1").arg(c.products) << '\n'
          << Cli::tr("Links:           %1").arg(c.links) << '\n'
          << Cli::tr("Sources:         %1").arg(c.sources) << '\n'
          << Cli::tr("Notes:           %1").arg(c.notes) << '\n'
          << Cli::tr("Unsourced claims: %1").arg(c.unsourcedClaims) << '\n'
          << (store->searchIndexWarning().isEmpty()
                  ? Cli::tr("File check:      ok (integrity_check, foreign keys, note excerpts, search index)")
                  : Cli::tr("File check:      ok (integrity_check, foreign keys, note excerpts); search index damaged"))
          << '\n';
    return Success;
}

int cmdValidate(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        s.err << Cli::tr("validate: expected one case file or case JSON file") << '\n';
        return Failure;
    }
    const QString path = args.first();
    sql::requireRegularFile(path); // a named pipe would block the probe below for ever
    QFile probe(path);
    const bool isJson = probe.open(QIODevice::ReadOnly) && probe.peek(16).trimmed().startsWith('{');
    probe.close();
    if (isJson) {
        readCaseJsonFile(path);
    } else {
        const auto store = CaseStore::open(path, CaseStore::Access::ReadOnly);
        // Valid means ChipTrail can read every row as written: a name whose bytes are not UTF-8
        // passes the checks of opening and was called valid, yet the window refuses the file.
        store->load();
        const CaseCounts counts = store->counts();
        if (counts.unsourcedClaims > 0)
            s.out << Cli::tr("%1: %n claim(s) have no source note", nullptr, counts.unsourcedClaims)
                         .arg(path)
                  << '\n';
        // validate is asked whether the file is sound: a damaged index is an answer, not a note.
        if (warnAboutSearchIndex(*store, s))
            return ProblemsFound;
    }
    s.out << Cli::tr("%1: valid").arg(path) << '\n';
    return Success;
}

int cmdRecover(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        s.err << Cli::tr("recover: expected the refused case file and a new case file") << '\n';
        return Failure;
    }
    const RecoveryReport report = recoverCase(args.at(0), args.at(1));
    s.out << Cli::tr("Recovered %n row(s) of %1 into %2", nullptr, report.copied())
                 .arg(QDir::toNativeSeparators(args.at(0)), QDir::toNativeSeparators(args.at(1)))
          << '\n';
    for (auto it = report.tables.cbegin(); it != report.tables.cend(); ++it) {
        if (it->missing)
            s.out << Cli::tr("  %1: not in the file").arg(it.key()) << '\n';
        else if (it->damaged)
            s.out << Cli::tr("  %1: %2 copied, %3 skipped, the rest unreadable").arg(it.key()).arg(it->copied).arg(it->skipped)
                  << '\n';
        else if (it->skipped > 0)
            s.out << Cli::tr("  %1: %2 copied, %3 skipped").arg(it.key()).arg(it->copied).arg(it->skipped) << '\n';
        else
            s.out << Cli::tr("  %1: %2 copied").arg(it.key()).arg(it->copied) << '\n';
        if (it->repaired > 0)
            s.out << Cli::tr("  %1: %n text(s) copied repaired", nullptr, it->repaired).arg(it.key()) << '\n';
    }
    const bool damaged = std::any_of(report.tables.cbegin(), report.tables.cend(), [](const auto &t) { return t.damaged; });
    if (report.skipped() == 0 && !damaged && report.repaired() == 0)
        return Success;
    if (report.skipped() > 0)
        s.err << Cli::tr("%n row(s) could not be recovered:", nullptr, report.skipped()) << '\n';
    else if (report.repaired() > 0)
        s.err << Cli::tr("%n text(s) were copied repaired:", nullptr, report.repaired()) << '\n';
    for (const QString &problem : report.problems)
        s.err << QStringLiteral("  ") << problem << '\n';
    return ProblemsFound;
}

const QList<Command> &commands()
{
    static const QList<Command> all{
        {"new", "new CASE-FILE [--title TITLE] [--language en|de]",
         QT_TRANSLATE_NOOP("Cli", "Create an empty case file."), cmdNew,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("title"), Cli::tr("Title of the case."), Cli::tr("TITLE")});
             p.addOption({QStringLiteral("language"), Cli::tr("Language of the case (en, de)."),
                          Cli::tr("LANG"), QStringLiteral("en")});
         }},
        {"import", "import JSON-FILE CASE-FILE | import FILE.ftm.json --format ftm CASE-FILE | import --sample CASE-FILE",
         QT_TRANSLATE_NOOP("Cli", "Create a case file from case JSON or FollowTheMoney entities, all or nothing."), cmdImport,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("format"), Cli::tr("Input format: json (case JSON) or ftm (FollowTheMoney entity JSON lines)."),
                          Cli::tr("FORMAT"), QStringLiteral("json")});
             p.addOption({QStringLiteral("sample"), Cli::tr("Import the built-in sample case "
                                                       "\"INF Tech / Indosat\".")});
         }},
        {"export", "export CASE-FILE --format json|ftm|svg|png|pdf|dot|gexf|graphml|kumu|maltego|i2|xlsx [-o FILE] [--preset web|social|a4|a4-landscape|letter|letter-landscape|bare] "
                   "[--no-title] [--no-legend] [--no-sources] [--no-credit] [--credit NAME] [--scale F] [--transparent] [--as-of DATE] "
                   "[--layout-timeout SECONDS]",
         QT_TRANSLATE_NOOP("Cli", "Write a case as case JSON or FollowTheMoney entities (to stdout unless -o is given) or draw the chain as an image."),
         cmdExport,
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("format"), Cli::tr("Output format: json, ftm (FollowTheMoney), svg, png, pdf, dot, gexf (Gephi), graphml (yEd), kumu, maltego, i2 (two CSV files each) or xlsx (Kumu)."),
                          Cli::tr("FORMAT"), QStringLiteral("json")});
             p.addOption({QStringLiteral("scale"), Cli::tr("PNG with --preset bare: pixels per canvas unit (default 2)."), Cli::tr("FACTOR"),
                          QStringLiteral("2")});
             p.addOption({QStringLiteral("transparent"), Cli::tr("PNG: transparent instead of white background.")});
             p.addOption({QStringLiteral("as-of"), Cli::tr("Draw the chain as of this date (YYYY-MM-DD)."), Cli::tr("DATE")});
             p.addOption({QStringLiteral("layout-timeout"),
                          Cli::tr("Images of cases without stored places: stop Graphviz after SECONDS and use the "
                                  "built-in layout (default 60)."),
                          Cli::tr("SECONDS"), QStringLiteral("60")});
             p.addOption({QStringLiteral("preset"),
                          Cli::tr("Images: page size, web (1200 px wide, PNG at 2×), social (1080 × 1350), a4, "
                                  "a4-landscape, letter, letter-landscape (PNG at 300 dpi) or bare (the chain alone "
                                  "at --scale). Default: web, and a4-landscape for PDF."),
                          Cli::tr("PRESET")});
             p.addOption({QStringLiteral("no-title"), Cli::tr("Images: leave out title, subtitle and date line.")});
             p.addOption({QStringLiteral("no-legend"), Cli::tr("Images: leave out the legend.")});
             p.addOption({QStringLiteral("no-sources"), Cli::tr("Images: leave out the numbered sources.")});
             p.addOption({QStringLiteral("no-credit"), Cli::tr("Images: leave out the credit line and disclaimer.")});
             p.addOption({QStringLiteral("credit"), Cli::tr("Images: who made the graphic, for the credit line."),
                          Cli::tr("NAME")});
             p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          Cli::tr("Write to FILE instead of stdout."), Cli::tr("FILE")});
         }},
        {"info", "info CASE-FILE",
         QT_TRANSLATE_NOOP("Cli", "Print counts, schema version and the result of the file check."),
         cmdInfo, [](QCommandLineParser &) {}},
        {"validate", "validate CASE-FILE|JSON-FILE",
         QT_TRANSLATE_NOOP("Cli", "Check a case file or case JSON without changing it."),
         cmdValidate, [](QCommandLineParser &) {}},
        {"recover", "recover CASE-FILE NEW-CASE-FILE",
         QT_TRANSLATE_NOOP("Cli", "Copy the rows of a case file that was refused (or damaged) into a new case file, leaving it untouched."),
         cmdRecover, [](QCommandLineParser &) {}},
        {"check", "check CASE [--rules-at link|YYYY-MM-DD] [--counterfactual ai_diffusion,iaas_kyc] [--list FILE] [--format text|json]",
         QT_TRANSLATE_NOOP("Cli", "Check every link against the export rules (not legal advice)."), runCheck,
         declareCheck},
        {"import-table", "import-table FILE.csv|FILE.xlsx CASE-FILE [--mapping M.json] [--sheet NAME] [--accept-matches exact|none|all]",
         QT_TRANSLATE_NOOP("Cli", "Add the rows of a spreadsheet to a case as links, in one edit."), runImportTable,
         declareImportTable},
        {"screen", "screen [--list FILE] [--as-of YYYY-MM-DD] NAMES... | screen [--list FILE] --names FILE",
         QT_TRANSLATE_NOOP("Cli", "Screen names against the Entity List or another screening list."), runScreen,
         declareScreen},
        {"merge-parties", "merge-parties CASE KEEP-KEY OTHER-KEY... [--dry-run]",
         QT_TRANSLATE_NOOP("Cli", "Merge parties found to be the same into the first one named; print what moved."),
         runMergeParties, declareMergeParties},
        {"lists", "lists [import FILE [--name NAME] [--url URL] [--date YYYY-MM-DD] | remove NAME | activate NAME | deactivate NAME]",
         QT_TRANSLATE_NOOP("Cli", "Show, import, remove, switch on or off the screening lists that check and the window use."),
         runLists, declareLists},
    };
    return all;
}

QList<ExtraCommand> &extraCommands()
{
    static QList<ExtraCommand> extra;
    return extra;
}

void printUsage(QTextStream &stream)
{
    stream << Cli::tr("Usage: chiptrail-cli COMMAND [OPTIONS] [ARGUMENTS]") << "\n\n"
           << Cli::tr("Commands:") << '\n';
    for (const auto &command : commands())
        stream << QStringLiteral("  %1  %2\n")
                      .arg(QString::fromLatin1(command.name).leftJustified(10),
                           QCoreApplication::translate("Cli", command.summary));
    for (const auto &command : extraCommands())
        stream << QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(10), command.summary);
    stream << '\n'
           << Cli::tr("Run \"chiptrail-cli COMMAND --help\" for the options of one command.") << '\n'
           << Cli::tr("Exit codes: 0 success, 1 problems found (validate; recover: rows skipped), 2 error, "
                      "3 licence required (check).")
           << '\n'
           << Cli::tr("--time-limit SECONDS (before or after the command): how long one query on a case "
                      "file may run before it is stopped (default 10).")
           << '\n';
}

} // namespace

void registerExportFormat(const QString &name, ExportWriter writer) { exportFormats().insert(name, std::move(writer)); }

void registerCommand(ExtraCommand command)
{
    for (ExtraCommand &known : extraCommands())
        if (known.name == command.name) {
            known = std::move(command);
            return;
        }
    extraCommands() << std::move(command);
}

// --time-limit SECONDS (or --time-limit=SECONDS), anywhere on the line: taken out before the
// command sees its arguments. Returns false with a message when the value is not a whole number.
bool takeTimeLimit(QStringList &arguments, Streams s)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--time-limit") && i + 1 < arguments.size()) {
            value = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i).startsWith(QLatin1String("--time-limit="))) {
            value = arguments.at(i).mid(13);
            arguments.remove(i);
        } else {
            continue;
        }
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 1) {
            s.err << Cli::tr("--time-limit: expected a whole number of seconds, not \"%1\"").arg(messageExcerpt(value)) << '\n';
            return false;
        }
        sql::setStatementTimeBudget(std::chrono::seconds(seconds));
        return true;
    }
    return true;
}

int run(const QStringList &givenArguments, Streams s)
{
    QStringList arguments = givenArguments;
    if (!takeTimeLimit(arguments, s))
        return Failure;
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printUsage(arguments.isEmpty() ? s.err : s.out);
        return arguments.isEmpty() ? Failure : Success;
    }
    if (arguments.first() == QLatin1String("--version")) {
        s.out << QStringLiteral("chiptrail-cli %1\n").arg(QCoreApplication::applicationVersion());
        return Success;
    }
    std::optional<ExtraCommand> found;
    for (const auto &command : commands())
        if (arguments.first() == QLatin1String(command.name))
            found = ExtraCommand{QString::fromLatin1(command.name), QString::fromLatin1(command.synopsis),
                                 QCoreApplication::translate("Cli", command.summary), command.declare, command.run};
    for (const auto &command : extraCommands())
        if (!found && arguments.first() == command.name)
            found = command;
    if (found) {
        const ExtraCommand &command = *found;
        QCommandLineParser parser;
        parser.setApplicationDescription(command.summary);
        parser.addHelpOption();
        command.declare(parser);
        QStringList withProgram = arguments;
        withProgram.first() = QStringLiteral("chiptrail-cli ") + withProgram.first();
        if (!parser.parse(withProgram)) {
            s.err << command.name << ": " << parser.errorText() << '\n';
            return Failure;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            s.out << Cli::tr("Usage: chiptrail-cli %1").arg(command.synopsis) << "\n\n"
                  << parser.helpText().section(QLatin1Char('\n'), 1);
            return Success;
        }
        try {
            return command.run(parser, s);
        } catch (const InterruptedEditError &error) {
            // Not a problem of the case: a crash left an edit for ChipTrail to finish.
            s.err << error.message() << '\n';
            s.err.flush();
            return Failure;
        } catch (const CaseError &error) {
            s.err << error.message() << '\n';
            s.err.flush();
            return command.name == QLatin1String("validate") ? ProblemsFound : Failure;
        }
    }
    s.err << Cli::tr("unknown command \"%1\"").arg(arguments.first()) << "\n\n";
    printUsage(s.err);
    return Failure;
}

} // namespace chiptrail::cli
