// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxwriter.h"

#include "error.h"
#include "interchange/linkchart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace chiptrail {
namespace {

struct Xlsx
{
    Q_DECLARE_TR_FUNCTIONS(Xlsx)
};

constexpr qsizetype excelCellLimit = 32'767;
const QString mainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString relNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString packageRelNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");

QByteArray xmlPart(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    body(xml);
    xml.writeEndDocument();
    return bytes;
}

QByteArray contentTypes(int sheetCount)
{
    return xmlPart([sheetCount](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        xml.writeStartElement(QStringLiteral("Types"));
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), QStringLiteral("rels"));
        xml.writeAttribute(QStringLiteral("ContentType"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), QStringLiteral("xml"));
        xml.writeAttribute(QStringLiteral("ContentType"), QStringLiteral("application/xml"));
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), QStringLiteral("/xl/workbook.xml"));
        xml.writeAttribute(QStringLiteral("ContentType"),
                           QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
        for (int i = 1; i <= sheetCount; ++i) {
            xml.writeEmptyElement(QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), QStringLiteral("/xl/worksheets/sheet%1.xml").arg(i));
            xml.writeAttribute(QStringLiteral("ContentType"),
                               QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
        }
        xml.writeEndElement();
    });
}

QByteArray relationships(const QList<std::pair<QString, QString>> &typeAndTarget)
{
    return xmlPart([&typeAndTarget](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(packageRelNs);
        xml.writeStartElement(QStringLiteral("Relationships"));
        int id = 0;
        for (const auto &[type, target] : typeAndTarget) {
            xml.writeEmptyElement(QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(++id));
            xml.writeAttribute(QStringLiteral("Type"), type);
            xml.writeAttribute(QStringLiteral("Target"), target);
        }
        xml.writeEndElement();
    });
}

QByteArray workbook(const QList<SheetTable> &sheets)
{
    return xmlPart([&sheets](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(mainNs);
        xml.writeNamespace(relNs, QStringLiteral("r"));
        xml.writeStartElement(QStringLiteral("workbook"));
        xml.writeStartElement(QStringLiteral("sheets"));
        for (int i = 0; i < sheets.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("sheet"));
            xml.writeAttribute(QStringLiteral("name"), sheets.at(i).name);
            xml.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
            xml.writeAttribute(relNs, QStringLiteral("id"), QStringLiteral("rId%1").arg(i + 1));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

void cell(QXmlStreamWriter &xml, const QString &ref, const QString &text, bool numeric)
{
    if (text.isEmpty())
        return;
    bool isNumber = false;
    if (numeric)
        text.toDouble(&isNumber);
    xml.writeStartElement(QStringLiteral("c"));
    xml.writeAttribute(QStringLiteral("r"), ref);
    if (isNumber) {
        xml.writeTextElement(QStringLiteral("v"), text);
    } else {
        xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        xml.writeStartElement(QStringLiteral("is"));
        xml.writeStartElement(QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(xmlSafeText(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray worksheet(const SheetTable &sheet)
{
    return xmlPart([&sheet](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(mainNs);
        xml.writeStartElement(QStringLiteral("worksheet"));
        xml.writeStartElement(QStringLiteral("sheetData"));
        const auto row = [&](int r, const QStringList &cells, bool header) {
            xml.writeStartElement(QStringLiteral("row"));
            xml.writeAttribute(QStringLiteral("r"), QString::number(r));
            for (int c = 0; c < cells.size(); ++c) {
                if (cells.at(c).size() > excelCellLimit)
                    throw CaseError(Xlsx::tr("sheet \"%1\", row %2, column %3 (%4): the text has %L5 characters, "
                                             "more than a spreadsheet cell holds (32,767)")
                                        .arg(sheet.name)
                                        .arg(r)
                                        .arg(xlsxColumnName(c), sheet.headers.value(c))
                                        .arg(cells.at(c).size()));
                cell(xml, xlsxColumnName(c) + QString::number(r), cells.at(c), !header && sheet.numberColumns.contains(c));
            }
            xml.writeEndElement();
        };
        row(1, sheet.headers, true);
        for (int r = 0; r < sheet.rows.size(); ++r)
            row(r + 2, sheet.rows.at(r), false);
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

} // namespace

QString xlsxColumnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QByteArray writeXlsx(const QList<SheetTable> &sheets)
{
    QList<std::pair<QString, QByteArray>> parts;
    parts.append({QStringLiteral("[Content_Types].xml"), contentTypes(sheets.size())});
    parts.append({QStringLiteral("_rels/.rels"),
                  relationships({{relNs + QStringLiteral("/officeDocument"), QStringLiteral("xl/workbook.xml")}})});
    parts.append({QStringLiteral("xl/workbook.xml"), workbook(sheets)});
    QList<std::pair<QString, QString>> sheetRels;
    for (int i = 0; i < sheets.size(); ++i) {
        sheetRels.append({relNs + QStringLiteral("/worksheet"), QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)});
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), worksheet(sheets.at(i))});
    }
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), relationships(sheetRels)});

    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        throw CaseError(Xlsx::tr("the workbook could not be made (zip error %1)").arg(zip.getZipError()));
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(bytes) != bytes.size()) {
            throw CaseError(Xlsx::tr("the workbook could not be made (%1: zip error %2)").arg(name).arg(file.getZipError()));
        }
        file.close();
        if (file.getZipError() != 0)
            throw CaseError(Xlsx::tr("the workbook could not be made (%1: zip error %2)").arg(name).arg(file.getZipError()));
    }
    zip.close();
    if (zip.getZipError() != 0)
        throw CaseError(Xlsx::tr("the workbook could not be made (zip error %1)").arg(zip.getZipError()));
    return buffer.data();
}

} // namespace chiptrail
