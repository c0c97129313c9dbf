// SPDX-License-Identifier: GPL-3.0-or-later
#include "lists_commands.h"

#include "error.h"
#include "rules/liststore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace chiptrail::cli {
namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString storePath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("list-store")) ? parser.value(QStringLiteral("list-store"))
                                                      : ListStore::defaultPath();
}

ScreeningList readListFile(const QString &path, ListFormat *format = nullptr)
{
    ScreeningList list = importScreeningList(path, {}, format);
    if (!list.downloaded.isValid())
        list.downloaded = QFileInfo(path).lastModified().date();
    return list;
}

void printLists(const ListStore &store, Streams s)
{
    const QList<StoredList> lists = store.lists();
    if (lists.isEmpty())
        s.out << Cli::tr("No screening lists in %1.").arg(store.path()) << '\n';
    for (const StoredList &l : lists)
        s.out << (l.active ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) << l.name << "  "
              << Cli::tr("downloaded %1, %n entries, imported %2", nullptr, int(qMin<qint64>(l.entries, INT_MAX)))
                     .arg(l.downloaded.isValid() ? l.downloaded.toString(Qt::ISODate) : Cli::tr("date unknown"),
                          l.imported.toString(Qt::ISODate))
              << (l.url.isEmpty() ? QString() : QStringLiteral("  ") + l.url) << '\n';
}

} // namespace

void declareListOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("list"),
                 Cli::tr("Also screen against this list file for this run, without importing it: trade.gov "
                         "Consolidated Screening List (CSV or JSON), OpenSanctions targets.simple.csv, or a ChipTrail "
                         "list. May be given more than once."),
                 Cli::tr("FILE")});
    p.addOption({QStringLiteral("list-store"),
                 Cli::tr("The screening-list store to use (default: $CHIPTRAIL_LISTS, else lists.sqlite in "
                         "ChipTrail's data folder)."),
                 Cli::tr("FILE")});
}

QList<ScreeningList> listsForRun(const QCommandLineParser &parser, bool withStore)
{
    QList<ScreeningList> lists;
    const QString path = storePath(parser);
    if (withStore && QFileInfo::exists(path))
        lists = ListStore(path).activeLists();
    for (const QString &file : parser.values(QStringLiteral("list")))
        lists << readListFile(file);
    return lists;
}

void declareLists(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("name"), Cli::tr("import: the list's name (default: the format's, e.g. "
                                                 "\"Consolidated Screening List\"); the same name replaces a list."),
                 Cli::tr("NAME")});
    p.addOption({QStringLiteral("url"), Cli::tr("import: where the file was downloaded."), Cli::tr("URL")});
    p.addOption({QStringLiteral("date"),
                 Cli::tr("import: the day the file was downloaded or exported (default: the date the file gives, "
                         "else its last change)."),
                 Cli::tr("YYYY-MM-DD")});
    p.addOption({QStringLiteral("list-store"),
                 Cli::tr("The screening-list store to use (default: $CHIPTRAIL_LISTS, else lists.sqlite in "
                         "ChipTrail's data folder)."),
                 Cli::tr("FILE")});
}

int runLists(QCommandLineParser &parser, Streams s)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const auto usage = [&] {
        s.err << Cli::tr("lists: expected no argument, or import FILE, remove NAME, activate NAME or deactivate NAME")
              << '\n';
        return Failure;
    };
    if (args.size() > 2 || (args.size() == 1) || (args.size() == 2 && action != QLatin1String("import")
                                                  && action != QLatin1String("remove") && action != QLatin1String("activate")
                                                  && action != QLatin1String("deactivate")))
        return usage();
    QDate date;
    if (parser.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid()) {
            s.err << Cli::tr("lists: --date expects a date YYYY-MM-DD, not \"%1\"").arg(parser.value(QStringLiteral("date")))
                  << '\n';
            return Failure;
        }
    }
    ListStore store(storePath(parser));
    if (action == QLatin1String("import")) {
        const QString file = args.at(1);
        // --date overrides the file's own date; without it the file's date, else its last change.
        const StoredList l = store.importFile(file, parser.value(QStringLiteral("name")).trimmed(),
                                              parser.value(QStringLiteral("url")),
                                              date.isValid() ? date : QFileInfo(file).lastModified().date());
        if (date.isValid() && l.downloaded != date)
            store.setDownloaded(l.name, date);
        s.out << Cli::tr("Imported \"%1\": %n entries, downloaded %2.", nullptr, int(qMin<qint64>(l.entries, INT_MAX)))
                     .arg(l.name, date.isValid() ? date.toString(Qt::ISODate) : l.downloaded.toString(Qt::ISODate))
              << '\n';
    } else if (action == QLatin1String("remove")) {
        store.remove(args.at(1));
        s.out << Cli::tr("Removed \"%1\".").arg(args.at(1)) << '\n';
    } else if (!action.isEmpty()) {
        store.setActive(args.at(1), action == QLatin1String("activate"));
    }
    printLists(store, s);
    s.out.flush();
    return Success;
}

} // namespace chiptrail::cli
