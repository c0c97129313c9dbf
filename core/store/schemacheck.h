// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlite_handles.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace chiptrail::sql {

// One row of sqlite_schema, as compared: the type, the names and the CREATE statement with its
// white space outside quotes folded, so only what SQLite would act on counts.
struct SchemaObject
{
    QString type, name, table, sql;
    bool operator==(const SchemaObject &) const = default;
};

QList<SchemaObject> schemaOf(const Connection &db);

// A private in-memory database holding the schema ChipTrail makes for case format `version`
// (the migrations 1..version, exactly as they run on a file).
Connection referenceDatabase(int version);

// The schema is the program's, not the file's: a trigger, view, table or index that ChipTrail
// did not make could run or change things behind the program's back. Returns the first
// difference between the file's schema and that of `version`, as a sentence for the user
// ("the file holds a trigger “wipe” that ChipTrail did not make"), or nothing when they match.
std::optional<QString> schemaDifference(const Connection &file, int version);

// Throws CaseError naming `path` when the schema differs, with what to do about it.
void requireOwnSchema(const Connection &file, int version, const QString &path);

// The tables that hold the case's rows at the current version, parents before the tables that
// point at them (the full-text index and its shadow tables are left out: they are rebuilt).
QStringList knownTables();
QStringList knownColumns(const QString &table);

} // namespace chiptrail::sql
