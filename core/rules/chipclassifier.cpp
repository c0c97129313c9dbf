// SPDX-License-Identifier: GPL-3.0-or-later
#include "chipclassifier.h"

#include "rulestr.h"

#include <QLocale>
#include <cmath>

namespace chiptrail {

QString formatNumber(double value)
{
    // The UI's number format ("36.000" in German); US English where no language is set (C locale).
    const QLocale ui;
    const QLocale locale = ui.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : ui;
    if (std::abs(value - std::round(value)) < 1e-9)
        return locale.toString(static_cast<qlonglong>(std::llround(value)));
    QString text = locale.toString(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

ChipFigures ChipFigures::fromSpec(const ChipSpec &spec)
{
    return {spec.tpp, spec.dieAreaMm2, spec.performanceDensity, spec.interconnectGBps,
            spec.memoryBandwidthGBps, spec.datacenter};
}

ChipFigures ChipFigures::fromReference(const ReferenceChip &c, bool low)
{
    const auto pick = [low](const Figure &f) { return low ? f.low : f.high; };
    return {pick(c.tpp), pick(c.dieArea), pick(c.pd), pick(c.interconnect), pick(c.memoryBw), c.datacenter};
}

namespace {

QString yesNo(bool v) { return v ? Rules::tr("yes") : Rules::tr("no"); }

// Evaluates one conjunction, writing each comparison; a missing figure fails the test and says so.
bool runTest(const ThresholdTest &t, const ChipFigures &c, const QString &label, QStringList &lines)
{
    QStringList parts;
    bool ok = true;
    bool missing = false;
    const auto check = [&](const std::optional<double> &bound, const std::optional<double> &value,
                           const QString &name, bool greaterOrEqual) {
        if (!bound)
            return;
        if (!value) {
            parts << Rules::tr("%1 unknown").arg(name);
            ok = false;
            missing = true;
            return;
        }
        const bool pass = greaterOrEqual ? *value >= *bound : *value < *bound;
        parts << QStringLiteral("%1 %2 %3 %4").arg(name, formatNumber(*value),
                                                  greaterOrEqual ? QStringLiteral("≥") : QStringLiteral("<"),
                                                  formatNumber(*bound))
                     + QStringLiteral(" (%1)").arg(yesNo(pass));
        ok = ok && pass;
    };
    check(t.tppGte, c.tpp, QStringLiteral("TPP"), true);
    check(t.tppLt, c.tpp, QStringLiteral("TPP"), false);
    check(t.pdGte, c.pd, QStringLiteral("PD"), true);
    check(t.pdLt, c.pd, QStringLiteral("PD"), false);
    check(t.interconnectGte, c.interconnect, Rules::tr("interconnect GB/s"), true);
    lines << Rules::tr("%1: %2 → %3").arg(label, parts.join(QStringLiteral(" and ")),
                                         missing ? Rules::tr("cannot tell") : yesNo(ok));
    return ok;
}

} // namespace

Classification classifyChip(const ChipFigures &input, const ItemRule *rule)
{
    Classification out;
    if (!rule) {
        out.eccn = QStringLiteral("not controlled"); // notr
        out.arithmetic << Rules::tr("No advanced-computing item rule was in force on this date "
                                    "(ECCN 3A090 dates from 2022-10-07).");
        return out;
    }
    out.ruleId = rule->rule.id;
    ChipFigures c = input;
    if (!c.tpp) {
        out.eccn = QStringLiteral("unknown");
        out.arithmetic << Rules::tr("TPP unknown: the chip cannot be classified.");
        return out;
    }
    if (!c.pd && c.dieArea && *c.dieArea > 0) {
        c.pd = *c.tpp / *c.dieArea;
        out.arithmetic << Rules::tr("PD = TPP %1 ÷ die area %2 mm² = %3")
                              .arg(formatNumber(*c.tpp), formatNumber(*c.dieArea), formatNumber(*c.pd));
    }
    for (qsizetype i = 0; i < rule->aAnyOf.size(); ++i) {
        if (runTest(rule->aAnyOf.at(i), c, QStringLiteral("%1 test %2").arg(rule->eccnA).arg(i + 1), out.arithmetic)) {
            out.level = 'a';
            out.eccn = rule->eccnA;
            break;
        }
    }
    if (!out.level) {
        for (qsizetype i = 0; i < rule->bAnyOf.size(); ++i) {
            if (runTest(rule->bAnyOf.at(i), c, QStringLiteral("%1 test %2").arg(rule->eccnB).arg(i + 1), out.arithmetic)) {
                out.level = 'b';
                out.eccn = rule->eccnB;
                break;
            }
        }
    }
    if (out.level && rule->note2TppLt && !c.datacenter) {
        const bool excluded = *c.tpp < *rule->note2TppLt;
        out.arithmetic << Rules::tr("Note 2: not designed or marketed for data centres and TPP %1 < %2 → %3")
                              .arg(formatNumber(*c.tpp), formatNumber(*rule->note2TppLt),
                                   excluded ? Rules::tr("excluded from 3A090") : Rules::tr("does not apply"));
        if (excluded) {
            out.level = 0;
        }
    }
    if (!out.level) {
        // Without a PD the 2023 density tests cannot be settled, unless TPP alone decides.
        const bool pdNeeded = !c.pd && std::any_of(rule->aAnyOf.cbegin(), rule->aAnyOf.cend(),
                                                   [](const ThresholdTest &t) { return t.pdGte.has_value(); });
        const bool ioNeeded = !c.interconnect && std::any_of(rule->aAnyOf.cbegin(), rule->aAnyOf.cend(),
                                                             [](const ThresholdTest &t) { return t.interconnectGte.has_value(); });
        out.eccn = (pdNeeded || ioNeeded) ? QStringLiteral("unknown") : QStringLiteral("not controlled"); // notr
    }
    return out;
}

Classification classifySystem(const Classification &chip, const QString &chipName, int chipsPerUnit,
                              const ItemRule *rule, QDate date)
{
    Classification out = chip;
    out.arithmetic.prepend(Rules::tr("system with %1 × %2").arg(chipsPerUnit).arg(chipName));
    if (!chip.controlled()) {
        out.eccn = chip.known() ? QStringLiteral("not controlled") : QStringLiteral("unknown"); // notr
        return out;
    }
    if (chip.level == 'a') {
        out.eccn = rule->systemA;
    } else if (!rule->systemB.isEmpty() && (rule->systemBFrom.isNull() || date >= rule->systemBFrom)) {
        out.eccn = rule->systemB;
    } else {
        out.eccn = QStringLiteral("4A090");
        out.arithmetic << Rules::tr("4A090.b did not exist yet on this date (%1)").arg(rule->systemBCitation);
    }
    out.arithmetic << Rules::tr("Computers and assemblies containing %1 ICs are %2.").arg(chip.eccn, out.eccn);
    return out;
}

} // namespace chiptrail
