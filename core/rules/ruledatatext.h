// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chiptrail {

// The rule data (resources/rules) is written in English, and JSON output carries it as written.
// Where people read it — the disclaimer, rule titles, statuses, conditions in the explanation steps — the wording
// ChipTrail ships has a translation (context "RuleData"); other text, e.g. from a user's own rule
// file, stays as written.
QString ruleDataText(const QString &text);

// Whether `text` is wording the translations know: the rule tests hold the shipped data to it.
bool hasRuleDataTranslation(const QString &text);

} // namespace chiptrail
