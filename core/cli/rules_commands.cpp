// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules_commands.h"

#include "error.h"
#include "interchange/casejson.h"
#include "lists_commands.h"
#include "rules/findingswriter.h"
#include "rules/listimport.h"
#include "rules/rulechecker.h"
#include "store/casestore.h"
#include "store/opener.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chiptrail::cli {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

CaseData loadCase(const QString &path, Streams s)
{
    sql::requireRegularFile(path); // a named pipe would block the probe below for ever
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        throw CaseError(Cli::tr("%1: cannot be read (%2)").arg(path, probe.errorString()));
    const bool isJson = probe.peek(16).trimmed().startsWith('{');
    probe.close();
    if (isJson)
        return readCaseJsonFile(path);
    const auto store = CaseStore::open(path, CaseStore::Access::ReadOnly);
    // The check needs no search: a damaged index is said and the check goes on.
    if (!store->searchIndexWarning().isEmpty())
        s.err << Cli::tr("warning: %1").arg(store->searchIndexWarning()) << '\n';
    return store->load();
}

bool wantsJson(QCommandLineParser &parser, Streams s, bool *ok)
{
    const QString format = parser.value(QStringLiteral("format"));
    *ok = format == QLatin1String("text") || format == QLatin1String("json");
    if (!*ok)
        s.err << Cli::tr("unknown format \"%1\" (known: text, json)").arg(format) << '\n';
    return format == QLatin1String("json");
}

} // namespace

void declareCheck(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("rules-at"), Cli::tr("Rules as of each link's own date (link, the default) or of one date."),
                 Cli::tr("link|YYYY-MM-DD"), QStringLiteral("link")});
    p.addOption({QStringLiteral("counterfactual"),
                 Cli::tr("Switch on rule sets that are not the law: ai_diffusion (AI Diffusion Rule as if enforced), "
                    "iaas_kyc (proposed IaaS KYC rule). Comma-separated; prints what changes."),
                 Cli::tr("LIST")});
    p.addOption({QStringLiteral("format"), Cli::tr("Output format: text or json."), Cli::tr("FORMAT"), QStringLiteral("text")});
    declareListOptions(p);
}

int runCheck(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        s.err << Cli::tr("check: expected one case file or case JSON file") << '\n';
        return Failure;
    }
    bool ok = false;
    const bool json = wantsJson(parser, s, &ok);
    if (!ok)
        return Failure;
    CheckOptions options;
    const QString at = parser.value(QStringLiteral("rules-at"));
    if (at != QLatin1String("link")) {
        const QDate date = QDate::fromString(at, Qt::ISODate);
        if (!date.isValid()) {
            s.err << Cli::tr("check: --rules-at expects \"link\" or a date YYYY-MM-DD, not \"%1\"").arg(at) << '\n';
            return Failure;
        }
        options.rulesAt = date;
    }
    options.counterfactuals = parser.value(QStringLiteral("counterfactual")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &c : options.counterfactuals)
        c = c.trimmed();

    const CaseData data = loadCase(args.first(), s);
    const RuleBook book = RuleBook::load();
    const RuleChecker checker(book, makeListScreeners(listsForRun(parser), book.folding));
    const CaseFindings findings = checker.check(data, options);
    QList<FindingChange> changes;
    if (!options.counterfactuals.isEmpty()) {
        CheckOptions baseline = options;
        baseline.counterfactuals.clear();
        changes = diffFindings(checker.check(data, baseline), findings);
    }
    if (json) {
        QJsonObject o = findingsToJson(findings);
        if (!options.counterfactuals.isEmpty())
            o.insert(QStringLiteral("changes_from_rules_in_force"), changesToJson(changes));
        s.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        s.out << writeFindingsText(findings);
        if (!options.counterfactuals.isEmpty())
            s.out << '\n' << Cli::tr("Compared with the rules in force:") << '\n' << writeChangesText(changes);
    }
    s.out.flush();
    // A possible list match needs a reader's decision before anyone may rely on "no licence".
    return findings.worst() == Verdict::LicenseRequired || findings.worst() == Verdict::LicenseRequiredIfConfirmed
               ? LicenceRequired
               : Success;
}

void declareScreen(QCommandLineParser &p)
{
    declareListOptions(p);
    p.addOption({QStringLiteral("as-of"),
                 Cli::tr("Screen as of this day: entries listed after it (or delisted before it) are not hits."),
                 Cli::tr("YYYY-MM-DD")});
    p.addOption({QStringLiteral("names"), Cli::tr("Read the names to screen from FILE, one per line."), Cli::tr("FILE")});
    p.addOption({QStringLiteral("min-score"), Cli::tr("Lowest score to report (0-1)."), Cli::tr("SCORE")});
    p.addOption({QStringLiteral("format"), Cli::tr("Output format: text or json."), Cli::tr("FORMAT"), QStringLiteral("text")});
}

int runScreen(QCommandLineParser &parser, Streams s)
{
    bool ok = false;
    const bool json = wantsJson(parser, s, &ok);
    if (!ok)
        return Failure;
    QStringList names = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("names"))) {
        QFile file(parser.value(QStringLiteral("names")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            s.err << Cli::tr("%1: cannot be read (%2)").arg(file.fileName(), file.errorString()) << '\n';
            return Failure;
        }
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                names << line.trimmed();
    }
    if (names.isEmpty()) {
        s.err << Cli::tr("screen: give names, or --names FILE") << '\n';
        return Failure;
    }
    const RuleBook book = RuleBook::load();
    double minScore = book.entityList.possibleScore;
    if (parser.isSet(QStringLiteral("min-score"))) {
        minScore = parser.value(QStringLiteral("min-score")).toDouble(&ok);
        if (!ok || minScore < 0 || minScore > 1) {
            s.err << Cli::tr("screen: --min-score expects a number from 0 to 1") << '\n';
            return Failure;
        }
    }
    QDate asOf;
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            s.err << Cli::tr("screen: --as-of expects a date YYYY-MM-DD, not \"%1\"").arg(parser.value(QStringLiteral("as-of")))
                  << '\n';
            return Failure;
        }
    }
    // --list alone screens against those files; without it, the shipped entries and the store's active lists.
    const bool onlyFiles = parser.isSet(QStringLiteral("list"));
    QList<ScreeningList> lists = listsForRun(parser, !onlyFiles);
    if (!onlyFiles)
        lists.prepend(book.entityListEntries);
    struct Hit
    {
        const ScreeningList *list;
        ScreeningHit hit;
    };
    QList<QList<Hit>> results(names.size());
    QList<int> notYet(names.size(), 0);
    for (const ScreeningList &list : std::as_const(lists)) {
        const Screener screener(list, book.folding);
        const auto found = screener.screenAll(names, minScore, 2);
        for (qsizetype i = 0; i < names.size(); ++i)
            for (const ScreeningHit &h : found.at(i)) {
                const ListEntry &e = list.entries.at(h.entry);
                if (asOf.isValid() && ((e.listed.isValid() && e.listed > asOf) || (e.ended.isValid() && e.ended < asOf))) {
                    ++notYet[i];
                    continue;
                }
                results[i] << Hit{&list, h};
            }
    }
    for (QList<Hit> &r : results)
        std::stable_sort(r.begin(), r.end(), [](const Hit &a, const Hit &b) { return a.hit.score > b.hit.score; });
    QJsonArray out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QJsonArray hits;
        if (!json)
            s.out << names.at(i) << ": " << (results.at(i).isEmpty() ? Cli::tr("no hit") : QString()) << '\n';
        for (const Hit &found : results.at(i)) {
            const ScreeningHit &h = found.hit;
            const ListEntry &e = found.list->entries.at(h.entry);
            const QString listName = found.list == &lists.first() && !onlyFiles
                                         ? e.source
                                         : found.list->label();
            const QString status = h.score >= book.entityList.matchScore ? QStringLiteral("match") : QStringLiteral("possible");
            if (json) {
                hits << QJsonObject{{QStringLiteral("entry"), e.id},
                                    {QStringLiteral("listed_name"), e.name},
                                    {QStringLiteral("matched_name"), h.matchedName},
                                    {QStringLiteral("list"), listName},
                                    {QStringLiteral("source"), e.source},
                                    {QStringLiteral("listed"), e.listed.toString(Qt::ISODate)},
                                    {QStringLiteral("citation"), e.citation},
                                    {QStringLiteral("quality"), e.quality},
                                    {QStringLiteral("score"), qRound(h.score * 1000) / 1000.0},
                                    {QStringLiteral("status"), status},
                                    {QStringLiteral("reasons"), QJsonArray::fromStringList(h.reasons)}};
            } else {
                s.out << QStringLiteral("  %1  %2  \"%3\" (%4; listed %5; %6 [%7])\n")
                             .arg(QString::number(h.score, 'f', 2), status, e.name,
                                  listName == e.source || e.source.isEmpty() ? listName : listName + QStringLiteral(", ") + e.source,
                                  e.listed.isValid() ? e.listed.toString(Qt::ISODate) : Cli::tr("date unknown"), e.citation,
                                  e.quality)
                      << QStringLiteral("      ") << h.reasons.join(QStringLiteral("; ")) << '\n';
            }
        }
        if (notYet.at(i) > 0 && !json)
            s.out << QStringLiteral("  ")
                  << Cli::tr("%n hit(s) left out: listed after %1 or delisted before it", nullptr, notYet.at(i))
                         .arg(asOf.toString(Qt::ISODate))
                  << '\n';
        if (json) {
            QJsonObject o{{QStringLiteral("name"), names.at(i)}, {QStringLiteral("hits"), hits}};
            if (asOf.isValid())
                o.insert(QStringLiteral("left_out_as_of"), notYet.at(i));
            out << o;
        }
    }
    QStringList listNames;
    for (const ScreeningList &l : std::as_const(lists))
        listNames << l.label();
    if (json)
        s.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("list"), listNames.join(QStringLiteral("; "))},
                                                             {QStringLiteral("as_of"), asOf.isValid() ? asOf.toString(Qt::ISODate) : QString()},
                                                             {QStringLiteral("not_legal_advice"), book.disclaimer},
                                                             {QStringLiteral("results"), out}})
                                       .toJson(QJsonDocument::Indented));
    else
        s.out << '\n' << Cli::tr("A name match is not proof of identity; the official lists control. Not legal advice.") << '\n';
    s.out.flush();
    return Success;
}

} // namespace chiptrail::cli
