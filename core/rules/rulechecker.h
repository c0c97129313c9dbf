// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings.h"
#include "rulebook.h"
#include "screener.h"

#include <memory>

namespace chiptrail {

// A user's decision on a screening hit, kept in the case: "this is (not) the listed party".
struct ScreeningDecision
{
    QString partyKey;
    QString entryId;
    bool isMatch = false;
    QString reason;
};

struct CheckOptions
{
    std::optional<QDate> rulesAt;  // null: each link's own date
    QStringList counterfactuals;   // "ai_diffusion", "iaas_kyc"
    QDate today;                   // date for undated links; null = the current date
    QList<ScreeningDecision> decisions;
};

// Checks a whole case against the rule book. Pure: reads CaseData, returns findings.
class RuleChecker
{
public:
    explicit RuleChecker(const RuleBook &book);
    ~RuleChecker();

    const RuleBook &book() const { return m_book; }
    const Screener &screener() const { return *m_screener; }
    // Throws CaseError for an unknown counterfactual.
    CaseFindings check(const CaseData &data, const CheckOptions &options) const;

private:
    const RuleBook &m_book;
    std::unique_ptr<Screener> m_screener;
};

// chainsummary.cpp: the hardware's paths through the case and the worst verdict on each.
QList<ChainFinding> summariseChains(const CaseData &data, const QList<LinkFinding> &links);

} // namespace chiptrail
