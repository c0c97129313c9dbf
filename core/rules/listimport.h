// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rulebook.h"

namespace chiptrail {

// Screening lists from outside: the trade.gov Consolidated Screening List (CSV or JSON
// {"results": [...]}), OpenSanctions targets.simple.csv (never shipped: CC BY-NC), or a list in
// ChipTrail's own format (entity_list.json). Throws CaseError naming the file, row and column.
ScreeningList importCslCsv(const QString &text, const QString &fileName);
ScreeningList importCslJson(const QByteArray &json, const QString &fileName);
ScreeningList importOpenSanctionsCsv(const QString &text, const QString &fileName);
// Picks the format from the content.
ScreeningList importScreeningList(const QString &path);

} // namespace chiptrail
