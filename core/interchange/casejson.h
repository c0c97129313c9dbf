// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QByteArray>
#include <QString>

namespace chiptrail {

inline constexpr int caseJsonFormatVersion = 1;

// Parses a case JSON document (docs/case-format.md). Ids in the result are numbered from 1 in
// file order and all references are resolved. Throws CaseError "<file>: <JSON path>: <reason>"
// for the first problem found.
CaseData readCaseJson(const QByteArray &json, const QString &fileName);
CaseData readCaseJsonFile(const QString &path);

// Writes the canonical form: sorted keys, four-space indent, defaults left out.
QByteArray writeCaseJson(const CaseData &data);

} // namespace chiptrail
