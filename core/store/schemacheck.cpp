// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacheck.h"

#include "error.h"
#include "store/opener.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace chiptrail::sql {
namespace {

struct CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

// White space outside quotes and brackets folded to one space: SQLite keeps a CREATE statement
// as it was typed, and no difference in layout changes what it does.
QString normalised(const QString &sql)
{
    QString result;
    result.reserve(sql.size());
    QChar quote;
    bool pendingSpace = false;
    for (const QChar c : sql) {
        if (quote.isNull()) {
            if (c.isSpace()) {
                pendingSpace = !result.isEmpty();
                continue;
            }
            if (pendingSpace)
                result += QLatin1Char(' ');
            pendingSpace = false;
            if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`'))
                quote = c;
            else if (c == QLatin1Char('['))
                quote = QLatin1Char(']');
        } else if (c == quote) {
            quote = QChar(); // a doubled quote inside a literal closes and reopens: same result
        }
        result += c;
    }
    return result;
}

QString typeWord(const QString &type)
{
    if (type == QLatin1String("table"))
        return CaseFile::tr("table");
    if (type == QLatin1String("index"))
        return CaseFile::tr("index");
    if (type == QLatin1String("view"))
        return CaseFile::tr("view");
    if (type == QLatin1String("trigger"))
        return CaseFile::tr("trigger");
    return messageExcerpt(type, 20);
}

QString quoted(const QString &name) { return QStringLiteral("\u201c%1\u201d").arg(messageExcerpt(name)); }

QString extraObject(const SchemaObject &object)
{
    const QString name = quoted(object.name);
    if (object.type == QLatin1String("trigger"))
        return CaseFile::tr("the file holds a trigger %1 that ChipTrail did not make").arg(name);
    if (object.type == QLatin1String("view"))
        return CaseFile::tr("the file holds a view %1 that ChipTrail did not make").arg(name);
    if (object.type == QLatin1String("index"))
        return CaseFile::tr("the file holds an index %1 that ChipTrail did not make").arg(name);
    return CaseFile::tr("the file holds a table %1 that ChipTrail did not make").arg(name);
}

} // namespace

QList<SchemaObject> schemaOf(const Connection &db)
{
    QList<SchemaObject> objects;
    Statement select(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
    while (select.step())
        objects.append({select.text(0), select.text(1), select.text(2), normalised(select.text(3))});
    return objects;
}

Connection referenceDatabase(int version)
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, nullptr);
    Connection db(handle);
    if (rc != SQLITE_OK)
        throw CaseError(CaseFile::tr("cannot make the reference schema (%1)").arg(db.lastError()));
    migrate(db, QStringLiteral(":memory:"), version);
    return db;
}

std::optional<QString> schemaDifference(const Connection &file, int version)
{
    const QList<SchemaObject> found = schemaOf(file);
    const QList<SchemaObject> expected = schemaOf(referenceDatabase(version));
    // Tables, views and indexes share one name space; triggers have their own. Names are
    // compared as SQLite does, without regard to case.
    const auto key = [](const SchemaObject &o) -> QString { return o.type + QLatin1Char('\n') + o.name.toLower(); };
    QHash<QString, SchemaObject> expectedByKey, foundByKey;
    QHash<QString, QString> expectedTypeOfName;
    for (const auto &object : expected) {
        expectedByKey.insert(key(object), object);
        expectedTypeOfName.insert(object.name.toLower(), object.type);
    }
    for (const auto &object : found)
        foundByKey.insert(key(object), object);

    // What the file adds is the likeliest attack: report that first.
    for (const auto &object : found) {
        if (expectedByKey.contains(key(object)))
            continue;
        const QString ownType = expectedTypeOfName.value(object.name.toLower());
        if (!ownType.isEmpty() && !foundByKey.contains(ownType + QLatin1Char('\n') + object.name.toLower()))
            return CaseFile::tr("%1 is a %2 in the file, where ChipTrail makes a %3")
                .arg(quoted(object.name), typeWord(object.type), typeWord(ownType));
        return extraObject(object);
    }
    for (const auto &object : found)
        if (object != expectedByKey.value(key(object)))
            return CaseFile::tr("the definition of the %1 %2 is not the one ChipTrail made")
                .arg(typeWord(object.type), quoted(object.name));
    for (const auto &object : expected)
        if (!foundByKey.contains(key(object)))
            return CaseFile::tr("the %1 %2 of case format %3 is missing")
                .arg(typeWord(object.type), quoted(object.name))
                .arg(version);
    return std::nullopt;
}

void requireOwnSchema(const Connection &file, int version, const QString &path)
{
    if (const auto difference = schemaDifference(file, version))
        throw CaseError(CaseFile::tr("%1: %2; it was not opened. Use File \u2192 Recover Data or "
                                     "`chiptrail-cli recover`")
                            .arg(QDir::toNativeSeparators(path), *difference));
}

QStringList knownTables()
{
    const Connection reference = referenceDatabase(schema::currentVersion());
    // Virtual tables and the shadow tables SQLite makes for them hold the search index, which is
    // built again from the rows.
    QStringList virtualTables, tables;
    for (const auto &object : schemaOf(reference))
        if (object.type == QLatin1String("table") && object.sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
            virtualTables << object.name;
    for (const auto &object : schemaOf(reference)) {
        if (object.type != QLatin1String("table") || virtualTables.contains(object.name)
            || object.name.startsWith(QLatin1String("sqlite_")))
            continue;
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString &v) {
            return object.name.startsWith(v + QLatin1Char('_'));
        });
        if (!shadow)
            tables << object.name;
    }
    // Parents first: a table comes after every other table its foreign keys point at.
    QHash<QString, QSet<QString>> parents;
    for (const QString &table : tables) {
        Statement keys(reference, QByteArray("PRAGMA foreign_key_list(" + table.toUtf8() + ")").constData());
        while (keys.step())
            if (keys.text(2) != table)
                parents[table].insert(keys.text(2));
    }
    QStringList ordered;
    for (qsizetype before = -1; ordered.size() < tables.size() && ordered.size() != before;) {
        before = ordered.size();
        for (const QString &table : tables)
            if (!ordered.contains(table)
                && std::all_of(parents[table].cbegin(), parents[table].cend(),
                               [&](const QString &p) { return ordered.contains(p); }))
                ordered << table;
    }
    for (const QString &table : tables) // a cycle between tables: the rest in schema order
        if (!ordered.contains(table))
            ordered << table;
    return ordered;
}

QStringList knownColumns(const QString &table)
{
    const Connection reference = referenceDatabase(schema::currentVersion());
    QStringList columns;
    Statement info(reference, QByteArray("PRAGMA table_info(" + table.toUtf8() + ")").constData());
    while (info.step())
        columns << info.text(1);
    return columns;
}

} // namespace chiptrail::sql
