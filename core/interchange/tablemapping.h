// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace chiptrail {

// What a column of a shipment table becomes: a side of the link, or one of its values.
enum class TableField { Ignore, Seller, Buyer, Product, Quantity, Value, Currency, Date, ShipFrom, ShipTo, Site, Source, Note };
QString toWord(TableField field);                                 // "ship-from", as in the mapping JSON
std::optional<TableField> tableFieldFromWord(const QString &word);
QString fieldLabel(TableField field);                              // for the user, translated
QList<TableField> allTableFields();                                // in the order the dialog offers them

enum class NumberStyle { Auto, German, English }; // "1.234,5" / "1,234.5"
enum class DateStyle { Auto, DayFirst, MonthFirst }; // how "03/04/2025" reads

struct ColumnMapping
{
    QString header; // the column's name in the header row; empty when the table has none
    int index = -1; // 0-based column, used when `header` is empty
    TableField field = TableField::Ignore;
    bool operator==(const ColumnMapping &) const = default;
};

// How the rows of a table become links. Saved as JSON (docs/cli.md, "import-table").
struct TableMapping
{
    QString sheet;              // the XLSX sheet; empty: the first
    std::optional<bool> header; // whether row 1 holds column names; unset: as guessed from the file
    QList<ColumnMapping> columns;
    NumberStyle numbers = NumberStyle::Auto;
    DateStyle dates = DateStyle::Auto;
    LinkKind linkKind = LinkKind::Sale;
    QString currency; // ISO 4217 for rows without a currency column
    bool operator==(const TableMapping &) const = default;

    QJsonObject toJson() const;
    // Throws CaseError naming `fileName` and the key that is wrong.
    static TableMapping fromJson(const QJsonObject &json, const QString &fileName);
    static TableMapping load(const QString &path);
    void save(const QString &path) const;

    // A first mapping from column names in English or German ("Verkäufer" -> seller, "Menge" -> quantity).
    static TableMapping guess(const QStringList &headers);
    static TableField guessField(const QString &header);
};

} // namespace chiptrail
