// SPDX-License-Identifier: GPL-3.0-or-later
// Each rule just before and on its effective date: a data change in resources/rules moves these.
#include "rules/rulechecker.h"

#include <QTest>

using namespace chiptrail;

namespace {

struct Scenario
{
    QString chip;
    ChipSpec spec;
    qint64 quantity = 8;
    QString shipFrom = QStringLiteral("US"), shipTo;
    QString buyer = QStringLiteral("Buyer Ltd"), buyerHq;
    LinkKind kind = LinkKind::Sale;
    QStringList counterfactuals;
};

ChipSpec spec(double tpp, double pd, double io, double mem)
{
    ChipSpec s;
    s.tpp = tpp;
    s.performanceDensity = pd;
    s.interconnectGBps = io;
    s.memoryBandwidthGBps = mem;
    return s;
}

Scenario sc(const QString &chip, const ChipSpec &spec, qint64 quantity, const QString &from, const QString &to,
            const QString &buyer = QStringLiteral("Buyer Ltd"), const QString &hq = QString(),
            LinkKind kind = LinkKind::Sale, const QStringList &counterfactuals = {})
{
    return Scenario{chip, spec, quantity, from, to, buyer, hq, kind, counterfactuals};
}

Scenario scenario(const QString &name)
{
    const ChipSpec h100 = spec(15832, 19.45, 900, 3350);
    if (name == QLatin1String("cn-h100")) return sc(QStringLiteral("H100"), h100, 8, QStringLiteral("US"), QStringLiteral("CN"));
    if (name == QLatin1String("mo-h100")) return sc(QStringLiteral("H100"), h100, 8, QStringLiteral("US"), QStringLiteral("MO"));
    if (name == QLatin1String("cn-a800")) return sc(QStringLiteral("A800"), spec(4992, 6.04, 400, 2039), 8, QStringLiteral("US"), QStringLiteral("CN"));
    if (name == QLatin1String("vn-h100")) return sc(QStringLiteral("H100"), h100, 8, QStringLiteral("US"), QStringLiteral("VN"));
    if (name == QLatin1String("il-h100")) return sc(QStringLiteral("H100"), h100, 8, QStringLiteral("US"), QStringLiteral("IL"));
    if (name == QLatin1String("hq-cn")) return sc(QStringLiteral("H100"), h100, 8, QStringLiteral("US"), QStringLiteral("ID"), QStringLiteral("Sub Pte"), QStringLiteral("CN"));
    if (name == QLatin1String("hq-ni")) return sc(QStringLiteral("H100"), h100, 8, QStringLiteral("US"), QStringLiteral("ID"), QStringLiteral("Sub SA"), QStringLiteral("NI"));
    if (name == QLatin1String("cn-h20")) return sc(QStringLiteral("H20"), spec(2368, 2.91, 900, 4000), 8, QStringLiteral("US"), QStringLiteral("CN"));
    if (name == QLatin1String("cn-h200")) return sc(QStringLiteral("H200"), spec(15832, 19.45, 900, 4800), 8, QStringLiteral("US"), QStringLiteral("CN"), QStringLiteral("Buyer"), QStringLiteral("CN"));
    if (name == QLatin1String("sg-sophgo")) return sc(QStringLiteral("H100"), h100, 8, QStringLiteral("US"), QStringLiteral("SG"), QStringLiteral("SOPHGO PTE. LTD."), QStringLiteral("SG"));
    if (name == QLatin1String("my-h100")) return sc(QStringLiteral("H100"), h100, 8, QStringLiteral("US"), QStringLiteral("MY"));
    if (name == QLatin1String("lease-cn")) return sc(QStringLiteral("H100"), h100, 8, QString(), QString(), QStringLiteral("Tenant"), QStringLiteral("CN"), LinkKind::Lease);
    if (name == QLatin1String("in-diffusion")) return sc(QStringLiteral("H100"), h100, 2000, QStringLiteral("US"), QStringLiteral("IN"), QStringLiteral("Buyer"), QStringLiteral("IN"), LinkKind::Sale, {QStringLiteral("ai_diffusion")});
    if (name == QLatin1String("ascend")) return sc(QStringLiteral("Ascend 910B"), spec(6400, 9.62, 392, 1600), 8, QStringLiteral("CN"), QStringLiteral("ID"));
    qFatal("unknown scenario");
}

CaseData build(const Scenario &s, const PartialDate &date)
{
    CaseData d;
    Party seller;
    seller.id = PartyId(1);
    seller.key = QStringLiteral("seller");
    seller.name = QStringLiteral("Seller Inc.");
    seller.headquartersCountry = s.shipFrom.isEmpty() ? QStringLiteral("ID") : s.shipFrom;
    Party buyer;
    buyer.id = PartyId(2);
    buyer.key = QStringLiteral("buyer");
    buyer.name = s.buyer;
    buyer.headquartersCountry = s.buyerHq.isEmpty() ? s.shipTo : s.buyerHq;
    Product chip;
    chip.id = ProductId(1);
    chip.key = QStringLiteral("chip");
    chip.name = s.chip;
    chip.chip = s.spec;
    Site site;
    site.id = SiteId(1);
    site.key = QStringLiteral("dc");
    site.name = QStringLiteral("DC");
    site.country = QStringLiteral("ID");
    Link link;
    link.id = LinkId(1);
    link.key = QStringLiteral("link");
    link.kind = s.kind;
    link.from = seller.id;
    link.to = buyer.id;
    link.product = chip.id;
    link.quantity = s.quantity;
    link.shipFromCountry = s.shipFrom;
    link.shipToCountry = s.shipTo;
    link.dateFrom = date;
    if (s.kind == LinkKind::Lease)
        link.site = site.id;
    d.parties = {seller, buyer};
    d.products = {chip};
    d.sites = {site};
    d.links = {link};
    return d;
}

QString observe(const LinkFinding &l, const QString &what)
{
    if (what == QLatin1String("verdict"))
        return toWord(l.verdict);
    if (what == QLatin1String("policy"))
        return l.reviewPolicy;
    if (what.startsWith(QLatin1String("flag:")))
        return l.flags.contains(what.mid(5)) ? QStringLiteral("yes") : QStringLiteral("no");
    if (what.startsWith(QLatin1String("cites:")))
        return std::any_of(l.steps.cbegin(), l.steps.cend(), [&](const Step &s) { return s.ruleId == what.mid(6); })
                   ? QStringLiteral("yes") : QStringLiteral("no");
    return {};
}

} // namespace

class TestRuleDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_book = RuleBook::load();
        m_checker = std::make_unique<RuleChecker>(m_book);
    }

    void edges_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QString nlr = QStringLiteral("no_license_required"), lr = QStringLiteral("license_required");
        QTest::newRow("3A090 created") << "cn-h100" << QDate(2022, 10, 7) << "verdict" << nlr << lr;
        QTest::newRow("Macau added") << "mo-h100" << QDate(2023, 1, 17) << "verdict" << nlr << lr;
        QTest::newRow("2023 rule drops interconnect (A800)") << "cn-a800" << QDate(2023, 11, 17) << "verdict" << nlr << lr;
        QTest::newRow("2023 rule reaches D:1 (Vietnam)") << "vn-h100" << QDate(2023, 11, 17) << "verdict" << nlr << lr;
        QTest::newRow("Israel: D:4 but A:6") << "il-h100" << QDate(2023, 11, 17) << "verdict" << nlr << nlr;
        QTest::newRow("headquarters rule") << "hq-cn" << QDate(2023, 11, 17) << "flag:headquarters_rule" << "no" << "yes";
        QTest::newRow("Nicaragua joins D:5") << "hq-ni" << QDate(2024, 3, 15) << "verdict" << nlr << lr;
        QTest::newRow("H20 is-informed") << "cn-h20" << QDate(2025, 4, 9) << "flag:is_informed" << "no" << "yes";
        QTest::newRow("H200 case-by-case") << "cn-h200" << QDate(2026, 1, 15) << "policy" << "presumption_of_denial" << "case_by_case";
        QTest::newRow("Sophgo listed") << "sg-sophgo" << QDate(2025, 1, 16) << "verdict" << nlr << lr;
        QTest::newRow("Malaysia permit") << "my-h100" << QDate(2025, 7, 14) << "flag:malaysia_permit" << "no" << "yes";
        QTest::newRow("Malaysia is not a US verdict") << "my-h100" << QDate(2025, 7, 14) << "verdict" << nlr << nlr;
        QTest::newRow("May 2025 IaaS guidance") << "lease-cn" << QDate(2025, 5, 13) << "cites:bis_guidance_may2025" << "no" << "yes";
        QTest::newRow("lease stays not an export") << "lease-cn" << QDate(2025, 5, 13) << "verdict" << "not_an_export" << "not_an_export";
        QTest::newRow("AI Diffusion (counterfactual)") << "in-diffusion" << QDate(2025, 1, 13) << "verdict" << nlr << lr;
        QTest::newRow("GP10 guidance on Ascend") << "ascend" << QDate(2025, 5, 13) << "flag:prc_advanced_ic" << "no" << "yes";
    }

    void edges()
    {
        QFETCH(QString, scenario);
        QFETCH(QDate, on);
        QFETCH(QString, what);
        QFETCH(QString, before);
        QFETCH(QString, after);
        const Scenario s = ::scenario(scenario);
        CheckOptions options;
        options.counterfactuals = s.counterfactuals;
        const LinkFinding b = m_checker->check(build(s, PartialDate::fromDate(on.addDays(-1))), options).links.first();
        const LinkFinding a = m_checker->check(build(s, PartialDate::fromDate(on)), options).links.first();
        QCOMPARE(observe(b, what), before);
        QCOMPARE(observe(a, what), after);
    }

    // Without the switch the AI Diffusion Rule never changes a verdict.
    void diffusionNeedsTheSwitch()
    {
        Scenario s = scenario(QStringLiteral("in-diffusion"));
        s.counterfactuals.clear();
        const LinkFinding l = m_checker->check(build(s, PartialDate::fromDate(QDate(2025, 3, 1))), {}).links.first();
        QCOMPARE(l.verdict, Verdict::NoLicenseRequired);
    }

    // "November 2023" straddles the 2023 rule: the worse reading is shown and flagged.
    void monthSpanningARuleChange()
    {
        const auto date = PartialDate::fromIso(QStringLiteral("2023-11"));
        const LinkFinding l = m_checker->check(build(scenario(QStringLiteral("cn-a800")), *date), {}).links.first();
        QCOMPARE(l.verdict, Verdict::LicenseRequired);
        QVERIFY(l.flags.contains(QStringLiteral("date_imprecise")));
    }

private:
    RuleBook m_book;
    std::unique_ptr<RuleChecker> m_checker;
};

QTEST_GUILESS_MAIN(TestRuleDates)
#include "test_ruledates.moc"
