// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace chiptrail {

// Stable words: they are written to JSON, used by the CLI's exit code and by the GUI. Keep them.
// not_yet_happened: the link is dated after the as-of date, so no rule applies to it yet.
// license_required_if_confirmed: a licence is needed if a possible list match (a score under the
// match threshold) is confirmed; until a reader decides, the verdict says so.
enum class Verdict { NotYetHappened, NotAnExport, NoLicenseRequired, LicenseRequiredIfConfirmed, LicenseRequired };
QString toWord(Verdict verdict);
// Worse verdicts compare greater: license_required > license_required_if_confirmed >
// no_license_required > not_an_export > not_yet_happened.
inline bool worse(Verdict a, Verdict b) { return static_cast<int>(a) > static_cast<int>(b); }

// One line of reasoning: what was found, under which rule, from which source of what quality.
struct Step
{
    QString text;
    QString ruleId;
    QString citation;
    QStringList quality; // "P", "P*", "S", "C", "U"; "U" is shown as unverified
    bool counterfactual = false;
};

struct LinkFinding
{
    LinkId link;
    QString linkKey, fromKey, toKey;
    QDate rulesAsOf;
    QString movement; // export, reexport, in_country, remote_access, tie
    QString destination; // ISO country; empty when unknown
    Verdict verdict = Verdict::NotAnExport;
    QString item;         // "3A090.a", "4A090.a", "not controlled", "unknown", or empty for ties
    QString reviewPolicy; // presumption_of_denial, presumption_of_approval, case_by_case or empty
    QStringList flags;    // stable words, see docs/rules.md
    QList<Step> steps;
    QStringList evidence; // note keys
    QString endUserKey, endUserParentKey, endUserHq;

    void flag(const QString &word)
    {
        if (!flags.contains(word))
            flags << word;
    }
};

struct ScreeningMatch
{
    QString entryId, listedName, matchedName, queryName, citation, quality, notes;
    QString list;       // the list and its date: "Consolidated Screening List, downloaded 2026-11-20"
    QString listSource; // imported lists: the part of the list the entry is on ("Entity List (EL) - …")
    // On the Entity List or the Military End-User List, whose hits the Entity List rule judges;
    // other lists (SDN, OpenSanctions datasets) give a red flag, not a licence requirement.
    bool entityList = true;
    QDate listed, ended;
    double score = 0;
    bool counted = false; // a match (score or decision), not only "possible"
    QString decision;      // "match", "not_a_match" or empty
    QString decisionReason;
    QStringList reasons;
    QStringList rules; // stable words of the matching rules that made the score (docs/rules.md)
};

struct PartyFinding
{
    QString partyKey, name;
    QList<ScreeningMatch> matches;
};

struct ChainFinding
{
    QStringList linkKeys;
    QStringList partyKeys;
    Verdict worst = Verdict::NotAnExport;
    QString worstLinkKey;
    QString endUserKey, endUserParentKey, endUserHq;
};

struct CaseFindings
{
    QString rulesAt; // "link" or an ISO date
    QStringList counterfactuals;
    QString disclaimer;
    QHash<QString, QString> qualityTags;
    QList<LinkFinding> links;
    QList<ChainFinding> chains;
    QList<PartyFinding> parties;
    Verdict worst() const;
};

// What switching rules (or dates) changed, link by link.
struct FindingChange
{
    QString linkKey, field, before, after;
};
QList<FindingChange> diffFindings(const CaseFindings &before, const CaseFindings &after);

} // namespace chiptrail
