// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingswriter.h"

#include "ruledatatext.h"
#include "rulestr.h"

namespace chiptrail {
namespace {

QString qualityMark(const QStringList &quality)
{
    if (quality.isEmpty())
        return {};
    QStringList marks;
    for (const QString &q : quality)
        marks << (q == QLatin1String("U") ? Rules::tr("U: unverified") : q);
    return QStringLiteral(" [%1]").arg(marks.join(QStringLiteral(", ")));
}

} // namespace

QString disclaimerBody(const QString &disclaimer)
{
    static const QLatin1String heading("Not legal advice. "); // notr: matches the rule data
    return ruleDataText(disclaimer.startsWith(heading) ? disclaimer.mid(heading.size()) : disclaimer);
}

QString writeFindingsText(const CaseFindings &f)
{
    QString out;
    out += Rules::tr("NOT LEGAL ADVICE. %1").arg(disclaimerBody(f.disclaimer)) + QLatin1Char('\n');
    out += Rules::tr("Rules as of: %1").arg(f.rulesAt == QLatin1String("link") ? Rules::tr("each link's own date") : f.rulesAt);
    if (!f.counterfactuals.isEmpty())
        out += Rules::tr("; counterfactual rule sets switched on: %1").arg(f.counterfactuals.join(QStringLiteral(", ")));
    out += QStringLiteral("\n\n");
    for (const LinkFinding &l : f.links) {
        out += QStringLiteral("%1 (%2 → %3), %4: %5").arg(l.linkKey, l.fromKey, l.toKey, l.movement, toWord(l.verdict));
        if (!l.item.isEmpty())
            out += Rules::tr("; item %1").arg(l.item);
        if (!l.reviewPolicy.isEmpty())
            out += Rules::tr("; review %1").arg(l.reviewPolicy);
        out += QLatin1Char('\n');
        out += Rules::tr("  rules as of %1").arg(l.rulesAsOf.toString(Qt::ISODate));
        if (!l.flags.isEmpty())
            out += Rules::tr("; flags: %1").arg(l.flags.join(QStringLiteral(", ")));
        out += QLatin1Char('\n');
        for (const Step &s : l.steps) {
            out += QStringLiteral("  - %1%2%3").arg(s.counterfactual ? Rules::tr("[counterfactual] ") : QString(), s.text,
                                                   qualityMark(s.quality));
            if (!s.ruleId.isEmpty() || !s.citation.isEmpty())
                out += QStringLiteral("\n      ") + Rules::tr("rule %1; %2").arg(s.ruleId.isEmpty() ? QStringLiteral("-") : s.ruleId, s.citation);
            out += QLatin1Char('\n');
        }
        if (!l.evidence.isEmpty())
            out += Rules::tr("  evidence: %1").arg(l.evidence.join(QStringLiteral(", "))) + QLatin1Char('\n');
        out += QLatin1Char('\n');
    }
    for (const ChainFinding &c : f.chains) {
        out += Rules::tr("Chain %1: worst %2 (at %3); end user %4 (headquarters %5)")
                   .arg(c.partyKeys.join(QStringLiteral(" → ")), toWord(c.worst), c.worstLinkKey, c.endUserKey,
                        c.endUserHq.isEmpty() ? Rules::tr("unknown") : c.endUserHq);
        if (!c.endUserParentKey.isEmpty())
            out += Rules::tr(", ultimate parent %1").arg(c.endUserParentKey);
        out += QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    for (const PartyFinding &p : f.parties) {
        if (p.matches.isEmpty())
            continue;
        for (const ScreeningMatch &m : p.matches) {
            out += Rules::tr("Screening: %1 ~ \"%2\" (%3, listed %4), score %5, %6%7")
                       .arg(p.name, m.listedName, m.list, m.listed.toString(Qt::ISODate), QString::number(m.score, 'f', 2),
                            m.counted ? Rules::tr("match") : Rules::tr("possible match"), qualityMark({m.quality}))
                   + QLatin1Char('\n');
            out += QStringLiteral("  ") + m.reasons.join(QStringLiteral("; ")) + QLatin1Char('\n');
            if (!m.rules.isEmpty())
                out += QStringLiteral("  ") + Rules::tr("matching rules: %1").arg(m.rules.join(QStringLiteral(", "))) + QLatin1Char('\n');
        }
    }
    out += Rules::tr("Worst verdict: %1. Not legal advice.").arg(toWord(f.worst())) + QLatin1Char('\n');
    return out;
}

QString writeChangesText(const QList<FindingChange> &changes)
{
    if (changes.isEmpty())
        return Rules::tr("No finding changes.") + QLatin1Char('\n');
    QString out = Rules::tr("What changes:") + QLatin1Char('\n');
    for (const FindingChange &c : changes)
        out += QStringLiteral("  %1 %2: %3 → %4\n")
                   .arg(c.linkKey, c.field, c.before.isEmpty() ? QStringLiteral("-") : c.before,
                        c.after.isEmpty() ? QStringLiteral("-") : c.after);
    return out;
}

} // namespace chiptrail
