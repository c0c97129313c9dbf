// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlimits.h"

#include "error.h"
#include "model/limits.h"
#include "schemacheck.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <limits>

namespace chiptrail::sql {
namespace {

struct CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

QByteArray quoted(const QString &name) { return '"' + name.toUtf8() + '"'; }

[[noreturn]] void refuse(const QString &field, qint64 row, qint64 length, qsizetype limit)
{
    throw CaseError(CaseFile::tr("%1 of row %2 is %3 characters long; ChipTrail takes at most %4 there; it was not "
                                 "opened. Use File → Recover Data or `chiptrail-cli recover`")
                        .arg(field)
                        .arg(row)
                        .arg(QLocale().toString(length), QLocale().toString(limit)));
}

} // namespace

qsizetype textLimitOf(const QString &column)
{
    static const QSet<QString> longColumns{
        QStringLiteral("party.description"), QStringLiteral("site.description"),
        QStringLiteral("product.description"), QStringLiteral("link.description"),
        QStringLiteral("source.text"), QStringLiteral("note.excerpt"), QStringLiteral("screening_decision.reason"),
        // case_info holds the description next to the title; the search index holds whole texts.
        QStringLiteral("case_info.value"), QStringLiteral("source_search.body"), QStringLiteral("source_search.folded"),
        QStringLiteral("note_search.body"), QStringLiteral("note_search.folded"),
        QStringLiteral("source_search.stems"), QStringLiteral("note_search.stems"), // notr
        // The screening-list store (rules/liststore.cpp): cells of a list bounded by its importer.
        QStringLiteral("list_entry.aliases"), QStringLiteral("list_entry.addresses"), QStringLiteral("list_entry.programs"),
        QStringLiteral("list_entry.citation"), QStringLiteral("list_entry.remarks"), QStringLiteral("list_entry.notes")}; // notr
    if (longColumns.contains(column))
        return limits::longText;
    if (column == QLatin1String("source.url"))
        return limits::url;
    return column.contains(QLatin1Char('.')) ? limits::shortText : std::numeric_limits<qsizetype>::max();
}


qsizetype caseInfoLimitOf(const QString &name)
{
    static const QSet<QString> shortRows{QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("author"),
                                         QStringLiteral("credit")}; // notr
    return shortRows.contains(name) ? limits::shortText : limits::longText;
}

void requireTextsWithinLimits(Connection &db)
{
    {
        const QByteArray sql = "SELECT rowid, name, length(value) FROM case_info WHERE typeof(value) = 'text' AND "
                               "length(value) > CASE WHEN name IN ('title', 'subtitle', 'author', 'credit') THEN " // notr
                               + QByteArray::number(limits::shortText) + " ELSE " + QByteArray::number(limits::longText)
                               + " END LIMIT 1"; // notr
        Statement overlong(db, sql.constData());
        if (overlong.step()) {
            const QString name = messageExcerpt(overlong.text(1), 40);
            refuse(QStringLiteral("case_info.") + name, overlong.int64(0), overlong.int64(2), caseInfoLimitOf(name));
        }
    }
    // One pass over each table: the first row with a text over its column's limit.
    for (const QString &table : knownTables()) {
        if (table == QLatin1String("case_info"))
            continue;
        const QStringList columns = knownColumns(table);
        QByteArray lengths, over;
        for (const QString &column : columns) {
            const QByteArray limit = QByteArray::number(textLimitOf(table + QLatin1Char('.') + column));
            lengths += ", CASE WHEN typeof(" + quoted(column) + ") = 'text' THEN length(" + quoted(column) + ") END";
            over += QByteArray(over.isEmpty() ? "" : " OR ") + "(typeof(" + quoted(column) + ") = 'text' AND length("
                    + quoted(column) + ") > " + limit + ")";
        }
        const QByteArray sql = "SELECT rowid" + lengths + " FROM " + quoted(table) + " WHERE " + over + " LIMIT 1";
        Statement overlong(db, sql.constData());
        if (!overlong.step())
            continue;
        for (int i = 0; i < columns.size(); ++i) {
            const QString field = table + QLatin1Char('.') + columns.at(i);
            if (!overlong.isNull(i + 1) && overlong.int64(i + 1) > textLimitOf(field))
                refuse(field, overlong.int64(0), overlong.int64(i + 1), textLimitOf(field));
        }
    }
}

} // namespace chiptrail::sql
