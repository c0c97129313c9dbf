// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind the charts, checked against values worked out by hand from the sample case
// (resources/samples/inf-tech-indosat.json) and the rule reference (../shared/rules).
#include "charts/chartseries.h"
#include "interchange/casejson.h"
#include "rules/rulechecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::charts;

namespace {

LinkId linkId(const CaseData &data, const QString &key)
{
    for (const Link &l : data.links)
        if (l.key == key)
            return l.id;
    return {};
}

QStringList keysOf(const CaseData &data, const QList<LinkId> &chain)
{
    QStringList keys;
    for (const LinkId id : chain)
        for (const Link &l : data.links)
            if (l.id == id)
                keys << l.key;
    return keys;
}

const TimelineEvent *findEvent(const TimelineSeries &s, const QString &id, bool ends = false)
{
    for (const TimelineEvent &e : s.events)
        if (e.id == id && e.ends == ends)
            return &e;
    return nullptr;
}

// A two-hop chain of plain chips through two countries, to follow the hardware as it moves.
CaseData movingCase()
{
    CaseData data;
    for (int i = 1; i <= 3; ++i) {
        Party party;
        party.id = PartyId(i);
        party.key = QStringLiteral("p%1").arg(i);
        data.parties << party;
    }
    Product chip;
    chip.id = ProductId(1);
    chip.kind = ProductKind::Chip;
    chip.chip.tpp = 1000;
    data.products << chip;
    const auto link = [&](int id, int from, int to, qint64 qty, const char *date, const char *country) {
        Link l;
        l.id = LinkId(id);
        l.key = QStringLiteral("l%1").arg(id);
        l.from = PartyId(from);
        l.to = PartyId(to);
        l.product = chip.id;
        l.quantity = qty;
        l.dateFrom = *PartialDate::fromIso(QLatin1String(date));
        l.shipToCountry = QLatin1String(country);
        data.links << l;
    };
    link(1, 1, 2, 100, "2024-01-15", "US");
    link(2, 2, 3, 60, "2024-03", "SG");
    return data;
}

} // namespace

class TestChartSeries : public QObject
{
    Q_OBJECT
    CaseData m_case;
    RuleBook m_book;

private Q_SLOTS:
    void initTestCase()
    {
        m_case = readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json"));
        m_book = RuleBook::load();
    }

    void kindsRoundTrip()
    {
        for (const ChartKind kind : allChartKinds())
            QCOMPARE(chartKindFromWord(toWord(kind)), kind);
        QVERIFY(!chartKindFromWord(QStringLiteral("pie")));
    }

    void chipsAreQuantityTimesChipsPerUnit()
    {
        const auto chipsFor = [&](const char *key) {
            for (const Link &l : m_case.links)
                if (l.key == QLatin1String(key))
                    return chipsOf(l, m_case);
            return std::optional<qint64>();
        };
        QCOMPARE(chipsFor("aivres-indosat-gb200"), std::optional<qint64>(2304)); // 32 racks × 72
        QCOMPARE(chipsFor("indosat-inftech-lease"), std::optional<qint64>(2300)); // chips
        QCOMPARE(chipsFor("nyocor-infinigence-lease"), std::optional<qint64>(2000)); // 250 × 8
        QVERIFY(!chipsFor("nvidia-aivres-b200")); // no quantity given
    }

    void gpusPerHopAlongTheInfTechChain()
    {
        const QList<LinkId> chain = chainForSelection(m_case, {}, {}, {});
        QCOMPARE(keysOf(m_case, chain), (QStringList{QStringLiteral("nvidia-aivres-b200"),
                                                     QStringLiteral("aivres-indosat-gb200"),
                                                     QStringLiteral("indosat-inftech-lease")}));
        const HopSeries hops = gpusPerHop(m_case, chain);
        QCOMPARE(hops.bars.size(), 3);
        QVERIFY(!hops.bars[0].chips);
        QCOMPARE(hops.bars[1].chips, std::optional<qint64>(2304));
        QVERIFY(!hops.bars[1].mismatch); // nothing known before it
        QCOMPARE(hops.bars[2].chips, std::optional<qint64>(2300));
        QCOMPARE(hops.bars[2].mismatch, std::optional<qint64>(-4)); // 2,300 leased of 2,304 sold
        QCOMPARE(hops.bars[1].fromName, QStringLiteral("Aivres"));
        QCOMPARE(hops.bars[2].toName, QStringLiteral("INF Tech"));
        QCOMPARE(hops.bars[2].kind, LinkKind::Lease);
    }

    void chainFollowsSelectionAndDate()
    {
        const LinkId nyocor = linkId(m_case, QStringLiteral("nyocor-infinigence-lease"));
        const QList<LinkId> chain = chainForSelection(m_case, {}, {nyocor}, {});
        QCOMPARE(chain, QList<LinkId>{nyocor});
        QCOMPARE(gpusPerHop(m_case, chain).bars.first().chips, std::optional<qint64>(2000));
        // Before October 2025 only the undated NVIDIA → Aivres sale is part of the chain.
        const QList<LinkId> early = chainForSelection(m_case, QDate(2025, 9, 30), {}, {});
        QCOMPARE(keysOf(m_case, early), QStringList{QStringLiteral("nvidia-aivres-b200")});
    }

    void computeByCountryPerMonth()
    {
        const CountrySeries s = computeByCountry(m_case, {});
        QCOMPARE(s.months, (QList<QDate>{QDate(2025, 10, 1), QDate(2025, 11, 1), QDate(2025, 12, 1)}));
        QCOMPARE(s.countries.keys(), QStringList{QStringLiteral("ID")});
        for (const CountryMonth &m : s.countries.value(QStringLiteral("ID"))) {
            QCOMPARE(m.chips, 2304);
            QCOMPARE(m.tpp, 2304.0 * 36000.0); // 82,944,000 TPP in Jakarta
        }
        QCOMPARE(s.undatedLinks, (QStringList{QStringLiteral("nvidia-aivres-b200"), QStringLiteral("nvidia-h20-china")}));
        QCOMPARE(s.uncountedLinks, (QStringList{QStringLiteral("nvidia-alibaba-h200"), QStringLiteral("nvidia-bytedance-h200")}));
    }

    void computeByCountryAsOf()
    {
        QVERIFY(computeByCountry(m_case, QDate(2025, 9, 30)).isEmpty()); // no dated links yet
        const CountrySeries s = computeByCountry(m_case, QDate(2026, 3, 15));
        QCOMPARE(s.months.size(), 6); // Oct 2025 … Mar 2026
        QCOMPARE(s.months.last(), QDate(2026, 3, 1));
        QCOMPARE(s.countries.value(QStringLiteral("ID")).last().chips, 2304);
    }

    void hardwareMovesBetweenCountries()
    {
        const CountrySeries s = computeByCountry(movingCase(), {});
        QCOMPARE(s.months.size(), 3);
        const QList<CountryMonth> us = s.countries.value(QStringLiteral("US"));
        const QList<CountryMonth> sg = s.countries.value(QStringLiteral("SG"));
        QCOMPARE(us[0].chips, 100);
        QCOMPARE(us[1].chips, 100);
        QCOMPARE(us[2].chips, 40); // 60 of the 100 went on to Singapore
        QCOMPARE(sg[1].chips, 0);
        QCOMPARE(sg[2].chips, 60);
        QCOMPARE(sg[2].tpp, 60000.0);
    }

    void timelineHoldsCaseEventsAndRuleChanges()
    {
        const CaseFindings findings = RuleChecker(m_book).check(m_case, {});
        const TimelineSeries t = computeTimeline(m_case, m_book, findings, {});
        const auto dateOf = [&](const char *id, bool ends = false) {
            const TimelineEvent *e = findEvent(t, QLatin1String(id), ends);
            return e ? e->date : QDate();
        };
        QCOMPARE(dateOf("ear_3a090_oct2022"), QDate(2022, 10, 7));
        QCOMPARE(dateOf("ear_3a090_oct2023"), QDate(2023, 11, 17));
        QVERIFY(!findEvent(t, QStringLiteral("ear_3a090_oct2022"), true)); // replaced, not ended
        QCOMPARE(dateOf("ai_diffusion"), QDate(2025, 1, 13));
        QCOMPARE(dateOf("ai_diffusion", true), QDate(2025, 5, 13)); // rescinded
        QCOMPARE(dateOf("usg_is_informed_h20_apr2025"), QDate(2025, 4, 9));
        QCOMPARE(dateOf("usg_is_informed_h20_apr2025:case_by_case"), QDate(2025, 8, 1));
        QCOMPARE(dateOf("h200_china_policy"), QDate(2026, 1, 15));
        QCOMPARE(dateOf("affiliates_rule_sep2025", true), QDate(2025, 11, 10));
        // One event per rule, day and kind: the suspension that ends it on its end date is not a second end.
        QSet<QString> events;
        for (const TimelineEvent &e : t.events) {
            const QString key = e.id + e.date.toString(Qt::ISODate) + (e.ends ? u'e' : u's');
            QVERIFY2(!events.contains(key), qPrintable(key));
            events.insert(key);
        }
        QCOMPARE(dateOf("el-inspur-2023"), QDate(2023, 3, 2)); // Inspur, a party of the case
        QCOMPARE(findEvent(t, QStringLiteral("el-inspur-2023"))->lane, EventLane::EntityList);
        QVERIFY(!findEvent(t, QStringLiteral("el-huawei-2019"))); // not a party of the case
        const TimelineEvent *sale = findEvent(t, QStringLiteral("aivres-indosat-gb200"));
        QVERIFY(sale);
        QCOMPARE(sale->date, QDate(2025, 10, 1));
        QCOMPARE(sale->chips, std::optional<qint64>(2304));
        QCOMPARE(sale->label, QStringLiteral("Aivres → Indosat Ooredoo Hutchison"));
        QVERIFY(findEvent(t, QStringLiteral("indosat-inftech-lease")));
        QVERIFY(std::is_sorted(t.events.begin(), t.events.end(),
                               [](const TimelineEvent &a, const TimelineEvent &b) { return a.date < b.date; }));
        // As of September 2025 the case has not happened yet; the rules stay on the axis.
        const TimelineSeries early = computeTimeline(m_case, m_book, findings, QDate(2025, 9, 30));
        QVERIFY(!early.hasCaseEvents());
        QVERIFY(findEvent(early, QStringLiteral("h200_china_policy")));
    }

    // Every dated rule change of the reference (../shared/rules/export_rules.json) is on the axis.
    void timelineHoldsTheReferenceDates()
    {
        QFile file(QStringLiteral(CHIPTRAIL_SHARED_DIR "/rules/export_rules.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("the rule reference is not next to the source tree");
        const QJsonArray rulesets = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rulesets")).toArray();
        const TimelineSeries t = computeTimeline(m_case, m_book, RuleChecker(m_book).check(m_case, {}), {});
        QList<QDate> ruleDates;
        for (const TimelineEvent &e : t.events)
            if (e.lane != EventLane::Case)
                ruleDates << e.date;
        QList<QDate> starts;
        for (const QJsonValue &v : rulesets)
            starts << QDate::fromString(v[QLatin1String("effective_from")].toString(), Qt::ISODate);
        int checked = 0;
        for (const QJsonValue &v : rulesets) {
            const QDate from = QDate::fromString(v[QLatin1String("effective_from")].toString(), Qt::ISODate);
            const QDate to = QDate::fromString(v[QLatin1String("effective_to")].toString(), Qt::ISODate);
            const QByteArray id = v[QLatin1String("id")].toString().toUtf8();
            if (from.isValid()) {
                QVERIFY2(ruleDates.contains(from), id.constData());
                ++checked;
            }
            if (to.isValid() && !starts.contains(to.addDays(1))) {
                QVERIFY2(ruleDates.contains(to), id.constData());
                ++checked;
            }
        }
        QVERIFY(checked >= 12);
    }

    void replayRunsFrom2023To2026()
    {
        const auto [first, last] = replayRange(m_case, QDate(2026, 2, 1));
        QCOMPARE(first, QDate(2023, 1, 1));
        QCOMPARE(last, QDate(2026, 12, 31));
        QVERIFY(!replayRange(CaseData(), QDate(2026, 2, 1)).first.isValid());
    }

    void findingsByVerdictAndFlag()
    {
        const CaseFindings findings = RuleChecker(m_book).check(m_case, {});
        const FindingsSeries s = countFindings(findings);
        QCOMPARE(s.links, m_case.links.size());
        int total = 0;
        for (const int n : s.verdicts)
            total += n;
        QCOMPARE(total, s.links);
        int expectedFlag = 0;
        for (const LinkFinding &f : findings.links)
            expectedFlag += f.flags.contains(QStringLiteral("cloud_loophole")) ? 1 : 0;
        QCOMPARE(s.flags.value(QStringLiteral("cloud_loophole")), expectedFlag);
    }
};

QTEST_GUILESS_MAIN(TestChartSeries)
#include "test_chartseries.moc"
