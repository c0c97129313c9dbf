// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkchartexport.h"

#include "error.h"
#include "interchange/graphmlwriter.h"
#include "interchange/linkcharttables.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <memory>

namespace chiptrail {
namespace {

struct LinkChartExport
{
    Q_DECLARE_TR_FUNCTIONS(LinkChartExport)
};

const QList<std::pair<const char *, LinkChartFormat>> &formats()
{
    static const QList<std::pair<const char *, LinkChartFormat>> all{
        {"gexf", LinkChartFormat::Gexf},       {"graphml", LinkChartFormat::GraphMl},
        {"kumu", LinkChartFormat::KumuCsv},    {"maltego", LinkChartFormat::MaltegoCsv},
        {"i2", LinkChartFormat::I2Csv},        {"xlsx", LinkChartFormat::KumuXlsx},
    };
    return all;
}

std::unique_ptr<QSaveFile> openFile(const QString &path)
{
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        throw CaseError(LinkChartExport::tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), file->errorString()));
    return file;
}

void commit(QSaveFile &file)
{
    if (!file.commit())
        throw CaseError(LinkChartExport::tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

void writeAll(QSaveFile &file, const QByteArray &bytes)
{
    if (file.write(bytes) != bytes.size())
        throw CaseError(LinkChartExport::tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

LinkChartTool toolOf(LinkChartFormat format)
{
    switch (format) {
    case LinkChartFormat::MaltegoCsv: return LinkChartTool::Maltego;
    case LinkChartFormat::I2Csv: return LinkChartTool::I2;
    default: return LinkChartTool::Kumu;
    }
}

} // namespace

std::optional<LinkChartFormat> linkChartFormatFromName(const QString &name)
{
    for (const auto &[word, format] : formats())
        if (name == QLatin1String(word))
            return format;
    return std::nullopt;
}

QStringList linkChartFormatNames()
{
    QStringList names;
    for (const auto &entry : formats())
        names << QLatin1String(entry.first);
    return names;
}

QString linkChartSuffix(LinkChartFormat format)
{
    switch (format) {
    case LinkChartFormat::Gexf: return QStringLiteral("gexf");
    case LinkChartFormat::GraphMl: return QStringLiteral("graphml");
    case LinkChartFormat::KumuXlsx: return QStringLiteral("xlsx");
    default: return QStringLiteral("csv");
    }
}

QStringList linkChartFiles(LinkChartFormat format, const QString &path)
{
    if (linkChartSuffix(format) != QLatin1String("csv"))
        return {path};
    QString stem = path;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return {stem + QStringLiteral("-elements.csv"), stem + QStringLiteral("-connections.csv")};
}

bool writeLinkChart(const LinkChart &chart, LinkChartFormat format, const QString &path, const LinkChartProgress &progress)
{
    const QStringList paths = linkChartFiles(format, path);
    if (format == LinkChartFormat::Gexf || format == LinkChartFormat::GraphMl) {
        const auto file = openFile(paths.first());
        const bool written = format == LinkChartFormat::Gexf ? writeGexf(chart, *file, progress)
                                                             : writeGraphMl(chart, *file, progress);
        if (!written) {
            file->cancelWriting();
            return false;
        }
        if (file->error() != QFileDevice::NoError)
            throw CaseError(LinkChartExport::tr("%1: cannot be written (%2)").arg(QDir::toNativeSeparators(path), file->errorString()));
        commit(*file);
        return true;
    }
    const LinkChartTables tables = linkChartTables(chart, toolOf(format));
    if (progress && !progress(0.5))
        return false;
    if (format == LinkChartFormat::KumuXlsx) {
        QByteArray bytes;
        try {
            bytes = writeXlsx({tables.elements, tables.connections});
        } catch (const CaseError &error) {
            throw CaseError(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), error.message()));
        }
        const auto file = openFile(paths.first());
        writeAll(*file, bytes);
        commit(*file);
        return !progress || progress(1.0);
    }
    // Both tables are written before either is committed: a full disk leaves neither.
    const auto elements = openFile(paths.at(0));
    const auto connections = openFile(paths.at(1));
    writeAll(*elements, writeCsv(tables.elements));
    writeAll(*connections, writeCsv(tables.connections));
    if (progress && !progress(0.9))
        return false;
    commit(*elements);
    try {
        commit(*connections);
    } catch (const CaseError &) {
        QFile::remove(paths.at(0)); // half a pair is no link chart
        throw;
    }
    return !progress || progress(1.0);
}

} // namespace chiptrail
