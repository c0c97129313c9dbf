// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruledatatext.h"

#include <QCoreApplication>
#include <QSet>

namespace chiptrail {
namespace {

// The shipped wording of resources/rules/rulesets.json, listed for lupdate. A changed text in the
// data falls back to English until it is listed here and translated (tests/rules checks this).
const char *const shippedTexts[] = {
    // The disclaimer after its "Not legal advice." heading (see disclaimerBody()).
    QT_TRANSLATE_NOOP("RuleData", "ChipTrail compares the facts of a case with public summaries of export rules; "
                                  "the official texts (Federal Register, CFR, the lists themselves) control, and the "
                                  "facts marked unverified must be checked before anyone relies on them."),
    QT_TRANSLATE_NOOP("RuleData", "Advanced computing ICs (ECCN 3A090/4A090), original rule"),
    QT_TRANSLATE_NOOP("RuleData", "Advanced computing ICs, revised thresholds (TPP and performance density); destination and headquarters expansion"),
    QT_TRANSLATE_NOOP("RuleData", "HBM controls (3A090.c) and FDP refinements"),
    QT_TRANSLATE_NOOP("RuleData", "Cases do not record memory stacks as products; HBM co-packaged with a logic IC is excluded from 3A090.c."),
    QT_TRANSLATE_NOOP("RuleData", "Is-informed licence requirement for NVIDIA H20 / AMD MI308 and equivalents"),
    QT_TRANSLATE_NOOP("RuleData", "BIS guidance of May 13, 2025 (GP10 and Ascend chips, AI-training policy statement incl. IaaS, diversion red flags)"),
    QT_TRANSLATE_NOOP("RuleData", "Remote or cloud access to chips located abroad (the cloud loophole)"),
    QT_TRANSLATE_NOOP("RuleData", "Case-by-case licence review for China/Macau, H200 class"),
    QT_TRANSLATE_NOOP("RuleData", "commercially available in the US; exporter certifies US supply sufficiency, no diversion of foundry capacity, recipient security procedures and independent third-party testing in the US"),
    QT_TRANSLATE_NOOP("RuleData", "Entity List (Supplement No. 4 to 15 CFR Part 744)"),
    QT_TRANSLATE_NOOP("RuleData", "Affiliates (50 %) Rule"),
    QT_TRANSLATE_NOOP("RuleData", "suspended from 2025-11-10 for one year (to 2026-11-10) as part of a U.S.-China arrangement"),
    QT_TRANSLATE_NOOP("RuleData", "Malaysia: Strategic Trade Permit for US-origin high-performance AI chips (local rule)"),
    QT_TRANSLATE_NOOP("RuleData", "Foundry/OSAT due-diligence rule"),
    QT_TRANSLATE_NOOP("RuleData", "Concerns foundries and packagers, not the links a case records."),
    QT_TRANSLATE_NOOP("RuleData", "AI Diffusion Rule as if enforced"),
    QT_TRANSLATE_NOOP("RuleData", "never enforced: BIS announced rescission and non-enforcement on 2025-05-13"),
    QT_TRANSLATE_NOOP("RuleData", "Proposed IaaS KYC rule"),
    QT_TRANSLATE_NOOP("RuleData", "proposed only; no final rule found"),
};

} // namespace

bool hasRuleDataTranslation(const QString &text)
{
    static const QSet<QString> known = [] {
        QSet<QString> set;
        for (const char *text : shippedTexts)
            set.insert(QString::fromUtf8(text));
        return set;
    }();
    return known.contains(text);
}

QString ruleDataText(const QString &text)
{
    return hasRuleDataTranslation(text) ? QCoreApplication::translate("RuleData", text.toUtf8().constData()) : text;
}

} // namespace chiptrail
