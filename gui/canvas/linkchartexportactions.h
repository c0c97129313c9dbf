// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;
class QWidget;

namespace chiptrail::gui {

class CaseSession;
class ChainScene;
class ExportJob;

// File → Export Chain → Gephi (GEXF)…, GraphML (yEd)…, Kumu / Maltego / i2 (CSV)…, Kumu (XLSX)…:
// the case as the graph tools take it, with the places the canvas shows and the verdicts of the
// document's findings, written off the GUI thread by `job` (progress, cancel, no half file).
void addLinkChartExportActions(QMenu *menu, QWidget *window, CaseSession *session, const ChainScene *scene,
                               ExportJob *job);

} // namespace chiptrail::gui
