// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <optional>

namespace chiptrail::gui {

struct NoteSide
{
    Note note;
    Source source;
};

// One row of the notes panels: a German note and its translation side by side. Either side
// may be missing. Notes in languages other than German are shown on the English side.
struct NotePair
{
    std::optional<NoteSide> german;
    std::optional<NoteSide> other;
};

// Notes whose claims name `claim` (the whole subject when `claim.attribute` is empty, otherwise
// only that attribute), each with its translation partner, in the order of the note ids.
QList<NotePair> notePairsFor(const ClaimRef &claim, const CaseData &data);
// All notes quoting one source, paired the same way.
QList<NotePair> notePairsQuoting(SourceId source, const CaseData &data);

bool isGerman(const Source &source);

} // namespace chiptrail::gui
