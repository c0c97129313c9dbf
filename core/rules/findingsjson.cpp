// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingswriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace chiptrail {
namespace {

QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }

QJsonObject stepJson(const Step &s)
{
    QJsonObject o{{QStringLiteral("text"), s.text}};
    if (!s.ruleId.isEmpty())
        o.insert(QStringLiteral("rule"), s.ruleId);
    if (!s.citation.isEmpty())
        o.insert(QStringLiteral("citation"), s.citation);
    if (!s.quality.isEmpty())
        o.insert(QStringLiteral("quality"), strings(s.quality));
    if (s.quality.contains(QLatin1String("U")))
        o.insert(QStringLiteral("unverified"), true);
    if (s.counterfactual)
        o.insert(QStringLiteral("counterfactual"), true);
    return o;
}

QJsonObject linkJson(const LinkFinding &l)
{
    QJsonArray steps;
    for (const Step &s : l.steps)
        steps << stepJson(s);
    QJsonObject o{{QStringLiteral("link"), l.linkKey},
                  {QStringLiteral("from"), l.fromKey},
                  {QStringLiteral("to"), l.toKey},
                  {QStringLiteral("rules_as_of"), l.rulesAsOf.toString(Qt::ISODate)},
                  {QStringLiteral("movement"), l.movement},
                  {QStringLiteral("verdict"), toWord(l.verdict)},
                  {QStringLiteral("flags"), strings(l.flags)},
                  {QStringLiteral("steps"), steps},
                  {QStringLiteral("evidence"), strings(l.evidence)}};
    if (!l.item.isEmpty())
        o.insert(QStringLiteral("item"), l.item);
    if (!l.destination.isEmpty())
        o.insert(QStringLiteral("destination"), l.destination);
    if (!l.reviewPolicy.isEmpty())
        o.insert(QStringLiteral("review_policy"), l.reviewPolicy);
    if (!l.endUserKey.isEmpty())
        o.insert(QStringLiteral("end_user"), l.endUserKey);
    return o;
}

QJsonObject matchJson(const ScreeningMatch &m)
{
    QJsonObject o{{QStringLiteral("entry"), m.entryId},
                  {QStringLiteral("listed_name"), m.listedName},
                  {QStringLiteral("matched_name"), m.matchedName},
                  {QStringLiteral("screened_name"), m.queryName},
                  {QStringLiteral("list"), m.list},
                  {QStringLiteral("listed"), m.listed.toString(Qt::ISODate)},
                  {QStringLiteral("citation"), m.citation},
                  {QStringLiteral("quality"), m.quality},
                  {QStringLiteral("score"), qRound(m.score * 1000) / 1000.0},
                  {QStringLiteral("status"), m.counted ? QStringLiteral("match") : QStringLiteral("possible")},
                  {QStringLiteral("reasons"), strings(m.reasons)},
                  {QStringLiteral("match_rules"), strings(m.rules)}};
    if (!m.listSource.isEmpty())
        o.insert(QStringLiteral("list_source"), m.listSource);
    if (m.ended.isValid())
        o.insert(QStringLiteral("ended"), m.ended.toString(Qt::ISODate));
    if (!m.entityList)
        o.insert(QStringLiteral("entity_list"), false);
    if (!m.decision.isEmpty()) {
        o.insert(QStringLiteral("decision"), m.decision);
        o.insert(QStringLiteral("decision_reason"), m.decisionReason);
    }
    return o;
}

} // namespace

QJsonObject findingsToJson(const CaseFindings &f)
{
    QJsonArray links, chains, parties;
    for (const LinkFinding &l : f.links)
        links << linkJson(l);
    for (const ChainFinding &c : f.chains) {
        QJsonObject o{{QStringLiteral("links"), strings(c.linkKeys)},
                      {QStringLiteral("parties"), strings(c.partyKeys)},
                      {QStringLiteral("worst_verdict"), toWord(c.worst)},
                      {QStringLiteral("worst_link"), c.worstLinkKey},
                      {QStringLiteral("end_user"), c.endUserKey},
                      {QStringLiteral("end_user_headquarters"), c.endUserHq}};
        if (!c.endUserParentKey.isEmpty())
            o.insert(QStringLiteral("end_user_ultimate_parent"), c.endUserParentKey);
        chains << o;
    }
    for (const PartyFinding &p : f.parties) {
        QJsonArray matches;
        for (const ScreeningMatch &m : p.matches)
            matches << matchJson(m);
        parties << QJsonObject{{QStringLiteral("party"), p.partyKey}, {QStringLiteral("screening"), matches}};
    }
    QJsonObject tags;
    for (auto it = f.qualityTags.cbegin(); it != f.qualityTags.cend(); ++it)
        tags.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("chiptrail-findings")},
                       {QStringLiteral("format_version"), 1},
                       {QStringLiteral("not_legal_advice"), f.disclaimer},
                       {QStringLiteral("quality_tags"), tags},
                       {QStringLiteral("rules_as_of"), f.rulesAt},
                       {QStringLiteral("counterfactuals"), strings(f.counterfactuals)},
                       {QStringLiteral("worst_verdict"), toWord(f.worst())},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("chains"), chains},
                       {QStringLiteral("parties"), parties}};
}

QByteArray writeFindingsJson(const CaseFindings &findings)
{
    return QJsonDocument(findingsToJson(findings)).toJson(QJsonDocument::Indented);
}

QJsonArray changesToJson(const QList<FindingChange> &changes)
{
    QJsonArray out;
    for (const FindingChange &c : changes)
        out << QJsonObject{{QStringLiteral("link"), c.linkKey},
                           {QStringLiteral("field"), c.field},
                           {QStringLiteral("before"), c.before},
                           {QStringLiteral("after"), c.after}};
    return out;
}

} // namespace chiptrail
