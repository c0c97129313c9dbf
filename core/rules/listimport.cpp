// SPDX-License-Identifier: GPL-3.0-or-later
#include "listimport.h"

#include "csvreader.h"
#include "interchange/ftmlines.h"
#include "model/limits.h"
#include "rulestr.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chiptrail {
namespace {

// CSL dates come as "2019-05-21" and sometimes with a time; keep the day.
QDate parseDay(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QStringList splitMulti(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QHash<QString, qsizetype> header(const QStringList &row) // column name -> index
{
    QHash<QString, qsizetype> cols;
    for (qsizetype i = 0; i < row.size(); ++i)
        cols.insert(row.at(i).trimmed(), i);
    return cols;
}

class Row
{
public:
    Row(const QHash<QString, qsizetype> &cols, const QStringList &fields) : m_cols(cols), m_fields(fields) {}
    QString operator()(const char *name) const
    {
        const qsizetype i = m_cols.value(QLatin1String(name), -1);
        return i >= 0 && i < m_fields.size() ? m_fields.at(i).trimmed() : QString();
    }

private:
    const QHash<QString, qsizetype> &m_cols;
    const QStringList &m_fields;
};

void requireColumns(const QHash<QString, qsizetype> &cols, const QStringList &names, const QString &file)
{
    for (const QString &n : names)
        if (!cols.contains(n))
            throw CaseError(Rules::tr("%1: line 1: column \"%2\" is missing").arg(file, n));
}

// Names and aliases are what the screening folds and shows: bounded like a party's name.
void checkEntry(const ListEntry &e, const QString &place)
{
    limits::requireWithin(e.name, limits::shortText, Rules::tr("%1: name").arg(place));
    if (e.aliases.size() > kMaxListAliases)
        throw CaseError(Rules::tr("%1: %2 aliases; ChipTrail takes at most %3 per entry")
                            .arg(place).arg(e.aliases.size()).arg(kMaxListAliases));
    for (const QString &a : e.aliases)
        limits::requireWithin(a, limits::shortText, Rules::tr("%1: alias").arg(place));
}

// Counts the entries on their way to the sink and stops the import past the bound.
class Entries
{
public:
    explicit Entries(const ListSink &sink) : m_sink(sink) {}
    void add(ListEntry entry, const QString &place)
    {
        checkEntry(entry, place);
        if (++m_count > kMaxListEntries)
            throw CaseError(Rules::tr("%1: the list has more than %L2 entries, more than ChipTrail takes; nothing was imported")
                                .arg(place).arg(kMaxListEntries));
        m_sink(std::move(entry));
    }
    qint64 count() const { return m_count; }

private:
    const ListSink &m_sink;
    qint64 m_count = 0;
};

// A whole list in memory from a reader that streams entries to a sink and returns the list's
// name and date without them.
ScreeningList collected(const std::function<ScreeningList(const ListSink &)> &read)
{
    ScreeningList list;
    const ScreeningList meta = read([&list](ListEntry &&e) { list.entries << std::move(e); });
    list.name = meta.name;
    list.downloaded = meta.downloaded;
    return list;
}

ListEntry cslEntry(const QString &id, const QString &source, const QString &name, const QStringList &alts,
                   const QString &country, const QString &start, const QString &end, const QString &frNotice,
                   const QString &programs, const QString &entityNumber)
{
    ListEntry e;
    e.id = id;
    e.name = name;
    e.aliases = alts;
    e.country = country;
    e.listed = parseDay(start);
    e.ended = parseDay(end);
    e.citation = frNotice.isEmpty() ? source : frNotice;
    e.quality = QStringLiteral("P");
    e.source = source;
    e.programs = programs;
    if (!entityNumber.isEmpty())
        e.notes = Rules::tr("entity number %1").arg(entityNumber);
    return e;
}

// The country codes the CSV's address column ends its addresses with: "Beijing, CN; Shenzhen, CN".
QString lastCountry(const QString &addresses)
{
    const QString first = splitMulti(addresses).value(0);
    const QString tail = first.section(QLatin1Char(','), -1).trimmed();
    return tail.size() == 2 && tail.at(0).isLetter() && tail.at(1).isLetter() ? tail.toUpper() : QString();
}

template <typename EachRow>
void readCsv(QIODevice &in, const QString &fileName, const QStringList &required, const ListProgress &progress,
             EachRow each)
{
    CsvStream csv(in, fileName, kMaxListCell);
    QStringList fields;
    if (!csv.next(fields))
        throw CaseError(Rules::tr("%1: the file is empty").arg(fileName));
    const auto cols = header(fields);
    requireColumns(cols, required, fileName);
    qint64 rows = 0;
    while (csv.next(fields)) {
        if (progress && ++rows % 4096 == 0 && !progress(csv.bytesRead()))
            throw ListImportCancelled(Rules::tr("%1: import cancelled; nothing was imported").arg(fileName));
        each(Row(cols, fields), Rules::tr("%1: line %2").arg(fileName).arg(csv.line()));
    }
}

} // namespace

QString toWord(ListFormat format)
{
    switch (format) {
    case ListFormat::CslCsv: return QStringLiteral("csl-csv");
    case ListFormat::CslJson: return QStringLiteral("csl-json");
    case ListFormat::OpenSanctionsCsv: return QStringLiteral("opensanctions-csv");
    case ListFormat::OpenSanctionsFtm: return QStringLiteral("opensanctions-ftm");
    case ListFormat::ChipTrailJson: break;
    }
    return QStringLiteral("chiptrail-json");
}

static ScreeningList cslCsvTo(QIODevice &in, const QString &fileName, const ListSink &sink, const ListProgress &progress)
{
    ScreeningList list{Rules::tr("Consolidated Screening List"), {}, {}, {}};
    Entries entries(sink);
    qint64 count = 0;
    readCsv(in, fileName, {QStringLiteral("source"), QStringLiteral("name")}, progress,
            [&](const Row &row, const QString &place) {
                ++count;
                if (row("name").isEmpty())
                    throw CaseError(Rules::tr("%1: column \"name\" is empty").arg(place));
                QString id = row("_id");
                if (id.isEmpty())
                    id = row("id");
                if (id.isEmpty())
                    id = QStringLiteral("row-%1").arg(count + 1);
                const QString addresses = row("addresses");
                QString country = row("country");
                if (country.isEmpty())
                    country = lastCountry(addresses);
                ListEntry e = cslEntry(id, row("source"), row("name"), splitMulti(row("alt_names")), country,
                                       row("start_date"), row("end_date"), row("federal_register_notice"),
                                       row("programs"), row("entity_number"));
                e.type = row("type");
                e.addresses = addresses;
                e.remarks = row("remarks");
                entries.add(std::move(e), place);
            });
    return list;
}

ScreeningList importCslCsv(QIODevice &in, const QString &fileName, const ListProgress &progress)
{
    return collected([&](const ListSink &sink) { return cslCsvTo(in, fileName, sink, progress); });
}

ScreeningList importCslCsv(const QString &text, const QString &fileName)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return importCslCsv(buffer, fileName);
}

static ScreeningList cslJsonTo(const QByteArray &json, const QString &fileName, const ListSink &sink)
{
    Entries entries(sink);
    if (json.size() > kMaxListJsonBytes)
        throw CaseError(Rules::tr("%1: the file is larger than %L2 MB; use the CSV download of the list")
                            .arg(fileName).arg(kMaxListJsonBytes / (1024 * 1024)));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw CaseError(Rules::tr("%1: offset %2: %3").arg(fileName).arg(error.offset).arg(error.errorString()));
    const QJsonValue results = doc.object().value(QStringLiteral("results"));
    if (!results.isArray())
        throw CaseError(Rules::tr("%1: $.results: expected an array").arg(fileName));
    ScreeningList list{Rules::tr("Consolidated Screening List"), {}, {}, {}};
    // The API's export says when each source list was last updated: the newest is the list's date.
    for (const QJsonValue &s : doc.object().value(QStringLiteral("sources_used")).toArray()) {
        const QDate d = parseDay(s.toObject().value(QStringLiteral("source_last_updated")).toString());
        if (d.isValid() && (!list.downloaded.isValid() || d > list.downloaded))
            list.downloaded = d;
    }
    const QJsonArray array = results.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("%1: $.results[%2]").arg(fileName).arg(i);
        const QJsonObject o = array.at(i).toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name.trimmed().isEmpty())
            throw CaseError(Rules::tr("%1.name: a non-empty string is required").arg(place));
        QStringList alts;
        const QJsonValue altValue = o.value(QStringLiteral("alt_names"));
        if (altValue.isArray())
            for (const QJsonValue &v : altValue.toArray())
                alts << v.toString();
        else
            alts = splitMulti(altValue.toString());
        alts.removeAll(QString());
        QString country;
        QStringList addressTexts;
        const QJsonArray addresses = o.value(QStringLiteral("addresses")).toArray();
        for (const QJsonValue &a : addresses) {
            const QJsonObject ao = a.toObject();
            if (country.isEmpty())
                country = ao.value(QStringLiteral("country")).toString();
            QStringList parts;
            for (const char *k : {"address", "city", "state", "postal_code", "country"})
                if (const QString v = ao.value(QLatin1String(k)).toString(); !v.isEmpty())
                    parts << v;
            addressTexts << parts.join(QStringLiteral(", "));
        }
        QStringList programs;
        for (const QJsonValue &v : o.value(QStringLiteral("programs")).toArray())
            programs << v.toString();
        QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            id = o.value(QStringLiteral("_id")).toString();
        ListEntry e = cslEntry(id.isEmpty() ? QStringLiteral("result-%1").arg(i) : id,
                               o.value(QStringLiteral("source")).toString(), name.trimmed(), alts, country,
                               o.value(QStringLiteral("start_date")).toString(),
                               o.value(QStringLiteral("end_date")).toString(),
                               o.value(QStringLiteral("federal_register_notice")).toString(),
                               programs.join(QStringLiteral("; ")),
                               o.value(QStringLiteral("entity_number")).toVariant().toString());
        e.type = o.value(QStringLiteral("type")).toString();
        e.addresses = addressTexts.join(QStringLiteral("; "));
        e.remarks = o.value(QStringLiteral("remarks")).toString();
        if (e.addresses.size() > kMaxListCell || e.remarks.size() > kMaxListCell)
            throw CaseError(Rules::tr("%1: addresses or remarks longer than %L2 characters").arg(place).arg(kMaxListCell));
        entries.add(std::move(e), place);
    }
    return list;
}

ScreeningList importCslJson(const QByteArray &json, const QString &fileName)
{
    return collected([&](const ListSink &sink) { return cslJsonTo(json, fileName, sink); });
}

static ScreeningList openSanctionsTo(QIODevice &in, const QString &fileName, const ListSink &sink, const ListProgress &progress)
{
    ScreeningList list{Rules::tr("OpenSanctions targets"), {}, {}, {}};
    Entries entries(sink);
    readCsv(in, fileName, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("aliases")}, progress,
            [&](const Row &row, const QString &place) {
                if (row("name").isEmpty())
                    throw CaseError(Rules::tr("%1: column \"name\" is empty").arg(place));
                ListEntry e;
                e.id = row("id");
                e.name = row("name");
                e.aliases = splitMulti(row("aliases"));
                e.country = splitMulti(row("countries")).value(0).toUpper();
                // OpenSanctions gives when it first saw an entry, not the listing date.
                e.listed = parseDay(row("first_seen"));
                e.citation = row("sanctions").isEmpty() ? row("dataset") : row("sanctions");
                e.quality = QStringLiteral("S");
                e.source = row("dataset");
                e.type = row("schema");
                e.addresses = row("addresses");
                e.remarks = row("identifiers");
                e.notes = Rules::tr("date is when OpenSanctions first saw the entry");
                entries.add(std::move(e), place);
            });
    return list;
}

ScreeningList importOpenSanctionsCsv(QIODevice &in, const QString &fileName, const ListProgress &progress)
{
    return collected([&](const ListSink &sink) { return openSanctionsTo(in, fileName, sink, progress); });
}

ScreeningList importOpenSanctionsCsv(const QString &text, const QString &fileName)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return importOpenSanctionsCsv(buffer, fileName);
}

namespace {

// What the Sanction entities of an FtM file say about the party they name.
struct SanctionFacts
{
    QDate listed, ended;
    QStringList citations, programs;
};

bool isListableSchema(const QString &schema)
{
    static const QStringList parties{QStringLiteral("Person"), QStringLiteral("Company"),
                                     QStringLiteral("Organization"), QStringLiteral("LegalEntity"),
                                     QStringLiteral("PublicBody")};
    return parties.contains(schema);
}

QStringList values(const FtmEntity &e, std::initializer_list<const char *> properties)
{
    QStringList out;
    for (const char *p : properties)
        for (const QString &v : e.properties.value(QLatin1String(p)))
            if (!v.trimmed().isEmpty() && !out.contains(v.trimmed()))
                out << v.trimmed();
    return out;
}

QDate earliest(const QStringList &days)
{
    QDate first;
    for (const QString &d : days)
        if (const QDate day = parseDay(d); day.isValid() && (!first.isValid() || day < first))
            first = day;
    return first;
}

void readLinesWithProgress(QIODevice &in, const QString &fileName, const ListProgress &progress,
                           const std::function<void(const FtmEntity &)> &each)
{
    qint64 seen = 0;
    readFtmLines(in, fileName, [&](const FtmEntity &e) {
        if (progress && ++seen % 4096 == 0 && !progress(in.pos()))
            throw ListImportCancelled(Rules::tr("%1: import cancelled; nothing was imported").arg(fileName));
        each(e);
        return true;
    });
}

} // namespace

static ScreeningList openSanctionsFtmTo(QIODevice &in, const QString &fileName, const ListSink &sink,
                                        const ListProgress &progress)
{
    if (in.isSequential())
        throw CaseError(Rules::tr("%1: an FtM entity file must be a file ChipTrail can read twice").arg(fileName));
    // First pass: the sanctions, by the party they name, and whether the file marks targets at all.
    QHash<QString, SanctionFacts> sanctions;
    bool marksTargets = false;
    readLinesWithProgress(in, fileName, {}, [&](const FtmEntity &e) {
        marksTargets = marksTargets || e.target.has_value();
        if (e.schema != QLatin1String("Sanction"))
            return;
        const QStringList authority = values(e, {"authority"});
        const QStringList program = values(e, {"program", "programId"});
        const QDate listed = earliest(values(e, {"listingDate", "startDate"}));
        const QDate ended = earliest(values(e, {"endDate"}));
        for (const QString &party : e.properties.value(QStringLiteral("entity"))) {
            if (sanctions.size() >= kMaxListEntries && !sanctions.contains(party))
                throw CaseError(Rules::tr("%1: line %2: more than %L3 sanctioned parties, more than ChipTrail takes; nothing was imported")
                                    .arg(fileName).arg(e.line).arg(kMaxListEntries));
            SanctionFacts &facts = sanctions[party];
            if (listed.isValid() && (!facts.listed.isValid() || listed < facts.listed))
                facts.listed = listed;
            if (ended.isValid() && (!facts.ended.isValid() || ended > facts.ended))
                facts.ended = ended;
            const QString citation = (authority + program).join(QStringLiteral(": "));
            if (!citation.isEmpty() && !facts.citations.contains(citation) && facts.citations.size() < 20)
                facts.citations << citation;
            for (const QString &p : program)
                if (!facts.programs.contains(p) && facts.programs.size() < 20)
                    facts.programs << p;
        }
    });
    if (!in.seek(0))
        throw CaseError(Rules::tr("%1: cannot be read again (%2)").arg(fileName, in.errorString()));

    ScreeningList list{Rules::tr("OpenSanctions entities"), {}, {}, {}};
    Entries entries(sink);
    readLinesWithProgress(in, fileName, progress, [&](const FtmEntity &e) {
        if (const QDate seen = parseDay(e.lastSeen); seen.isValid() && (!list.downloaded.isValid() || seen > list.downloaded))
            list.downloaded = seen; // the crawl the file comes from: its newest sighting
        if (!isListableSchema(e.schema) || (marksTargets && !e.target.value_or(false)))
            return;
        const QString place = Rules::tr("%1: line %2").arg(fileName).arg(e.line);
        QStringList names = values(e, {"name"});
        if (names.isEmpty())
            throw CaseError(Rules::tr("%1: the %2 \"%3\" has no name").arg(place, e.schema, messageExcerpt(e.id)));
        ListEntry entry;
        entry.id = e.id;
        entry.name = names.takeFirst();
        // Weak aliases are left out: OpenSanctions marks them as too vague to match on.
        entry.aliases = names + values(e, {"alias", "previousName"});
        entry.aliases.removeAll(entry.name);
        const QString country = values(e, {"country", "jurisdiction", "mainCountry", "nationality", "citizenship"}).value(0);
        entry.country = country.size() == 2 ? country.toUpper() : country;
        const SanctionFacts facts = sanctions.value(e.id);
        entry.listed = facts.listed;
        entry.ended = facts.ended;
        if (!entry.listed.isValid()) {
            entry.listed = parseDay(e.firstSeen);
            if (entry.listed.isValid())
                entry.notes = Rules::tr("date is when OpenSanctions first saw the entry");
        }
        entry.source = e.datasets.join(QStringLiteral(", "));
        entry.citation = facts.citations.isEmpty() ? entry.source : facts.citations.join(QStringLiteral("; "));
        entry.programs = facts.programs.join(QStringLiteral("; "));
        entry.quality = QStringLiteral("S");
        entry.type = e.schema;
        entry.addresses = values(e, {"address"}).join(QStringLiteral("; "));
        entry.remarks = values(e, {"topics"}).join(QStringLiteral("; ")); // "sanction; export.control"
        if (entry.addresses.size() > kMaxListCell || entry.remarks.size() > kMaxListCell
            || entry.citation.size() > kMaxListCell || entry.source.size() > kMaxListCell)
            throw CaseError(Rules::tr("%1: addresses, topics or datasets longer than %L2 characters").arg(place).arg(kMaxListCell));
        entries.add(std::move(entry), place);
    });
    return list;
}

ScreeningList importOpenSanctionsFtm(QIODevice &in, const QString &fileName, const ListProgress &progress)
{
    return collected([&](const ListSink &sink) { return openSanctionsFtmTo(in, fileName, sink, progress); });
}

ScreeningList importScreeningList(const QString &path, const ListProgress &progress, ListFormat *format)
{
    return collected([&](const ListSink &sink) { return importScreeningList(path, sink, progress, format); });
}

ScreeningList importScreeningList(const QString &path, const ListSink &sink, const ListProgress &progress,
                                  ListFormat *format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(Rules::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray head = file.peek(4096).trimmed();
    const auto said = [format](ListFormat f) {
        if (format)
            *format = f;
    };
    // FtM entities are one object per line with a schema and properties; OpenSanctions' files run
    // to gigabytes, so they are told apart before the size bound of whole-file JSON.
    if (head.startsWith('{') && head.contains("\"schema\"") && head.contains("\"properties\"")
        && !head.contains("\"results\"") && !head.contains("\"entries\"")) {
        said(ListFormat::OpenSanctionsFtm);
        return openSanctionsFtmTo(file, path, sink, progress);
    }
    if (head.startsWith('{')) {
        if (file.size() > kMaxListJsonBytes)
            throw CaseError(Rules::tr("%1: the file is larger than %L2 MB; use the CSV download of the list")
                                .arg(path).arg(kMaxListJsonBytes / (1024 * 1024)));
        if (head.contains("\"results\"") || head.contains("\"sources_used\"")) {
            said(ListFormat::CslJson);
            return cslJsonTo(file.readAll(), path, sink);
        }
        said(ListFormat::ChipTrailJson);
        ScreeningList own = readScreeningListJson(path, path);
        Entries entries(sink);
        for (qsizetype i = 0; i < own.entries.size(); ++i)
            entries.add(std::move(own.entries[i]), QStringLiteral("%1: entries[%2]").arg(path).arg(i));
        own.entries.clear();
        return own;
    }
    const QByteArray firstLine = head.left(head.indexOf('\n'));
    if (firstLine.contains("schema") && firstLine.contains("aliases")) {
        said(ListFormat::OpenSanctionsCsv);
        return openSanctionsTo(file, path, sink, progress);
    }
    said(ListFormat::CslCsv);
    return cslCsvTo(file, path, sink, progress);
}

} // namespace chiptrail
