// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace chiptrail {

// Findings as JSON (stable words, for scripts and the GUI) and as text (for people). Both carry
// the "not legal advice" statement and mark unverified facts.
QJsonObject findingsToJson(const CaseFindings &findings);
QByteArray writeFindingsJson(const CaseFindings &findings);
QString writeFindingsText(const CaseFindings &findings);
QJsonArray changesToJson(const QList<FindingChange> &changes);
QString writeChangesText(const QList<FindingChange> &changes);

// The rule data's disclaimer after its "Not legal advice." heading, in the UI language when it is
// the wording ChipTrail ships (JSON output keeps the data's text as it is).
QString disclaimerBody(const QString &disclaimer);

} // namespace chiptrail
