// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>

#include "model/entities.h"
#include "rules/findings.h"

#include <QColor>
#include <QString>

namespace chiptrail::gui {

// What the rule panel shows, as HTML built only from escaped text. Kept apart from the widget
// so it can be read and tested on its own.
namespace findingshtml {

QColor verdictColour(const LinkFinding &finding); // also used for the canvas
QString verdictText(Verdict verdict);
QString flagText(const QString &flag);
QString qualityText(const QStringList &quality); // "[P] official text; [U] unverified"
// A citation as a link when it names a Federal Register page or a CFR section.
QString citationHtml(const QString &citation);

QString disclaimerHtml(const CaseFindings &findings);
QString linkHtml(const LinkFinding &finding, const CaseData &data);
// One line: verdict, the two parties, the item and the flags' codes (the whole case's list when it
// is long; linkHtml gives the steps and sources of one link).
QString linkLineHtml(const LinkFinding &finding, const CaseData &data);
QString partyHtml(const PartyFinding &finding, const QList<const LinkFinding *> &links, const CaseData &data);
// At most `limit` chains, then how many more there are.
QString chainsHtml(const CaseFindings &findings, const CaseData &data, int limit = std::numeric_limits<int>::max());
QString changesHtml(const QList<FindingChange> &changes);
QString legendHtml();

} // namespace findingshtml
} // namespace chiptrail::gui
