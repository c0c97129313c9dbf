// SPDX-License-Identifier: GPL-3.0-or-later
// Reads rulesets.json: one typed configuration per evaluator, validated on load so a wrong
// threshold fails when the rules are read, not in the middle of a check.
#include "rulebook.h"

#include "error.h"
#include "jsonfield.h"
#include "rulestr.h"

namespace chiptrail {

void loadRuleData(RuleBook &book, const QString &directory); // rulebook_data.cpp

Places readPlaces(const JsonField &field)
{
    Places places;
    for (const QString &item : field.strings()) {
        if (item.contains(QLatin1Char(':')))
            places.groups << item;
        else
            places.countries << item;
    }
    return places;
}

namespace {

Cite readCite(const JsonField &f)
{
    return {f[QStringLiteral("citation")].optString(), f[QStringLiteral("quality")].optString()};
}

RuleRef readRef(const JsonField &f)
{
    RuleRef r;
    r.id = f[QStringLiteral("id")].string();
    r.title = f[QStringLiteral("title")].string();
    r.evaluator = f[QStringLiteral("evaluator")].string();
    r.from = f[QStringLiteral("effective_from")].optDate();
    r.to = f[QStringLiteral("effective_to")].optDate();
    r.citation = f[QStringLiteral("citation")].string();
    r.quality = f[QStringLiteral("quality")].string();
    r.status = f[QStringLiteral("status")].optString();
    static const QStringList tags{QStringLiteral("P"), QStringLiteral("P*"), QStringLiteral("S"),
                                  QStringLiteral("C"), QStringLiteral("U")};
    if (!tags.contains(r.quality))
        f[QStringLiteral("quality")].fail(Rules::tr("expected one of P, P*, S, C, U"));
    if (r.from.isValid() && r.to.isValid() && r.to < r.from)
        f[QStringLiteral("effective_to")].fail(Rules::tr("ends before it starts"));
    return r;
}

QList<ThresholdTest> readTests(const JsonField &f)
{
    QList<ThresholdTest> tests;
    for (qsizetype i = 0; i < f.size(); ++i) {
        const JsonField t = f.at(i);
        ThresholdTest test{t[QStringLiteral("tpp_gte")].optNumber(), t[QStringLiteral("tpp_lt")].optNumber(),
                           t[QStringLiteral("pd_gte")].optNumber(), t[QStringLiteral("pd_lt")].optNumber(),
                           t[QStringLiteral("interconnect_gbps_gte")].optNumber()};
        if (!test.tppGte && !test.tppLt && !test.pdGte && !test.pdLt && !test.interconnectGte)
            t.fail(Rules::tr("a test needs at least one bound"));
        tests << test;
    }
    return tests;
}

ItemRule readItem(const RuleRef &ref, const JsonField &f)
{
    const JsonField item = f[QStringLiteral("item")];
    ItemRule r;
    r.rule = ref;
    r.eccnA = item[QStringLiteral("eccn_a")].string();
    r.eccnB = item[QStringLiteral("eccn_b")].optString();
    r.systemA = item[QStringLiteral("system_a")].string();
    r.systemB = item[QStringLiteral("system_b")].optString();
    r.systemBFrom = item[QStringLiteral("system_b_from")].optDate();
    r.systemBCitation = item[QStringLiteral("system_b_citation")].optString();
    r.aAnyOf = readTests(item[QStringLiteral("a_any_of")]);
    r.bAnyOf = readTests(item[QStringLiteral("b_any_of")]);
    if (r.aAnyOf.isEmpty())
        item[QStringLiteral("a_any_of")].fail(Rules::tr("at least one test is required"));
    if (!r.bAnyOf.isEmpty() && r.eccnB.isEmpty())
        item[QStringLiteral("eccn_b")].fail(Rules::tr("required when b_any_of is given"));
    if (item[QStringLiteral("note2")].present())
        r.note2TppLt = item[QStringLiteral("note2")][QStringLiteral("tpp_lt")].number();
    return r;
}

DestinationRule readDestination(const RuleRef &ref, const JsonField &f)
{
    DestinationRule d;
    d.rule = ref;
    const JsonField dest = f[QStringLiteral("destinations")];
    if (dest.value().isArray()) {
        for (qsizetype i = 0; i < dest.size(); ++i) {
            const JsonField c = dest.at(i);
            d.countries << DatedCountry{c[QStringLiteral("country")].string(),
                                        c[QStringLiteral("from")].date(), readCite(c)};
        }
    } else {
        d.places = readPlaces(dest[QStringLiteral("country_groups")]);
        d.places.countries = dest[QStringLiteral("countries_extra")].strings();
        d.excludeGroups = dest[QStringLiteral("exclude_if_also_in")].strings();
    }
    const JsonField eu = f[QStringLiteral("end_user")];
    if (eu.present()) {
        d.hqIn = readPlaces(eu[QStringLiteral("headquartered_or_ultimate_parent_in")]);
        d.hqBasis = {eu[QStringLiteral("legal_basis")].string(), eu[QStringLiteral("quality")].string()};
        const JsonField control = eu[QStringLiteral("parent_control")];
        if (control.present()) {
            d.parentControlPct = control[QStringLiteral("owned_pct_gte")].number();
            if (*d.parentControlPct <= 0 || *d.parentControlPct > 100)
                control[QStringLiteral("owned_pct_gte")].fail(Rules::tr("expected a share above 0 and at most 100"));
            d.parentControl = readCite(control);
        }
        const JsonField conf = eu[QStringLiteral("confirmed_by")];
        if (conf.present()) {
            d.hqConfirmedOn = conf[QStringLiteral("date")].date();
            d.hqConfirmation = readCite(conf);
        }
    }
    const JsonField rp = f[QStringLiteral("review_policy")];
    d.review = readCite(rp);
    d.denialFor = readPlaces(rp[QStringLiteral("denial_for")]);
    d.denialPolicy = rp[QStringLiteral("denial")].optString();
    d.otherwisePolicy = rp[QStringLiteral("otherwise")].optString();
    if (d.denialPolicy.isEmpty())
        d.denialPolicy = rp[QStringLiteral("policy")].string();
    const JsonField ex = f[QStringLiteral("license_exceptions")];
    if (ex.present()) {
        d.exceptions = readCite(ex);
        d.acaFrom = ex[QStringLiteral("aca_from")].optDate();
    }
    return d;
}

void readRuleset(RuleBook &book, const JsonField &f, bool counterfactual)
{
    RuleRef ref = readRef(f);
    if (book.rule(ref.id))
        f[QStringLiteral("id")].fail(Rules::tr("duplicate rule id \"%1\"").arg(ref.id));
    const QString &ev = ref.evaluator;
    if (counterfactual) {
        ref.id = f[QStringLiteral("id")].string();
        if (ref.status.isEmpty())
            f[QStringLiteral("status")].fail(Rules::tr("a counterfactual must say why it is not the law"));
    }
    book.allRules << ref;
    if (ev == QLatin1String("item")) {
        book.itemRules << readItem(ref, f);
        book.destinationRules << readDestination(ref, f);
    } else if (ev == QLatin1String("is_informed")) {
        IsInformedRule r{ref, f[QStringLiteral("models")].strings(),
                         f[QStringLiteral("memory_bw_gbps_gte")].number(),
                         f[QStringLiteral("interconnect_gbps_gte")].number(), {}, {}, {}, {}, {}};
        r.destinations = readPlaces(f[QStringLiteral("destinations")][QStringLiteral("country_groups")]);
        r.destinations.countries = f[QStringLiteral("destinations")][QStringLiteral("countries")].strings();
        r.hqIn = readPlaces(f[QStringLiteral("end_user")][QStringLiteral("headquartered_or_ultimate_parent_in")]);
        const JsonField rp = f[QStringLiteral("review_policy")];
        r.laterPolicy = rp[QStringLiteral("policy")].optString();
        r.laterPolicyFrom = rp[QStringLiteral("from")].optDate();
        r.laterPolicyCite = {rp[QStringLiteral("note")].optString(), rp[QStringLiteral("quality")].optString()};
        book.isInformed = r;
    } else if (ev == QLatin1String("bis_guidance_2025")) {
        book.guidance = GuidanceRule{ref, f[QStringLiteral("prc_ics")].strings(),
                                     readPlaces(f[QStringLiteral("iaas_headquartered_in")])};
    } else if (ev == QLatin1String("remote_access")) {
        book.remoteAccess = RemoteAccessRule{ref, readPlaces(f[QStringLiteral("tenant_headquartered_in")])};
    } else if (ev == QLatin1String("review_2026")) {
        book.reviewBand = ReviewBandRule{ref,
                                         f[QStringLiteral("destinations")].strings(),
                                         f[QStringLiteral("tpp_lt")].number(),
                                         f[QStringLiteral("dram_bw_gbps_lt")].number(),
                                         f[QStringLiteral("policy")].string(),
                                         f[QStringLiteral("conditions")].optString(),
                                         readPlaces(f[QStringLiteral("denial_kept_for_hq_in")])};
    } else if (ev == QLatin1String("entity_list")) {
        book.entityList = EntityListRule{ref, f[QStringLiteral("policy")].string(),
                                         f[QStringLiteral("tie_link_kinds")].strings(),
                                         f[QStringLiteral("match_score")].number(),
                                         f[QStringLiteral("possible_score")].number()};
        if (book.entityList.possibleScore > book.entityList.matchScore)
            f[QStringLiteral("possible_score")].fail(Rules::tr("must not exceed match_score"));
    } else if (ev == QLatin1String("affiliates")) {
        book.affiliates = AffiliatesRule{ref, f[QStringLiteral("owned_pct_gte")].number()};
        if (book.affiliates->ownedPctGte <= 0 || book.affiliates->ownedPctGte > 100)
            f[QStringLiteral("owned_pct_gte")].fail(Rules::tr("expected a share above 0 and at most 100"));
    } else if (ev == QLatin1String("local_permit")) {
        book.localPermits << LocalPermitRule{ref, f[QStringLiteral("jurisdiction")].string(),
                                             f[QStringLiteral("flag")].string()};
    } else if (ev == QLatin1String("ai_diffusion")) {
        AiDiffusionRule r{ref, f[QStringLiteral("tier1")].strings(), f[QStringLiteral("tier1_quality")].string(),
                          {}, f[QStringLiteral("h100_equivalent_tpp")].number(),
                          f[QStringLiteral("lpp_h100_equivalents")].number(),
                          f[QStringLiteral("country_cap_tpp")].number()};
        r.tier3 = readPlaces(f[QStringLiteral("tier3_groups")]);
        r.tier3.countries = f[QStringLiteral("tier3_countries")].strings();
        book.aiDiffusion = r;
    } else if (ev == QLatin1String("iaas_kyc")) {
        book.iaasKyc = IaasKycRule{ref, f[QStringLiteral("provider_countries")].strings()};
    } else if (ev != QLatin1String("not_evaluated")) {
        f[QStringLiteral("evaluator")].fail(Rules::tr("unknown evaluator \"%1\"").arg(ev));
    }
}

} // namespace

RuleBook RuleBook::load(const QString &directory)
{
    RuleBook book;
    const JsonField root = JsonField::parseFile(directory + QStringLiteral("/rulesets.json"),
                                                QStringLiteral("rulesets.json"));
    if (root[QStringLiteral("format")].string() != QLatin1String("chiptrail-rules"))
        root[QStringLiteral("format")].fail(Rules::tr("expected \"chiptrail-rules\""));
    book.disclaimer = root[QStringLiteral("disclaimer")].string();
    const JsonField tags = root[QStringLiteral("quality_tags")];
    for (const QString &tag : tags.keys())
        book.qualityTags.insert(tag, tags[tag].string());
    const JsonField sets = root[QStringLiteral("rulesets")];
    for (qsizetype i = 0; i < sets.size(); ++i)
        readRuleset(book, sets.at(i), false);
    const JsonField cfs = root[QStringLiteral("counterfactuals")];
    for (qsizetype i = 0; i < cfs.size(); ++i)
        readRuleset(book, cfs.at(i), true);
    if (book.itemRules.isEmpty())
        sets.fail(Rules::tr("no rule set with evaluator \"item\""));
    if (book.entityList.rule.id.isEmpty())
        sets.fail(Rules::tr("no rule set with evaluator \"entity_list\""));
    loadRuleData(book, directory);
    return book;
}

const RuleRef *RuleBook::rule(const QString &id) const
{
    for (const RuleRef &r : allRules)
        if (r.id == id)
            return &r;
    return nullptr;
}

const ItemRule *RuleBook::itemRuleAt(QDate date) const
{
    for (const ItemRule &r : itemRules)
        if (r.rule.inForce(date))
            return &r;
    return nullptr;
}

const DestinationRule *RuleBook::destinationRuleAt(QDate date) const
{
    for (const DestinationRule &r : destinationRules)
        if (r.rule.inForce(date))
            return &r;
    return nullptr;
}

const ReferenceChip *RuleBook::referenceChip(const QString &nameOrKey) const
{
    for (const ReferenceChip &c : chips) {
        if (c.key.compare(nameOrKey, Qt::CaseInsensitive) == 0)
            return &c;
        for (const QString &alias : c.aliases)
            if (alias.compare(nameOrKey, Qt::CaseInsensitive) == 0)
                return &c;
    }
    return nullptr;
}

QStringList RuleBook::counterfactualIds() const
{
    QStringList ids;
    if (aiDiffusion)
        ids << aiDiffusion->rule.id;
    if (iaasKyc)
        ids << iaasKyc->rule.id;
    return ids;
}

} // namespace chiptrail
