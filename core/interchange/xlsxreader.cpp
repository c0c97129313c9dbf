// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include "csvtable.h"

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <cmath>

namespace chiptrail {
namespace {

struct TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)
};

constexpr qint64 kBlock = 256 * 1024;

// Built-in number formats that show dates (ECMA-376 part 1, 18.8.30).
bool builtinDateFormat(int id) { return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58); }

// A custom format code shows a date when it has d, m or y outside quotes and brackets
// ("[Red]" and "\"kg\"" are not dates; "0.00" has no letters at all).
bool customDateFormat(const QString &code)
{
    bool quoted = false, bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == QLatin1Char('\\')) { ++i; continue; }
        if (c == QLatin1Char('"')) quoted = !quoted;
        else if (!quoted && c == QLatin1Char('[')) bracket = true;
        else if (!quoted && c == QLatin1Char(']')) bracket = false;
        else if (!quoted && !bracket && QStringLiteral("dDyY").contains(c)) return true;
        else if (!quoted && !bracket && (c == QLatin1Char('m') || c == QLatin1Char('M'))) return true;
    }
    return false;
}

// "C12" -> 2 (the column, 0-based); -1 when the reference is no cell reference.
int columnOf(QStringView ref)
{
    int column = 0, letters = 0;
    for (const QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            column = column * 26 + (c.unicode() - 'A' + 1);
            if (++letters > 3)
                return -1;
        } else
            break;
    }
    return letters ? column - 1 : -1;
}

// Resolves a relationship target against the folder of the part that names it.
QString resolvePart(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = QStringLiteral("xl").split(QLatin1Char('/'));
    for (const QString &piece : target.split(QLatin1Char('/'))) {
        if (piece == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (piece != QLatin1String("."))
            parts.append(piece);
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

XlsxTableReader::XlsxTableReader(const QString &path) : m_path(path)
{
    m_fileName = QFileInfo(path).fileName();
    readWorkbook();
    readStyles();
    readSharedStrings();
    if (m_sheetNames.isEmpty())
        throw CaseError(TableFile::tr("%1: the workbook has no sheets").arg(m_fileName));
    m_sheet = m_sheetNames.first();
}

XlsxTableReader::~XlsxTableReader() = default;

void XlsxTableReader::selectSheet(const QString &name)
{
    if (!m_sheetParts.contains(name))
        throw CaseError(TableFile::tr("%1: there is no sheet named %2 (the sheets are: %3)")
                            .arg(m_fileName, messageExcerpt(name), messageExcerpt(m_sheetNames.join(QStringLiteral(", ")), 200)));
    m_sheet = name;
}

QString XlsxTableReader::description() const
{
    return TableFile::tr("Excel workbook, %n sheet(s), dates counted from %1", nullptr, int(m_sheetNames.size()))
        .arg(m_date1904 ? QStringLiteral("1904") : QStringLiteral("1900"));
}

QByteArray XlsxTableReader::readPart(const QString &name, qint64 limit) const
{
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip))
        throw CaseError(TableFile::tr("%1: not a readable Excel file (the zip container is damaged)").arg(m_fileName));
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return {};
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly))
        throw CaseError(TableFile::tr("%1: cannot read %2 in the workbook").arg(m_fileName, name));
    QByteArray bytes;
    while (true) {
        const QByteArray block = part.read(kBlock);
        if (block.isEmpty())
            break;
        bytes += block;
        if (bytes.size() > limit)
            throw CaseError(TableFile::tr("%1: %2 unpacks to more than %3 MB; the file is refused as a zip bomb")
                                .arg(m_fileName, name).arg(limit / (1024 * 1024)));
    }
    if (part.getZipError() != UNZ_OK)
        throw CaseError(TableFile::tr("%1: %2 in the workbook is damaged or cut short").arg(m_fileName, name));
    part.close();
    if (part.getZipError() != UNZ_OK)
        throw CaseError(TableFile::tr("%1: %2 in the workbook is damaged or cut short").arg(m_fileName, name));
    return bytes;
}

void XlsxTableReader::readWorkbook()
{
    const QByteArray workbook = readPart(QStringLiteral("xl/workbook.xml"), 64 * 1024 * 1024);
    if (workbook.isEmpty())
        throw CaseError(TableFile::tr("%1: not an Excel workbook (xl/workbook.xml is missing)").arg(m_fileName));
    QHash<QString, QString> targets;
    QXmlStreamReader rels(readPart(QStringLiteral("xl/_rels/workbook.xml.rels"), 64 * 1024 * 1024));
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == QLatin1String("Relationship"))
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(),
                           rels.attributes().value(QLatin1String("Target")).toString());
    }
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            const QString name = xml.attributes().value(QLatin1String("name")).toString();
            QString rid;
            for (const auto &a : xml.attributes())
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            const QString target = targets.value(rid);
            if (name.isEmpty() || target.isEmpty() || m_sheetParts.contains(name) || m_sheetNames.size() >= 1000)
                continue;
            m_sheetNames.append(name);
            m_sheetParts.insert(name, resolvePart(target));
        }
    }
    if (xml.hasError())
        throw CaseError(TableFile::tr("%1: xl/workbook.xml is not well-formed XML (line %2: %3)")
                            .arg(m_fileName).arg(xml.lineNumber()).arg(xml.errorString()));
}

void XlsxTableReader::readStyles()
{
    QXmlStreamReader xml(readPart(QStringLiteral("xl/styles.xml"), 64 * 1024 * 1024));
    QSet<int> customDates;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("numFmt")) {
            if (customDateFormat(xml.attributes().value(QLatin1String("formatCode")).toString()))
                customDates.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf") && m_dateStyles.size() < 65536) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            m_dateStyles.append(builtinDateFormat(id) || customDates.contains(id));
        }
    }
    // A broken styles part only costs date recognition; the numbers stay as they are.
}

void XlsxTableReader::readSharedStrings()
{
    QXmlStreamReader xml(readPart(QStringLiteral("xl/sharedStrings.xml"), kMaxXlsxSharedStringsBytes));
    QString current;
    bool inSi = false, inRun = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                xml.skipCurrentElement(); // phonetic guides are not part of the text
            } else if (inSi && xml.name() == QLatin1String("t")) {
                inRun = true;
            }
        } else if (xml.isCharacters() && inRun) {
            if (current.size() + xml.text().size() > kMaxTableCellChars)
                throw CaseError(TableFile::tr("%1: shared string %2 is longer than %3 characters")
                                    .arg(m_fileName).arg(m_sharedStrings.size() + 1).arg(kMaxTableCellChars));
            current += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("t"))
                inRun = false;
            else if (xml.name() == QLatin1String("si")) {
                m_sharedStrings.append(current);
                inSi = false;
            }
        }
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        throw CaseError(TableFile::tr("%1: xl/sharedStrings.xml is not well-formed XML (line %2: %3)")
                            .arg(m_fileName).arg(xml.lineNumber()).arg(xml.errorString()));
}

QString XlsxTableReader::serialToIso(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return {};
    if (!date1904 && serial >= 60 && serial < 61)
        return {}; // 1900-02-29: no such day; the cell keeps its number
    // The 1900 system counts 1900-02-29, which never was (a Lotus 1-2-3 bug Excel kept):
    // from serial 61 on, day 0 is 1899-12-30.
    QDate base = date1904 ? QDate(1904, 1, 1) : (serial < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30));
    const double days = std::floor(serial);
    const QDate date = base.addDays(qint64(days));
    const qint64 seconds = std::llround((serial - days) * 86400.0);
    if (seconds == 0 || seconds >= 86400)
        return date.toString(Qt::ISODate);
    return QDateTime(date, QTime(0, 0).addSecs(int(seconds))).toString(Qt::ISODate);
}

void XlsxTableReader::readRows(const std::function<bool(const TableRow &)> &each)
{
    const QString partName = m_sheetParts.value(m_sheet);
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip))
        throw CaseError(TableFile::tr("%1: not a readable Excel file (the zip container is damaged)").arg(m_fileName));
    if (!zip.setCurrentFile(partName, QuaZip::csInsensitive))
        throw CaseError(TableFile::tr("%1: the part of sheet %2 (%3) is missing").arg(m_fileName, messageExcerpt(m_sheet), partName));
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::ReadOnly))
        throw CaseError(TableFile::tr("%1: cannot read sheet %2").arg(m_fileName, messageExcerpt(m_sheet)));

    QXmlStreamReader xml;
    qint64 unpacked = 0;
    auto feed = [&]() {
        const QByteArray block = part.read(kBlock);
        if (block.isEmpty()) {
            if (part.getZipError() != UNZ_OK)
                throw CaseError(TableFile::tr("%1: sheet %2 is damaged or cut short").arg(m_fileName, messageExcerpt(m_sheet)));
            return false;
        }
        unpacked += block.size();
        if (unpacked > kMaxXlsxPartBytes)
            throw CaseError(TableFile::tr("%1: sheet %2 unpacks to more than %3 MB; the file is refused as a zip bomb")
                                .arg(m_fileName, messageExcerpt(m_sheet)).arg(kMaxXlsxPartBytes / (1024 * 1024)));
        xml.addData(block);
        return true;
    };

    TableRow row;
    qint64 lastRow = 0;
    int column = -1;
    QString type, value, formula, inlineText;
    bool date = false, inValue = false, inFormula = false, inInline = false;
    auto failCell = [&](const QString &why) {
        throw CaseError(TableFile::tr("%1: %2").arg(place(row.number, column), why));
    };
    auto finishCell = [&]() {
        QString text;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_sharedStrings.size())
                failCell(TableFile::tr("the cell refers to shared string %1, which the workbook does not have").arg(messageExcerpt(value)));
            text = m_sharedStrings.at(index);
        } else if (type == QLatin1String("inlineStr")) {
            text = inlineText;
        } else if (value.isNull() && !formula.isNull()) {
            text = QLatin1Char('=') + formula; // no cached value: the formula, as text, never run
        } else if (type == QLatin1String("b")) {
            text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type.isEmpty() || type == QLatin1String("n")) {
            text = value.trimmed();
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (ok && date) {
                const QString iso = serialToIso(number, m_date1904);
                if (!iso.isEmpty())
                    text = iso;
            }
        } else {
            text = value; // "str" (a formula's text result), "e" (an error such as #N/A)
        }
        if (column < 0)
            column = int(row.cells.size());
        if (column >= kMaxTableColumns)
            failCell(TableFile::tr("the sheet has more than %1 columns").arg(kMaxTableColumns));
        while (row.cells.size() < column)
            row.cells.append(QString());
        if (row.cells.size() == column)
            row.cells.append(text);
        else
            row.cells[column] = text; // a cell given twice: the later one, as Excel reads it
    };

    bool stopped = false;
    while (!stopped) {
        xml.readNext();
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            if (!feed()) {
                if (lastRow == 0 && row.cells.isEmpty())
                    break; // an empty sheet
                failCell(TableFile::tr("the sheet ends in the middle of its XML"));
            }
            continue;
        }
        if (xml.hasError())
            failCell(TableFile::tr("the sheet is not well-formed XML (%1)").arg(xml.errorString()));
        if (xml.isEndDocument())
            break;
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("row")) {
                bool ok = false;
                const qint64 r = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
                row.number = ok && r > lastRow ? r : lastRow + 1;
                row.cells.clear();
            } else if (name == QLatin1String("c")) {
                const auto attributes = xml.attributes();
                column = columnOf(attributes.value(QLatin1String("r")));
                if (column < 0)
                    column = int(row.cells.size());
                type = attributes.value(QLatin1String("t")).toString();
                bool ok = false;
                const int style = attributes.value(QLatin1String("s")).toInt(&ok);
                date = ok && style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style);
                value = QString();
                formula = QString();
                inlineText.clear();
            } else if (name == QLatin1String("v")) {
                inValue = true;
                value = QStringLiteral("");
            } else if (name == QLatin1String("f")) {
                inFormula = true;
                formula = QStringLiteral("");
            } else if (name == QLatin1String("is")) {
                inInline = true;
            } else if (name == QLatin1String("rPh")) {
                inInline = false;
            }
        } else if (xml.isCharacters()) {
            QString *target = inValue ? &value : inFormula ? &formula : inInline ? &inlineText : nullptr;
            if (target) {
                if (target->size() + xml.text().size() > kMaxTableCellChars)
                    failCell(TableFile::tr("the cell is longer than %1 characters").arg(kMaxTableCellChars));
                target->append(xml.text());
            }
        } else if (xml.isEndElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("v"))
                inValue = false;
            else if (name == QLatin1String("f"))
                inFormula = false;
            else if (name == QLatin1String("is"))
                inInline = false;
            else if (name == QLatin1String("c")) {
                finishCell();
                column = -1;
            } else if (name == QLatin1String("row")) {
                lastRow = row.number;
                if (!row.cells.isEmpty())
                    stopped = !each(row);
                row.cells.clear();
            }
        }
    }
}

std::unique_ptr<TableReader> TableReader::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(QCoreApplication::translate("TableFile", "%1: cannot read the file: %2")
                            .arg(QFileInfo(path).fileName(), file.errorString()));
    const QByteArray head = file.read(16);
    if (head.startsWith(QByteArray("PK\x03\x04", 4)))
        return std::make_unique<XlsxTableReader>(path);
    // A case file where the table was meant (the two swapped on the command line): say so, not
    // that its bytes are no text.
    if (head == QByteArray("SQLite format 3\0", 16)) // notr: the file signature
        throw CaseError(QCoreApplication::translate("TableFile", "%1 is a ChipTrail case file or another SQLite database, not a table (CSV or XLSX)")
                            .arg(QFileInfo(path).fileName()));
    return std::make_unique<CsvTableReader>(path);
}

} // namespace chiptrail
