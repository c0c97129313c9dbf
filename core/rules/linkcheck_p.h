// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the checker: the facts of one link on one date, shared by its evaluators.
#pragma once

#include "caseindex.h"
#include "chipclassifier.h"
#include "findings.h"
#include "rulebook.h"

namespace chiptrail {

struct CheckContext
{
    const RuleBook &book;
    const CaseIndex &index;
    QHash<qint64, QList<ScreeningMatch>> matches; // party id -> screening matches (decisions applied)
    QStringList counterfactuals;
    bool counterfactual(const QString &id) const { return counterfactuals.contains(id); }
    // Counted matches of a party on a date (listed by then, not yet delisted).
    QList<ScreeningMatch> listedOn(const Party &party, QDate date) const;
    // The share that makes an owner a parent under the headquarters rule on `date`, if any.
    std::optional<double> parentControlOn(QDate date) const;
};

struct LinkFacts
{
    LinkFacts(const Link &l, QDate d) : link(l), date(d) {}
    const Link &link;
    QDate date;
    const Party *from = nullptr, *to = nullptr;
    const Product *product = nullptr, *chip = nullptr;
    // The chip's figures: the case's own, or the shipped reference chip's (chips.json) when the
    // case names the model but gives no TPP. `reference` says which.
    ChipSpec spec;
    const ReferenceChip *reference = nullptr;
    bool hasChip() const { return chip || reference; }
    QString chipName() const;
    const Site *site = nullptr;
    QString origin, destination;
    bool originAssumed = false;
    Classification item, chipItem;
    qint64 chips = 0; // chips moved or made available by the link
    const Party *hqParty = nullptr; // the end user or parent whose headquarters counts
    QString hqMatch;                // the group or country it matched ("D:5")
    QStringList policies;           // review policies met, worst chosen at the end
    int reviewStep = -1;            // the destination rule's review step, which a later policy replaces
    bool exportLike() const;        // export or reexport
};

Step makeStep(const QString &text, const RuleRef &rule, const QStringList &extraQuality = {});
Step makeStep(const QString &text, const QString &ruleId, const Cite &cite);
QString countryText(const QString &iso);
QString partyText(const Party *party);
// "NVIDIA Corporation" and "Nvidia" are one company: case, punctuation and legal forms folded.
bool sameCompanyName(const QString &a, const QString &b, const NameFoldingData &folding);
// Fills facts.spec and facts.reference from the case or from the shipped reference chips.
void resolveChip(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);

// linkoverlays.cpp
void applySpecialRules(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);
void applyCounterfactuals(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);
void applyRemoteAccess(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);
// redflags.cpp
void applyTies(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);
// affiliates.cpp
void applyAffiliatesRule(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx, bool exportLike);
void applyRedFlags(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);

LinkFinding checkLinkOn(const Link &link, QDate date, const CheckContext &ctx);

} // namespace chiptrail
