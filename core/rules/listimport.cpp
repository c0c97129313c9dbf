// SPDX-License-Identifier: GPL-3.0-or-later
#include "listimport.h"

#include "csvreader.h"
#include "error.h"
#include "rulestr.h"

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
            throw CaseError(Rules::tr("%1: row 1: column \"%2\" is missing").arg(file, n));
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

} // namespace

ScreeningList importCslCsv(const QString &text, const QString &fileName)
{
    const QList<QStringList> rows = parseCsv(text);
    if (rows.isEmpty())
        throw CaseError(Rules::tr("%1: the file is empty").arg(fileName));
    const auto cols = header(rows.first());
    requireColumns(cols, {QStringLiteral("source"), QStringLiteral("name")}, fileName);
    ScreeningList list{Rules::tr("Consolidated Screening List (%1)").arg(QFileInfo(fileName).fileName()), {}};
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Row row(cols, rows.at(r));
        if (row("name").isEmpty())
            throw CaseError(Rules::tr("%1: row %2: column \"name\" is empty").arg(fileName).arg(r + 1));
        QString id = row("_id");
        if (id.isEmpty())
            id = row("id");
        if (id.isEmpty())
            id = QStringLiteral("row-%1").arg(r + 1);
        // The country of the first address is all the CSV gives without parsing addresses.
        list.entries << cslEntry(id, row("source"), row("name"), splitMulti(row("alt_names")), row("country"),
                                 row("start_date"), row("end_date"), row("federal_register_notice"),
                                 row("programs"), row("entity_number"));
    }
    return list;
}

ScreeningList importCslJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw CaseError(Rules::tr("%1: offset %2: %3").arg(fileName).arg(error.offset).arg(error.errorString()));
    const QJsonValue results = doc.object().value(QStringLiteral("results"));
    if (!results.isArray())
        throw CaseError(Rules::tr("%1: $.results: expected an array").arg(fileName));
    ScreeningList list{Rules::tr("Consolidated Screening List (%1)").arg(QFileInfo(fileName).fileName()), {}};
    const QJsonArray array = results.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name.trimmed().isEmpty())
            throw CaseError(Rules::tr("%1: $.results[%2].name: a non-empty string is required").arg(fileName).arg(i));
        QStringList alts;
        const QJsonValue altValue = o.value(QStringLiteral("alt_names"));
        if (altValue.isArray())
            for (const QJsonValue &v : altValue.toArray())
                alts << v.toString();
        else
            alts = splitMulti(altValue.toString());
        QString country;
        const QJsonArray addresses = o.value(QStringLiteral("addresses")).toArray();
        if (!addresses.isEmpty())
            country = addresses.first().toObject().value(QStringLiteral("country")).toString();
        QStringList programs;
        for (const QJsonValue &v : o.value(QStringLiteral("programs")).toArray())
            programs << v.toString();
        QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            id = o.value(QStringLiteral("_id")).toString();
        list.entries << cslEntry(id.isEmpty() ? QStringLiteral("result-%1").arg(i) : id,
                                 o.value(QStringLiteral("source")).toString(), name, alts, country,
                                 o.value(QStringLiteral("start_date")).toString(),
                                 o.value(QStringLiteral("end_date")).toString(),
                                 o.value(QStringLiteral("federal_register_notice")).toString(),
                                 programs.join(QStringLiteral("; ")),
                                 o.value(QStringLiteral("entity_number")).toVariant().toString());
    }
    return list;
}

ScreeningList importOpenSanctionsCsv(const QString &text, const QString &fileName)
{
    const QList<QStringList> rows = parseCsv(text);
    if (rows.isEmpty())
        throw CaseError(Rules::tr("%1: the file is empty").arg(fileName));
    const auto cols = header(rows.first());
    requireColumns(cols, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("aliases")}, fileName);
    ScreeningList list{Rules::tr("OpenSanctions targets (%1; CC BY-NC, not shipped)").arg(QFileInfo(fileName).fileName()), {}};
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Row row(cols, rows.at(r));
        if (row("name").isEmpty())
            throw CaseError(Rules::tr("%1: row %2: column \"name\" is empty").arg(fileName).arg(r + 1));
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
        e.notes = Rules::tr("date is when OpenSanctions first saw the entry");
        list.entries << e;
    }
    return list;
}

ScreeningList importScreeningList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(Rules::tr("%1: cannot be read (%2)").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QByteArray head = bytes.left(4096).trimmed();
    if (head.startsWith('{')) {
        if (head.contains("\"results\""))
            return importCslJson(bytes, path);
        return readScreeningListJson(path, path);
    }
    const QString text = QString::fromUtf8(bytes);
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    if (firstLine.contains(QLatin1String("schema")) && firstLine.contains(QLatin1String("aliases")))
        return importOpenSanctionsCsv(text, path);
    return importCslCsv(text, path);
}

} // namespace chiptrail
