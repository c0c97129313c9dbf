// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings.h"
#include "rulebook.h"
#include "screener.h"

#include <memory>

namespace chiptrail {

struct CheckOptions
{
    std::optional<QDate> rulesAt;  // null: each link's own date
    QStringList counterfactuals;   // "ai_diffusion", "iaas_kyc"
    QDate today;                   // date for undated links; null = the current date
    // Screening decisions come with the case (CaseData::screeningDecisions).
};

// Screeners of the user's imported lists (rules/liststore.h), built once and shared by checks.
using ListScreeners = QList<std::shared_ptr<const Screener>>;
ListScreeners makeListScreeners(const QList<ScreeningList> &lists, const NameFoldingData &folding);

// Checks a whole case against the rule book. Pure: reads CaseData, returns findings.
class RuleChecker
{
public:
    // Parties are screened against the shipped Entity List entries and every list of `extra`.
    explicit RuleChecker(const RuleBook &book, ListScreeners extra = {});
    ~RuleChecker();

    const RuleBook &book() const { return m_book; }
    const Screener &screener() const { return *m_screener; }
    // Throws CaseError for an unknown counterfactual.
    CaseFindings check(const CaseData &data, const CheckOptions &options) const;

private:
    const RuleBook &m_book;
    std::unique_ptr<Screener> m_screener;
    ListScreeners m_extra;
};

// chainsummary.cpp: the hardware's paths through the case and the worst verdict on each.
QList<ChainFinding> summariseChains(const CaseData &data, const QList<LinkFinding> &links);

} // namespace chiptrail
