// SPDX-License-Identifier: GPL-3.0-or-later
// Rule paths of issue 17, one scenario each, built as a small case and checked against the rule
// reference (../shared/rules/export_rules.md) with the citation the verdict rests on.
#include "rules/findingswriter.h"
#include "rules/rulechecker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace chiptrail;

namespace {

// A case of a few parties and one product, written the way a reader enters it.
struct Scenario
{
    CaseData data;
    qint64 next = 1;

    PartyId party(const char *key, const char *name, PartyRole role, const char *hq)
    {
        Party p;
        p.id = PartyId(next++);
        p.key = QString::fromUtf8(key);
        p.name = QString::fromUtf8(name);
        p.role = role;
        p.headquartersCountry = QString::fromLatin1(hq);
        data.parties << p;
        return p.id;
    }
    ProductId chip(const char *key, const char *name, const char *vendor, std::optional<double> tpp = {},
                   std::optional<double> pd = {}, std::optional<double> memoryBw = {})
    {
        Product p;
        p.id = ProductId(next++);
        p.key = QString::fromUtf8(key);
        p.name = QString::fromUtf8(name);
        p.vendor = QString::fromUtf8(vendor);
        p.kind = ProductKind::Chip;
        p.chip.tpp = tpp;
        p.chip.performanceDensity = pd;
        p.chip.dieAreaMm2 = tpp && pd ? std::optional<double>(*tpp / *pd) : std::nullopt;
        p.chip.memoryBandwidthGBps = memoryBw;
        p.confidence = Confidence::Confirmed;
        data.products << p;
        return p.id;
    }
    Link &link(const char *key, LinkKind kind, PartyId from, PartyId to, const char *date, std::optional<ProductId> product = {})
    {
        Link l;
        l.id = LinkId(next++);
        l.key = QString::fromUtf8(key);
        l.kind = kind;
        l.from = from;
        l.to = to;
        l.product = product;
        l.quantity = 1000;
        l.dateFrom = *PartialDate::fromIso(QString::fromLatin1(date));
        l.confidence = Confidence::Confirmed;
        data.links << l;
        return data.links.last();
    }
};

const LinkFinding &find(const CaseFindings &f, const char *key)
{
    for (const LinkFinding &l : f.links)
        if (l.linkKey == QLatin1String(key))
            return l;
    qFatal("no finding for %s", key);
}

const Step *citing(const LinkFinding &l, const char *ruleId, const char *saying = "")
{
    for (const Step &s : l.steps)
        if (s.ruleId == QLatin1String(ruleId) && s.text.contains(QLatin1String(saying)))
            return &s;
    return nullptr;
}

QString allSteps(const LinkFinding &l)
{
    QStringList out;
    for (const Step &s : l.steps)
        out << s.text;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestRulePaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_book = RuleBook::load();
        m_checker = std::make_unique<RuleChecker>(m_book);
        m_options.today = QDate(2026, 6, 1);
    }

    // Reference 2.1 item 3: from 2023-11-17 a licence is needed for 3A090 to any D:1/D:4/D:5
    // destination not in A:5/A:6 (88 FR 73458), for an export, reexport or transfer alike.
    void unknownOriginKeepsTheDestinationRule_data()
    {
        QTest::addColumn<QString>("sellerHq");
        QTest::addColumn<QString>("movement");
        QTest::newRow("seller without a country") << QString() << QStringLiteral("unknown");
        QTest::newRow("seller in Singapore") << QStringLiteral("SG") << QStringLiteral("reexport");
        // An origin only assumed from the seller's home must not make the sale "inside China".
        QTest::newRow("seller in China") << QStringLiteral("CN") << QStringLiteral("unknown");
    }
    void unknownOriginKeepsTheDestinationRule()
    {
        QFETCH(QString, sellerHq);
        QFETCH(QString, movement);
        Scenario s;
        const PartyId seller = s.party("broker", "Broker", PartyRole::Distributor, "");
        s.data.parties.last().headquartersCountry = sellerHq;
        const PartyId buyer = s.party("buyer", "Buyer K.K.", PartyRole::DataCentreOperator, "JP");
        const ProductId h100 = s.chip("h100x", "Accelerator X", "Vendor", 15832, 19.45, 3350);
        s.link("sale", LinkKind::Sale, seller, buyer, "2024-03-01", h100).shipToCountry = QStringLiteral("CN");
        const CaseFindings f = m_checker->check(s.data, m_options);
        const LinkFinding &l = find(f, "sale");
        QCOMPARE(l.movement, movement);
        QCOMPARE(toWord(l.verdict), QStringLiteral("license_required"));
        const Step *rule = citing(l, "ear_3a090_oct2023", "Destination CN is in the licence scope");
        QVERIFY2(rule && rule->citation.contains(QLatin1String("88 FR 73458")), qPrintable(allSteps(l)));
        QVERIFY(rule->text.contains(QLatin1String("licence required")));
        if (movement == QLatin1String("unknown")) {
            QVERIFY(l.flags.contains(QStringLiteral("unknown_origin")));
            QVERIFY2(allSteps(l).contains(QLatin1String("does not relax the verdict")), qPrintable(allSteps(l)));
        }
    }

    // Reference 6: H100 SXM, TPP 15,832, PD 19.45 -> 3A090.a under the 2023 rule. A product named
    // "H100" without figures takes the shipped figures and says so.
    void productNamedByModelGetsReferenceFigures()
    {
        Scenario s;
        const PartyId seller = s.party("maker", "Maker Inc.", PartyRole::Distributor, "US");
        const PartyId buyer = s.party("buyer", "Buyer K.K.", PartyRole::DataCentreOperator, "JP");
        const ProductId named = s.chip("h100", "H100", "NVIDIA");
        const ProductId unnamed = s.chip("widget", "Widget 7", "Somebody");
        s.link("named", LinkKind::Sale, seller, buyer, "2024-03-01", named).shipToCountry = QStringLiteral("CN");
        s.link("unnamed", LinkKind::Sale, seller, buyer, "2024-03-01", unnamed).shipToCountry = QStringLiteral("CN");
        const CaseFindings f = m_checker->check(s.data, m_options);
        const LinkFinding &l = find(f, "named");
        QCOMPARE(l.item, QStringLiteral("3A090.a"));
        QVERIFY(l.flags.contains(QStringLiteral("reference_chip_figures")));
        QVERIFY2(allSteps(l).contains(QLatin1String("shipped reference figures")), qPrintable(allSteps(l)));
        QVERIFY2(allSteps(l).contains(QLatin1String("15832")) || allSteps(l).contains(QLatin1String("15,832")), qPrintable(allSteps(l)));
        QCOMPARE(toWord(l.verdict), QStringLiteral("license_required"));
        // A product the reference does not know stays unknown: nothing is made up.
        QCOMPARE(find(f, "unnamed").item, QStringLiteral("unknown"));
    }

    // The maker selling its own product is where it comes from (the origin is not a red flag),
    // whatever its legal form: "NVIDIA Corporation" makes "NVIDIA" products.
    void sellerMakesTheProductComparesFoldedNames_data()
    {
        QTest::addColumn<QString>("seller");
        QTest::addColumn<bool>("unknownOrigin");
        QTest::newRow("legal form and case") << QStringLiteral("NVIDIA Corporation") << false;
        QTest::newRow("dotted form") << QStringLiteral("Nvidia Corp.") << false;
        QTest::newRow("another company") << QStringLiteral("Nvidian Trading Ltd") << true;
    }
    void sellerMakesTheProductComparesFoldedNames()
    {
        QFETCH(QString, seller);
        QFETCH(bool, unknownOrigin);
        Scenario s;
        const PartyId maker = s.party("maker", "", PartyRole::Manufacturer, "US");
        s.data.parties.last().name = seller;
        const PartyId buyer = s.party("buyer", "PT Buyer", PartyRole::DataCentreOperator, "ID");
        const ProductId b200 = s.chip("b200x", "B200 board", "NVIDIA", 36000, 22.1, 7700);
        s.link("sale", LinkKind::Sale, maker, buyer, "2025-06-01", b200);
        const CaseFindings f = m_checker->check(s.data, m_options);
        QCOMPARE(find(f, "sale").flags.contains(QStringLiteral("unknown_origin")), unknownOrigin);
    }

    // 91 FR 1684 (2026-01-15): China/Macau review becomes case-by-case for TPP < 21,000 and
    // DRAM bandwidth < 6,500 GB/s. On the day it takes effect the steps must not still say
    // "presumption of denial" as if it held.
    void reviewPolicyChangedWithinTheDayIsNotContradicted()
    {
        Scenario s;
        const PartyId seller = s.party("seller", "Seller Inc.", PartyRole::Distributor, "US");
        const PartyId buyer = s.party("buyer", "Buyer K.K.", PartyRole::DataCentreOperator, "JP");
        const ProductId h200 = s.chip("h200x", "Accelerator H", "Vendor", 15832, 19.45, 4800);
        s.link("sale", LinkKind::Sale, seller, buyer, "2026-01-15", h200).shipToCountry = QStringLiteral("CN");
        const CaseFindings f = m_checker->check(s.data, m_options);
        const LinkFinding &l = find(f, "sale");
        QCOMPARE(l.reviewPolicy, QStringLiteral("case_by_case"));
        const Step *band = citing(l, "h200_china_policy");
        QVERIFY2(band && band->citation.contains(QLatin1String("91 FR 1684")), qPrintable(allSteps(l)));
        for (const Step &step : l.steps)
            if (step.text.contains(QLatin1String("presumption_of_denial")))
                QVERIFY2(step.text.contains(QLatin1String("replaced")), qPrintable(step.text));
    }

    // Reference 7, indicator 15: hardware bought only after a China-linked tenant is lined up.
    // The flag needs a tenant agreement dated before or at the sale, and made by the as-of date.
    void prearrangedTenantNeedsAnEarlierAgreement_data()
    {
        QTest::addColumn<QString>("leaseDate");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("lease before the sale") << QStringLiteral("2025-05-01") << QString() << true;
        QTest::newRow("lease on the day of the sale") << QStringLiteral("2025-06-01") << QString() << true;
        QTest::newRow("lease months after the sale") << QStringLiteral("2025-12-01") << QString() << false;
        QTest::newRow("rules as of a date before the lease") << QStringLiteral("2025-05-01") << QStringLiteral("2025-06-01") << true;
        QTest::newRow("as of between sale and a later lease") << QStringLiteral("2025-09-01") << QStringLiteral("2025-07-01") << false;
    }
    void prearrangedTenantNeedsAnEarlierAgreement()
    {
        QFETCH(QString, leaseDate);
        QFETCH(QString, asOf);
        QFETCH(bool, flagged);
        Scenario s;
        const PartyId seller = s.party("integrator", "Integrator Inc.", PartyRole::ServerIntegrator, "US");
        const PartyId telecom = s.party("telecom", "PT Telecom", PartyRole::CloudProvider, "ID");
        const PartyId tenant = s.party("tenant", "Tenant AI", PartyRole::CloudTenant, "CN");
        const ProductId gpu = s.chip("gpu", "Accelerator G", "Vendor", 36000, 22.1, 7700);
        s.link("sale", LinkKind::Sale, seller, telecom, "2025-06-01", gpu);
        s.link("lease", LinkKind::Lease, telecom, tenant, qPrintable(leaseDate), gpu);
        CheckOptions o = m_options;
        if (!asOf.isEmpty())
            o.rulesAt = QDate::fromString(asOf, Qt::ISODate);
        const CaseFindings f = m_checker->check(s.data, o);
        const LinkFinding &l = find(f, "sale");
        QVERIFY2(l.flags.contains(QStringLiteral("prearranged_tenant")) == flagged, qPrintable(allSteps(l)));
    }

    // As of a date before a link, the link has not happened: it gets that verdict word, not a
    // verdict of the rules.
    void linkAfterTheAsOfDateHasNotYetHappened()
    {
        Scenario s;
        const PartyId seller = s.party("seller", "Seller Inc.", PartyRole::Distributor, "US");
        const PartyId buyer = s.party("buyer", "Buyer Ltd", PartyRole::DataCentreOperator, "CN");
        const ProductId gpu = s.chip("gpu", "Accelerator G", "Vendor", 36000, 22.1, 7700);
        s.link("sale", LinkKind::Sale, seller, buyer, "2025-10-01", gpu);
        CheckOptions o = m_options;
        o.rulesAt = QDate(2024, 1, 1);
        const CaseFindings f = m_checker->check(s.data, o);
        const LinkFinding &l = find(f, "sale");
        QCOMPARE(toWord(l.verdict), QStringLiteral("not_yet_happened"));
        QVERIFY(l.reviewPolicy.isEmpty());
        const QJsonObject json = findingsToJson(f);
        QCOMPARE(json[QStringLiteral("links")].toArray().first()[QStringLiteral("verdict")].toString(), QStringLiteral("not_yet_happened"));
        // The same link with rules as of a later date is checked as usual.
        o.rulesAt = QDate(2025, 12, 1);
        QCOMPARE(toWord(find(m_checker->check(s.data, o), "sale").verdict), QStringLiteral("license_required"));
    }

    // Reference 3: the Entity List requires a licence for all items subject to the EAR (Supp. 4 to
    // Part 744). A buyer that only possibly matches an entry gets its own verdict word until a
    // reader confirms or rejects the match.
    void possibleListMatchHasItsOwnVerdict()
    {
        Scenario s;
        const PartyId seller = s.party("seller", "Seller Inc.", PartyRole::Distributor, "US");
        const PartyId buyer = s.party("buyer", "Sophgo Singapore", PartyRole::DataCentreOperator, "SG");
        const ProductId l20 = s.chip("l20x", "Card L", "Vendor", 1912, 3.14, 864);
        s.link("sale", LinkKind::Sale, seller, buyer, "2025-06-01", l20).shipToCountry = QStringLiteral("SG");
        const CaseFindings f = m_checker->check(s.data, m_options);
        const LinkFinding &l = find(f, "sale");
        QCOMPARE(toWord(l.verdict), QStringLiteral("license_required_if_confirmed"));
        QVERIFY(l.flags.contains(QStringLiteral("entity_list_possible")));
        const Step *el = citing(l, "entity_list_supp4_part744");
        QVERIFY2(el && el->text.contains(QLatin1String("Licence required if the match is confirmed")), qPrintable(allSteps(l)));
        QVERIFY(el->citation.contains(QLatin1String("90 FR 4621")));
        // The possible match says what made it and what differed.
        QVERIFY2(el->text.contains(QLatin1String("place \"singapore\" after the name")), qPrintable(el->text));
        const QJsonObject json = findingsToJson(f);
        QCOMPARE(json[QStringLiteral("links")].toArray().first()[QStringLiteral("verdict")].toString(),
                 QStringLiteral("license_required_if_confirmed"));
        QVERIFY(writeFindingsText(f).contains(QLatin1String("license_required_if_confirmed")));
        // Confirmed, it is a licence requirement; rejected, no licence is required.
        for (const bool isMatch : {true, false}) {
            CaseData decided = s.data;
            decided.screeningDecisions << ScreeningDecision{buyer, QStringLiteral("el-sophgo-2025"), QStringLiteral("Entity List"),
                                                            isMatch, QStringLiteral("checked"), QStringLiteral("2026-01-01T10:00:00")};
            QCOMPARE(toWord(find(m_checker->check(decided, m_options), "sale").verdict),
                     isMatch ? QStringLiteral("license_required") : QStringLiteral("no_license_required"));
        }
    }

    // Reference 3, Affiliates (50 %) Rule, FR Doc 2025-19001, in force 2025-09-29 to 2025-11-10:
    // entities 50 % or more owned by Entity List parties inherit their restrictions. The listed
    // owner here is headquartered in Taiwan, so the headquarters rule stays out of it.
    void affiliatesRuleTurnsOnTheShare_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("saying");
        QTest::newRow("50 %") << 50.0 << QStringLiteral("license_required") << QStringLiteral("50 % or more");
        QTest::newRow("75 %") << 75.0 << QStringLiteral("license_required") << QStringLiteral("50 % or more");
        QTest::newRow("49.9 %") << 49.9 << QStringLiteral("no_license_required") << QStringLiteral("less than the 50 %");
    }
    void affiliatesRuleTurnsOnTheShare()
    {
        QFETCH(double, share);
        QFETCH(QString, verdict);
        QFETCH(QString, saying);
        Scenario s;
        const PartyId seller = s.party("seller", "Seller Inc.", PartyRole::Distributor, "US");
        const PartyId buyer = s.party("buyer", "Orchid Compute Pte Ltd", PartyRole::CloudProvider, "SG");
        const PartyId owner = s.party("owner", "Inspur Taiwan", PartyRole::Investor, "TW");
        const ProductId gpu = s.chip("gpu", "Accelerator G", "Vendor", 36000, 22.1, 7700);
        s.link("sale", LinkKind::Sale, seller, buyer, "2025-10-15", gpu).shipToCountry = QStringLiteral("SG");
        s.link("stake", LinkKind::Ownership, owner, buyer, "2025-01-01").ownershipShare = share;
        const CaseFindings lFindings = m_checker->check(s.data, m_options);
        const LinkFinding &l = find(lFindings, "sale");
        QCOMPARE(toWord(l.verdict), verdict);
        QCOMPARE(l.flags.contains(QStringLiteral("affiliates_rule")), verdict == QLatin1String("license_required"));
        const Step *rule = citing(l, "affiliates_rule_sep2025", qPrintable(saying));
        QVERIFY2(rule, qPrintable(allSteps(l)));
        QVERIFY(rule->citation.contains(QLatin1String("FR Doc 2025-19001")));
        QVERIFY2(rule->text.contains(QStringLiteral("%1 %").arg(QLocale::c().toString(share))), qPrintable(rule->text));
        QVERIFY(!l.flags.contains(QStringLiteral("headquarters_rule")));

        // Suspended from 2025-11-10 (reference 3): the same ownership, read on a later date, is
        // said, and no licence follows from it.
        CheckOptions later = m_options;
        later.rulesAt = QDate(2025, 12, 1);
        const CaseFindings afterFindings = m_checker->check(s.data, later);
        const LinkFinding &after = find(afterFindings, "sale");
        QCOMPARE(toWord(after.verdict), QStringLiteral("no_license_required"));
        const Step *suspended = citing(after, "affiliates_rule_sep2025");
        QVERIFY2(suspended, qPrintable(allSteps(after)));
        if (share >= 50)
            QVERIFY2(suspended->text.contains(QLatin1String("suspended")), qPrintable(suspended->text));
    }

    // "Individually or in the aggregate": two listed owners of 30 % and 25 % hold 55 %. Neither
    // controls the buyer alone, so neither is its parent under the headquarters rule, though both
    // are headquartered in China.
    void affiliatesRuleAddsListedOwners()
    {
        Scenario s;
        const PartyId seller = s.party("seller", "Seller Inc.", PartyRole::Distributor, "US");
        const PartyId buyer = s.party("buyer", "Orchid Compute Pte Ltd", PartyRole::DataCentreOperator, "SG");
        const PartyId first = s.party("first", "Biren Technology", PartyRole::Investor, "CN");
        const PartyId second = s.party("second", "Moore Threads", PartyRole::Investor, "CN");
        const ProductId gpu = s.chip("gpu", "Accelerator G", "Vendor", 36000, 22.1, 7700);
        s.link("sale", LinkKind::Sale, seller, buyer, "2025-10-15", gpu).shipToCountry = QStringLiteral("SG");
        s.link("first-stake", LinkKind::Ownership, first, buyer, "2025-01-01").ownershipShare = 30;
        s.link("second-stake", LinkKind::Ownership, second, buyer, "2025-01-01").ownershipShare = 25;
        const CaseFindings lFindings = m_checker->check(s.data, m_options);
        const LinkFinding &l = find(lFindings, "sale");
        QCOMPARE(toWord(l.verdict), QStringLiteral("license_required"));
        QVERIFY(l.flags.contains(QStringLiteral("affiliates_rule")));
        const Step *rule = citing(l, "affiliates_rule_sep2025", "55 %");
        QVERIFY2(rule && rule->text.contains(QLatin1String("Biren Technology: 30 %"))
                     && rule->text.contains(QLatin1String("Moore Threads: 25 %")), qPrintable(allSteps(l)));
        QVERIFY(rule->citation.contains(QLatin1String("FR Doc 2025-19001")));
        QVERIFY(!l.flags.contains(QStringLiteral("headquarters_rule")));
        const Step *notParent = citing(l, "ear_3a090_oct2023", "not Orchid Compute Pte Ltd's parent");
        QVERIFY2(notParent, qPrintable(allSteps(l)));
        QVERIFY(notParent->citation.contains(QLatin1String("ultimate parent")));

        // Indirectly: a company the listed parties own 55 % of, owning the buyer outright.
        Scenario indirect = s;
        const PartyId holding = indirect.party("holding", "Orchid Holdings", PartyRole::Investor, "SG");
        indirect.data.links[1].to = holding;
        indirect.data.links[2].to = holding;
        indirect.link("holding-stake", LinkKind::Ownership, holding, buyer, "2025-01-01").ownershipShare = 100;
        const CaseFindings iFindings = m_checker->check(indirect.data, m_options);
        const LinkFinding &i = find(iFindings, "sale");
        QCOMPARE(toWord(i.verdict), QStringLiteral("license_required"));
        QVERIFY2(citing(i, "affiliates_rule_sep2025", "Orchid Holdings: 100 %"), qPrintable(allSteps(i)));
    }

    // A share the case does not record is said in the steps; it never makes the link clear.
    void unknownShareDoesNotRelaxTheAffiliatesRule_data()
    {
        QTest::addColumn<bool>("withKnownStake");
        QTest::newRow("one owner, no share") << false;
        QTest::newRow("30 % known, one share unknown") << true;
    }
    void unknownShareDoesNotRelaxTheAffiliatesRule()
    {
        QFETCH(bool, withKnownStake);
        Scenario s;
        const PartyId seller = s.party("seller", "Seller Inc.", PartyRole::Distributor, "US");
        const PartyId buyer = s.party("buyer", "Orchid Compute Pte Ltd", PartyRole::CloudProvider, "SG");
        const PartyId owner = s.party("owner", "Inspur Taiwan", PartyRole::Investor, "TW");
        const ProductId gpu = s.chip("gpu", "Accelerator G", "Vendor", 36000, 22.1, 7700);
        s.link("sale", LinkKind::Sale, seller, buyer, "2025-10-15", gpu).shipToCountry = QStringLiteral("SG");
        s.link("stake", LinkKind::Ownership, owner, buyer, "2025-01-01");
        if (withKnownStake) {
            const PartyId other = s.party("other", "Biren Technology", PartyRole::Investor, "TW");
            s.link("other-stake", LinkKind::Ownership, other, buyer, "2025-01-01").ownershipShare = 30;
        }
        const CaseFindings lFindings = m_checker->check(s.data, m_options);
        const LinkFinding &l = find(lFindings, "sale");
        QCOMPARE(toWord(l.verdict), QStringLiteral("license_required_if_confirmed"));
        const Step *rule = citing(l, "affiliates_rule_sep2025", "does not record");
        QVERIFY2(rule, qPrintable(allSteps(l)));
        QVERIFY(rule->text.contains(QLatin1String("Inspur Taiwan (share not recorded)")));
        QVERIFY(rule->text.contains(withKnownStake ? QLatin1String("at least 30 %") : QLatin1String("at least 0 %")));
        QVERIFY(rule->quality.contains(QStringLiteral("U")));
        QVERIFY(rule->citation.contains(QLatin1String("FR Doc 2025-19001")));
    }

    // Reference 2.1 item 4 (88 FR 73458, 744.23(a)(3); 742.6(a)(6)(iii)(A)): a licence is needed for
    // an entity whose ultimate parent is headquartered in D:5 or Macau, wherever it is. A parent
    // controls: 50 % or more on every step up (rulesets.json parent_control, cited in the step).
    void headquartersRuleNeedsAControllingParent_data()
    {
        QTest::addColumn<QVariant>("share");
        QTest::addColumn<bool>("throughHolding");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("saying");
        QTest::newRow("60 %") << QVariant(60.0) << false << QStringLiteral("license_required") << QStringLiteral("controls");
        QTest::newRow("60 % through a holding") << QVariant(60.0) << true << QStringLiteral("license_required") << QStringLiteral("controls");
        QTest::newRow("30 %") << QVariant(30.0) << false << QStringLiteral("no_license_required") << QStringLiteral("less than the 50 %");
        QTest::newRow("30 % through a holding") << QVariant(30.0) << true << QStringLiteral("no_license_required") << QString();
        QTest::newRow("share unknown") << QVariant() << false << QStringLiteral("license_required") << QStringLiteral("records no ownership share");
    }
    void headquartersRuleNeedsAControllingParent()
    {
        QFETCH(QVariant, share);
        QFETCH(bool, throughHolding);
        QFETCH(QString, verdict);
        QFETCH(QString, saying);
        Scenario s;
        const PartyId seller = s.party("seller", "Seller Inc.", PartyRole::Distributor, "US");
        const PartyId buyer = s.party("buyer", "Orchid Compute Pte Ltd", PartyRole::CloudProvider, "SG");
        const PartyId parent = s.party("parent", "Dragon Capital Holdings", PartyRole::Investor, "CN");
        const ProductId gpu = s.chip("gpu", "Accelerator G", "Vendor", 36000, 22.1, 7700);
        s.link("sale", LinkKind::Sale, seller, buyer, "2025-06-01", gpu).shipToCountry = QStringLiteral("SG");
        PartyId owned = buyer;
        if (throughHolding) {
            owned = s.party("holding", "Orchid Holdings", PartyRole::Investor, "SG");
            s.link("holding-stake", LinkKind::Ownership, owned, buyer, "2025-01-01").ownershipShare = 100;
        }
        Link &stake = s.link("stake", LinkKind::Ownership, parent, owned, "2025-01-01");
        if (share.isValid())
            stake.ownershipShare = share.toDouble();
        const CaseFindings lFindings = m_checker->check(s.data, m_options);
        const LinkFinding &l = find(lFindings, "sale");
        QCOMPARE(toWord(l.verdict), verdict);
        QCOMPARE(l.flags.contains(QStringLiteral("headquarters_rule")), verdict == QLatin1String("license_required"));
        if (verdict == QLatin1String("license_required")) {
            const Step *hq = citing(l, "ear_3a090_oct2023", "ultimate parent Dragon Capital Holdings");
            QVERIFY2(hq && hq->citation.contains(QLatin1String("88 FR 73458")), qPrintable(allSteps(l)));
            QCOMPARE(l.endUserParentKey, QStringLiteral("parent"));
        } else {
            QVERIFY(l.endUserParentKey != QLatin1String("parent"));
        }
        if (!saying.isEmpty()) {
            const Step *control = citing(l, "ear_3a090_oct2023", qPrintable(saying));
            QVERIFY2(control, qPrintable(allSteps(l)));
            QVERIFY(control->citation.contains(QLatin1String("FR Doc 2025-19001")));
            QCOMPARE(control->quality.contains(QStringLiteral("U")), !share.isValid());
        }
    }

private:
    RuleBook m_book;
    std::unique_ptr<RuleChecker> m_checker;
    CheckOptions m_options;
};

QTEST_GUILESS_MAIN(TestRulePaths)
#include "test_rulepaths.moc"
