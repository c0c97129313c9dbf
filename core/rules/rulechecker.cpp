// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulechecker.h"

#include "caseindex.h"
#include "error.h"
#include "linkcheck_p.h"
#include "rulestr.h"
#include "sentencewords.h"

namespace chiptrail {

RuleChecker::RuleChecker(const RuleBook &book, ListScreeners extra)
    : m_book(book), m_screener(std::make_unique<Screener>(book.entityListEntries, book.folding)), m_extra(std::move(extra))
{
}

ListScreeners makeListScreeners(const QList<ScreeningList> &lists, const NameFoldingData &folding)
{
    ListScreeners out;
    for (const ScreeningList &list : lists)
        out << std::make_shared<const Screener>(list, folding);
    return out;
}

RuleChecker::~RuleChecker() = default;

namespace {

bool onEntityList(const ListEntry &e)
{
    for (const QString *text : {&e.source, &e.programs})
        if (text->contains(QLatin1String("Entity List"), Qt::CaseInsensitive) // notr
            || text->contains(QLatin1String("Military End User"), Qt::CaseInsensitive) // notr
            || text->contains(QLatin1String("Military End-User"), Qt::CaseInsensitive)) // notr
            return true;
    return false;
}

void screenParty(PartyFinding &out, const Party &party, const Screener &screener, bool shipped,
                 const EntityListRule &rule, const QList<ScreeningDecision> &decisions)
{
    for (const ScreeningHit &hit : screener.screenParty(party.name, party.aliases, rule.possibleScore)) {
        const ListEntry &e = screener.list().entries.at(hit.entry);
        ScreeningMatch m;
        m.entryId = e.id;
        m.listedName = e.name;
        m.matchedName = hit.matchedName;
        m.queryName = hit.queryName;
        m.citation = e.citation;
        m.quality = e.quality;
        m.notes = e.notes;
        m.list = shipped ? e.source : screener.list().label();
        m.listSource = shipped ? QString() : e.source;
        m.entityList = shipped || onEntityList(e);
        m.listed = e.listed;
        m.ended = e.ended;
        m.score = hit.score;
        m.counted = hit.score >= rule.matchScore;
        m.reasons = hit.reasons;
        m.rules = hit.rules;
        for (const ScreeningDecision &d : decisions) {
            if (d.party == party.id && d.entryId == e.id) {
                m.decision = d.isMatch ? QStringLiteral("match") : QStringLiteral("not_a_match");
                m.decisionReason = d.reason;
                m.counted = d.isMatch;
            }
        }
        out.matches << m;
    }
}

// A partial date ("2025-10") may straddle a rule change: check both ends, keep the worse.
LinkFinding checkLink(const Link &link, const CheckOptions &options, QDate today, const CheckContext &ctx)
{
    if (options.rulesAt && !link.dateFrom.isNull() && link.dateFrom.earliest() > *options.rulesAt) {
        // As of a date before the link, the link has not happened: no rule applies to it yet.
        LinkFinding f;
        f.link = link.id;
        f.linkKey = link.key;
        f.rulesAsOf = *options.rulesAt;
        f.verdict = Verdict::NotYetHappened;
        f.flag(QStringLiteral("not_yet_happened"));
        const Party *from = ctx.index.party(link.from), *to = ctx.index.party(link.to);
        f.fromKey = from ? from->key : QString();
        f.toKey = to ? to->key : QString();
        f.steps << Step{Rules::tr("The link is dated %1, after the as-of date %2: on that date it has not yet happened, "
                                  "so it gets no verdict.")
                            .arg(link.dateFrom.toIso(), options.rulesAt->toString(Qt::ISODate)),
                        {}, {}, {}, false};
        return f;
    }
    if (options.rulesAt) {
        LinkFinding f = checkLinkOn(link, *options.rulesAt, ctx);
        f.steps.prepend(Step{Rules::tr("Rules as of %1 (chosen), not the link's own date.")
                                 .arg(options.rulesAt->toString(Qt::ISODate)), {}, {}, {}, false});
        return f;
    }
    if (link.dateFrom.isNull()) {
        LinkFinding f = checkLinkOn(link, today, ctx);
        f.flag(QStringLiteral("undated"));
        f.steps.prepend(Step{Rules::tr("The link has no date: rules as of %1.").arg(today.toString(Qt::ISODate)),
                             {}, {}, {QStringLiteral("U")}, false});
        return f;
    }
    const QDate first = link.dateFrom.earliest(), last = link.dateFrom.latest();
    LinkFinding a = checkLinkOn(link, first, ctx);
    if (first == last)
        return a;
    LinkFinding b = checkLinkOn(link, last, ctx);
    if (a.verdict == b.verdict && a.item == b.item && a.flags == b.flags && a.reviewPolicy == b.reviewPolicy)
        return a;
    LinkFinding &w = worse(b.verdict, a.verdict) ? b : a;
    w.flag(QStringLiteral("date_imprecise"));
    w.steps.prepend(Step{Rules::tr("The date %1 spans a rule change: %2 on %3, %4 on %5; the worse is shown.")
                             .arg(link.dateFrom.toIso(), sentenceWord(a.verdict), first.toString(Qt::ISODate),
                                  sentenceWord(b.verdict), last.toString(Qt::ISODate)),
                         {}, {}, {QStringLiteral("U")}, false});
    return w;
}

} // namespace

CaseFindings RuleChecker::check(const CaseData &data, const CheckOptions &options) const
{
    for (const QString &cf : options.counterfactuals)
        if (!m_book.counterfactualIds().contains(cf))
            throw CaseError(Rules::tr("unknown counterfactual rule set \"%1\" (known: %2)")
                                .arg(cf, m_book.counterfactualIds().join(QStringLiteral(", "))));
    CaseFindings out;
    out.rulesAt = options.rulesAt ? options.rulesAt->toString(Qt::ISODate) : QStringLiteral("link");
    out.counterfactuals = options.counterfactuals;
    out.disclaimer = m_book.disclaimer;
    out.qualityTags = m_book.qualityTags;

    const CaseIndex index(data);
    CheckContext ctx{m_book, index, {}, options.counterfactuals};
    for (const Party &party : data.parties) {
        PartyFinding pf{party.key, party.name, {}};
        screenParty(pf, party, *m_screener, true, m_book.entityList, data.screeningDecisions);
        for (const auto &extra : m_extra)
            screenParty(pf, party, *extra, false, m_book.entityList, data.screeningDecisions);
        ctx.matches.insert(party.id.value, pf.matches);
        out.parties << pf;
    }
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    out.links.reserve(data.links.size());
    for (const Link &link : data.links)
        out.links << checkLink(link, options, today, ctx);
    out.chains = summariseChains(data, out.links);
    return out;
}

} // namespace chiptrail
