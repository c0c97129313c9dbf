// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "rulebook.h"

namespace chiptrail {

// The figures a classification reads; built from a case product or from the reference table.
struct ChipFigures
{
    std::optional<double> tpp, dieArea, pd, interconnect, memoryBw;
    bool datacenter = true;
    static ChipFigures fromSpec(const ChipSpec &spec);
    // One end of each disputed range of the reference (low = false takes the high ends).
    static ChipFigures fromReference(const ReferenceChip &chip, bool low);
};

struct Classification
{
    QString eccn;       // "3A090.a", "4A090.a", "not controlled" or "unknown"
    char level = 0;     // 'a', 'b' or 0
    QString ruleId;     // the item rule applied; empty before the first rule
    QStringList arithmetic; // every comparison, with the figures
    bool known() const { return eccn != QLatin1String("unknown"); }
    bool controlled() const { return level != 0; }
};

// The chip under the item rule in force (rule may be null: before the first rule nothing is
// controlled).
Classification classifyChip(const ChipFigures &chip, const ItemRule *rule);
// A system follows the chips it contains (4A090); `date` decides whether 4A090.b exists yet.
Classification classifySystem(const Classification &chip, const QString &chipName, int chipsPerUnit,
                              const ItemRule *rule, QDate date);

QString formatNumber(double value);

} // namespace chiptrail
