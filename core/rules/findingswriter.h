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

} // namespace chiptrail
