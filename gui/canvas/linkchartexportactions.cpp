// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkchartexportactions.h"

#include "canvas/chainscene.h"
#include "canvas/exportjob.h"
#include "casesession.h"
#include "document/casedocument.h"
#include "interchange/linkchartexport.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace chiptrail::gui {
namespace {

struct LinkChartExportActions
{
    Q_DECLARE_TR_FUNCTIONS(LinkChartExportActions)
};

QString fileFilter(LinkChartFormat format)
{
    switch (format) {
    case LinkChartFormat::Gexf: return LinkChartExportActions::tr("Gephi files (*.gexf)");
    case LinkChartFormat::GraphMl: return LinkChartExportActions::tr("GraphML files (*.graphml)");
    case LinkChartFormat::KumuXlsx: return LinkChartExportActions::tr("Excel workbooks (*.xlsx)");
    default: return LinkChartExportActions::tr("CSV files (*.csv)");
    }
}

void exportLinkChart(LinkChartFormat format, QWidget *window, CaseSession *session, const ChainScene *scene, ExportJob *job)
{
    if (!session->hasCase())
        return;
    if (job->isRunning()) {
        QMessageBox::warning(window, LinkChartExportActions::tr("Export chain"),
                             LinkChartExportActions::tr("Another export is still running; wait for it or cancel it."));
        return;
    }
    const bool pair = linkChartSuffix(format) == QLatin1String("csv");
    QString path = QFileDialog::getSaveFileName(
        window,
        pair ? LinkChartExportActions::tr("Export chain (two files: NAME-elements.csv and NAME-connections.csv)")
             : LinkChartExportActions::tr("Export chain"),
        QString(), fileFilter(format));
    if (path.isEmpty())
        return;
    const QString suffix = QLatin1Char('.') + linkChartSuffix(format);
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    // Taken here, on the GUI thread: the places as the canvas shows them and the verdicts the
    // rule panel shows. The worker only writes.
    const CaseDocument *document = session->document();
    auto chart = std::make_shared<const LinkChart>(buildLinkChart(document->data(), scene->positions(), document->findings()));
    job->start(path, [chart, format, path](const ExportProgress &progress) {
        return writeLinkChart(*chart, format, path, progress);
    });
}

} // namespace

void addLinkChartExportActions(QMenu *menu, QWidget *window, CaseSession *session, const ChainScene *scene, ExportJob *job)
{
    menu->addSeparator();
    const std::pair<const char *, LinkChartFormat> entries[] = {
        {QT_TRANSLATE_NOOP("LinkChartExportActions", "&Gephi (GEXF)…"), LinkChartFormat::Gexf},
        {QT_TRANSLATE_NOOP("LinkChartExportActions", "Graph&ML (yEd)…"), LinkChartFormat::GraphMl},
        {QT_TRANSLATE_NOOP("LinkChartExportActions", "&Kumu (CSV)…"), LinkChartFormat::KumuCsv},
        {QT_TRANSLATE_NOOP("LinkChartExportActions", "&Maltego (CSV)…"), LinkChartFormat::MaltegoCsv},
        {QT_TRANSLATE_NOOP("LinkChartExportActions", "&i2 Analyst's Notebook (CSV)…"), LinkChartFormat::I2Csv},
        {QT_TRANSLATE_NOOP("LinkChartExportActions", "Kumu (&XLSX)…"), LinkChartFormat::KumuXlsx},
    };
    for (const auto &[text, format] : entries) {
        QAction *action = menu->addAction(QCoreApplication::translate("LinkChartExportActions", text));
        action->setObjectName(QStringLiteral("exportLinkChart_") + linkChartSuffix(format)
                              + (format == LinkChartFormat::KumuCsv      ? QStringLiteral("_kumu")
                                 : format == LinkChartFormat::MaltegoCsv ? QStringLiteral("_maltego")
                                 : format == LinkChartFormat::I2Csv      ? QStringLiteral("_i2")
                                                                         : QString()));
        QObject::connect(action, &QAction::triggered, window,
                         [=] { exportLinkChart(format, window, session, scene, job); });
    }
}

} // namespace chiptrail::gui
