// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablemapping.h"

#include "error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <array>

namespace chiptrail {
namespace {

struct TableMappingText
{
    Q_DECLARE_TR_FUNCTIONS(TableMapping)
};

constexpr auto kFormat = "chiptrail-table-mapping"; // notr
constexpr qint64 kMaxMappingBytes = 1024 * 1024;

struct FieldWord
{
    TableField field;
    const char *word;
};
constexpr std::array<FieldWord, 13> kWords{{
    {TableField::Ignore, "ignore"}, {TableField::Seller, "seller"}, {TableField::Buyer, "buyer"}, // notr
    {TableField::Product, "product"}, {TableField::Quantity, "quantity"}, {TableField::Value, "value"}, // notr
    {TableField::Currency, "currency"}, {TableField::Date, "date"}, {TableField::ShipFrom, "ship-from"}, // notr
    {TableField::ShipTo, "ship-to"}, {TableField::Site, "site"}, {TableField::Source, "source"}, // notr
    {TableField::Note, "note"}, // notr
}};

QString fold(const QString &header)
{
    QString folded;
    for (const QChar c : header.normalized(QString::NormalizationForm_D).toLower())
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            folded += c;
    return folded;
}

// Column names seen in shipment tables, folded (lower case, no accents, no spaces): English and German.
const QList<QPair<TableField, QStringList>> &headerWords()
{
    static const QList<QPair<TableField, QStringList>> words = [] {
        const std::pair<TableField, const char *> table[] = {
        {TableField::Seller, "seller vendor supplier exporter shipper from verkaufer lieferant exporteur absender versender von"}, // notr
        {TableField::Buyer, "buyer customer purchaser importer consignee to kaufer kunde abnehmer importeur empfanger an nach"}, // notr
        {TableField::Product, "product item goods description model produkt artikel ware waren modell warenbeschreibung"}, // notr
        {TableField::Quantity, "quantity qty units count pieces menge anzahl stuck stuckzahl"}, // notr
        {TableField::Value, "value amount price total usd wert betrag preis summe warenwert"}, // notr
        {TableField::Currency, "currency curr wahrung"}, // notr
        {TableField::Date, "date shipmentdate shipdate month year datum lieferdatum versanddatum monat jahr"}, // notr
        {TableField::ShipFrom, "shipfrom origin countryoforigin origincountry exportcountry herkunft herkunftsland ursprungsland versandland exportland"}, // notr
        {TableField::ShipTo, "shipto destination destinationcountry importcountry ziel zielland bestimmungsland empfangsland importland"}, // notr
        {TableField::Site, "site datacenter datacentre facility location standort rechenzentrum ort"}, // notr
        {TableField::Source, "source reference document url quelle beleg dokument"}, // notr
        {TableField::Note, "note notes comment remarks notiz bemerkung kommentar anmerkung"}, // notr
        };
        QList<QPair<TableField, QStringList>> list;
        for (const auto &[field, text] : table)
            list.append({field, QString::fromLatin1(text).split(QLatin1Char(' '))});
        return list;
    }();
    return words;
}

[[noreturn]] void fail(const QString &fileName, const QString &key, const QString &why)
{
    throw CaseError(TableMappingText::tr("%1: \"%2\": %3").arg(fileName, key, why));
}

} // namespace

QString toWord(TableField field)
{
    for (const auto &w : kWords)
        if (w.field == field)
            return QString::fromLatin1(w.word);
    return {};
}

std::optional<TableField> tableFieldFromWord(const QString &word)
{
    for (const auto &w : kWords)
        if (word == QLatin1String(w.word))
            return w.field;
    return std::nullopt;
}

QList<TableField> allTableFields()
{
    QList<TableField> fields;
    for (const auto &w : kWords)
        fields.append(w.field);
    return fields;
}

QString fieldLabel(TableField field)
{
    switch (field) {
    case TableField::Ignore: return TableMappingText::tr("(ignore)");
    case TableField::Seller: return TableMappingText::tr("Seller");
    case TableField::Buyer: return TableMappingText::tr("Buyer");
    case TableField::Product: return TableMappingText::tr("Product");
    case TableField::Quantity: return TableMappingText::tr("Quantity");
    case TableField::Value: return TableMappingText::tr("Value");
    case TableField::Currency: return TableMappingText::tr("Currency");
    case TableField::Date: return TableMappingText::tr("Date");
    case TableField::ShipFrom: return TableMappingText::tr("Ship from");
    case TableField::ShipTo: return TableMappingText::tr("Ship to");
    case TableField::Site: return TableMappingText::tr("Site");
    case TableField::Source: return TableMappingText::tr("Source");
    case TableField::Note: return TableMappingText::tr("Note");
    }
    return {};
}

QJsonObject TableMapping::toJson() const
{
    QJsonObject json{{QStringLiteral("format"), QLatin1String(kFormat)}, {QStringLiteral("version"), 1}};
    if (!sheet.isEmpty())
        json.insert(QStringLiteral("sheet"), sheet);
    if (header)
        json.insert(QStringLiteral("header"), *header);
    QJsonArray list;
    for (const ColumnMapping &c : columns) {
        QJsonObject column{{QStringLiteral("field"), toWord(c.field)}};
        if (!c.header.isEmpty())
            column.insert(QStringLiteral("header"), c.header);
        else
            column.insert(QStringLiteral("index"), c.index);
        list.append(column);
    }
    json.insert(QStringLiteral("columns"), list);
    json.insert(QStringLiteral("numbers"), numbers == NumberStyle::German ? QStringLiteral("de")
                                           : numbers == NumberStyle::English ? QStringLiteral("en") : QStringLiteral("auto"));
    json.insert(QStringLiteral("dates"), dates == DateStyle::DayFirst ? QStringLiteral("day-first")
                                         : dates == DateStyle::MonthFirst ? QStringLiteral("month-first") : QStringLiteral("auto"));
    json.insert(QStringLiteral("link_kind"), chiptrail::toWord(linkKind));
    if (!currency.isEmpty())
        json.insert(QStringLiteral("currency"), currency);
    return json;
}

TableMapping TableMapping::fromJson(const QJsonObject &json, const QString &fileName)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        fail(fileName, QStringLiteral("format"), TableMappingText::tr("this is not a ChipTrail table mapping (expected \"%1\")").arg(QLatin1String(kFormat)));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        fail(fileName, QStringLiteral("version"), TableMappingText::tr("only version 1 is known"));
    TableMapping m;
    m.sheet = json.value(QStringLiteral("sheet")).toString();
    if (json.contains(QStringLiteral("header"))) {
        if (!json.value(QStringLiteral("header")).isBool())
            fail(fileName, QStringLiteral("header"), TableMappingText::tr("must be true or false"));
        m.header = json.value(QStringLiteral("header")).toBool();
    }
    const QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
    if (columns.size() > 512)
        fail(fileName, QStringLiteral("columns"), TableMappingText::tr("more than 512 columns"));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonObject c = columns.at(i).toObject();
        const QString key = QStringLiteral("columns[%1]").arg(i);
        ColumnMapping column;
        const auto field = tableFieldFromWord(c.value(QStringLiteral("field")).toString());
        if (!field)
            fail(fileName, key + QStringLiteral(".field"), TableMappingText::tr("unknown field \"%1\"").arg(messageExcerpt(c.value(QStringLiteral("field")).toString())));
        column.field = *field;
        column.header = c.value(QStringLiteral("header")).toString();
        column.index = c.value(QStringLiteral("index")).toInt(-1);
        if (column.header.isEmpty() && (column.index < 0 || column.index >= 512))
            fail(fileName, key, TableMappingText::tr("needs a \"header\" or an \"index\" from 0 to 511"));
        m.columns.append(column);
    }
    const QString numbers = json.value(QStringLiteral("numbers")).toString(QStringLiteral("auto"));
    if (numbers == QLatin1String("de"))
        m.numbers = NumberStyle::German;
    else if (numbers == QLatin1String("en"))
        m.numbers = NumberStyle::English;
    else if (numbers != QLatin1String("auto"))
        fail(fileName, QStringLiteral("numbers"), TableMappingText::tr("must be \"auto\", \"de\" or \"en\""));
    const QString dates = json.value(QStringLiteral("dates")).toString(QStringLiteral("auto"));
    if (dates == QLatin1String("day-first"))
        m.dates = DateStyle::DayFirst;
    else if (dates == QLatin1String("month-first"))
        m.dates = DateStyle::MonthFirst;
    else if (dates != QLatin1String("auto"))
        fail(fileName, QStringLiteral("dates"), TableMappingText::tr("must be \"auto\", \"day-first\" or \"month-first\""));
    if (json.contains(QStringLiteral("link_kind"))) {
        const auto kind = linkKindFromWord(json.value(QStringLiteral("link_kind")).toString());
        if (!kind)
            fail(fileName, QStringLiteral("link_kind"), TableMappingText::tr("unknown link kind \"%1\"").arg(messageExcerpt(json.value(QStringLiteral("link_kind")).toString())));
        m.linkKind = *kind;
    }
    m.currency = json.value(QStringLiteral("currency")).toString().trimmed().toUpper().left(3);
    return m;
}

TableMapping TableMapping::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(TableMappingText::tr("%1: cannot read the mapping: %2").arg(name, file.errorString()));
    if (file.size() > kMaxMappingBytes)
        throw CaseError(TableMappingText::tr("%1: the mapping is larger than 1 MB").arg(name));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw CaseError(TableMappingText::tr("%1: not a JSON object (at byte %2: %3)").arg(name).arg(error.offset).arg(error.errorString()));
    return fromJson(doc.object(), name);
}

void TableMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw CaseError(TableMappingText::tr("%1: cannot write the mapping: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw CaseError(TableMappingText::tr("%1: cannot write the mapping: %2").arg(path, file.errorString()));
}

TableField TableMapping::guessField(const QString &header)
{
    const QString folded = fold(header);
    if (folded.isEmpty())
        return TableField::Ignore;
    for (const auto &[field, words] : headerWords())
        if (words.contains(folded))
            return field;
    // "Seller name", "Name des Käufers": a known word at the start or the end of the name.
    for (const auto &[field, words] : headerWords())
        for (const QString &w : words)
            if (w.size() >= 4 && (folded.startsWith(w) || folded.endsWith(w)))
                return field;
    return TableField::Ignore;
}

TableMapping TableMapping::guess(const QStringList &headers)
{
    TableMapping m;
    QList<TableField> taken;
    for (int i = 0; i < headers.size(); ++i) {
        TableField field = guessField(headers.at(i));
        if (taken.contains(field) && field != TableField::Ignore)
            field = TableField::Ignore; // the first column of a kind wins; the user picks otherwise
        taken.append(field);
        m.columns.append({headers.at(i), headers.at(i).isEmpty() ? i : -1, field});
    }
    return m;
}

} // namespace chiptrail
