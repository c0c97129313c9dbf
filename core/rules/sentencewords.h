// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "rules/findings.h"

#include <QString>

namespace chiptrail {

// A value of the case as a word inside one of the rule engine's sentences, in the language of
// the interface ("suspected ties (affiliation)", "Gewissheit: vermutet"), never the code the
// case file stores ("cloud_tenant").
QString sentenceWord(LinkKind kind);
QString sentenceWord(Confidence confidence);
QString sentenceWord(PartyRole role);
QString sentenceWord(Verdict verdict);

} // namespace chiptrail
