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
};

struct LinkFacts
{
    LinkFacts(const Link &l, QDate d) : link(l), date(d) {}
    const Link &link;
    QDate date;
    const Party *from = nullptr, *to = nullptr;
    const Product *product = nullptr, *chip = nullptr;
    const Site *site = nullptr;
    QString origin, destination;
    bool originAssumed = false;
    Classification item, chipItem;
    qint64 chips = 0; // chips moved or made available by the link
    const Party *hqParty = nullptr; // the end user or parent whose headquarters counts
    QString hqMatch;                // the group or country it matched ("D:5")
    QStringList policies;           // review policies met, worst chosen at the end
    bool exportLike() const;        // export or reexport
};

Step makeStep(const QString &text, const RuleRef &rule, const QStringList &extraQuality = {});
Step makeStep(const QString &text, const QString &ruleId, const Cite &cite);
QString countryText(const QString &iso);
QString partyText(const Party *party);

// linkoverlays.cpp
void applySpecialRules(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);
void applyCounterfactuals(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);
void applyRemoteAccess(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);
// redflags.cpp
void applyTies(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);
void applyRedFlags(LinkFacts &facts, LinkFinding &finding, const CheckContext &ctx);

LinkFinding checkLinkOn(const Link &link, QDate date, const CheckContext &ctx);

} // namespace chiptrail
