// SPDX-License-Identifier: GPL-3.0-or-later
// One picture of the main window (or of the rule panel alone) in a state a documentation page
// needs: a chart shown, a date chosen, a subject selected, a group folded. These states are set
// the way a user would set them, from outside the window, so the program's own start-up knows
// nothing about screenshots.
#pragma once

#include <QString>
#include <QStringList>

namespace chiptrail::gui {
class CaseSession;
class MainWindow;
}

struct WindowShot {
    QString out;            // PNG file
    QString caseFile;       // empty: the sample case
    QString chart;          // hops, countries, timeline, findings
    QString asOf;           // YYYY-MM-DD
    QString select;         // party:KEY, link:KEY, site:KEY, product:KEY, source:KEY
    QString collapse;       // country:CODE or group:PARTY-KEY
    QStringList counterfactuals;
    bool rulesPanelAlone = false;
    double zoom = 0;        // the canvas at this zoom (1: 100 %), centred on the chain; 0: View → Fit
};

// Returns the process exit code: 0 when the picture was written, 2 on a bad option.
int takeWindowShot(chiptrail::gui::CaseSession &session, chiptrail::gui::MainWindow &window, const WindowShot &shot);
