// SPDX-License-Identifier: GPL-3.0-or-later
// A full check of a generated 5,000-link case. Target: ≤ 200 ms.
#include "namegen.h"
#include "rules/rulechecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace chiptrail;

namespace {

CaseData generate(int linkCount)
{
    NameGenerator gen(11);
    CaseData d;
    const QStringList countries{QStringLiteral("US"), QStringLiteral("TW"), QStringLiteral("SG"), QStringLiteral("MY"),
                                QStringLiteral("ID"), QStringLiteral("CN"), QStringLiteral("AE"), QStringLiteral("IN"),
                                QStringLiteral("VN"), QStringLiteral("DE")};
    const PartyRole roles[] = {PartyRole::Manufacturer, PartyRole::ServerIntegrator, PartyRole::Distributor,
                               PartyRole::CloudProvider, PartyRole::CloudTenant};
    const int perTier = linkCount / 8;
    for (int tier = 0; tier < 5; ++tier) {
        for (int i = 0; i < (tier == 0 ? 5 : perTier); ++i) {
            Party p;
            p.id = PartyId(d.parties.size() + 1);
            p.key = QStringLiteral("p%1").arg(p.id.value);
            p.name = gen.company();
            p.role = roles[tier];
            p.headquartersCountry = tier == 0 ? QStringLiteral("US") : countries.at(gen.pick(countries.size()));
            d.parties << p;
        }
    }
    Product chip;
    chip.id = ProductId(1);
    chip.key = QStringLiteral("b200");
    chip.name = QStringLiteral("B200");
    chip.chip.tpp = 36000;
    chip.chip.performanceDensity = 22.11;
    chip.chip.interconnectGBps = 1800;
    chip.chip.memoryBandwidthGBps = 8000;
    Product rack;
    rack.id = ProductId(2);
    rack.key = QStringLiteral("rack");
    rack.name = QStringLiteral("GB200 NVL72");
    rack.kind = ProductKind::System;
    rack.contains = chip.id;
    rack.chipsPerUnit = 72;
    d.products = {chip, rack};
    const auto tierStart = [&](int tier) { return tier == 0 ? 0 : 5 + (tier - 1) * perTier; };
    const auto tierSize = [&](int tier) { return tier == 0 ? 5 : perTier; };
    for (int i = 0; i < linkCount; ++i) {
        const int tier = gen.pick(4);
        const Party &from = d.parties.at(tierStart(tier) + gen.pick(tierSize(tier)));
        const Party &to = d.parties.at(tierStart(tier + 1) + gen.pick(tierSize(tier + 1)));
        Link l;
        l.id = LinkId(i + 1);
        l.key = QStringLiteral("l%1").arg(i + 1);
        l.kind = tier == 3 ? LinkKind::Lease : (gen.pick(20) == 0 ? LinkKind::Affiliation : LinkKind::Sale);
        l.from = from.id;
        l.to = to.id;
        l.product = tier == 1 || tier == 2 ? rack.id : chip.id;
        l.quantity = 1 + gen.pick(500);
        l.shipFromCountry = from.headquartersCountry;
        l.shipToCountry = l.kind == LinkKind::Lease ? QString() : to.headquartersCountry;
        l.dateFrom = PartialDate::fromDate(QDate(2022, 1, 1).addDays(gen.pick(1500)));
        d.links << l;
    }
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const RuleBook book = RuleBook::load();
    const RuleChecker checker(book);
    const CaseData data = generate(5000);
    CheckOptions options;
    options.today = QDate(2026, 1, 1);
    checker.check(data, options); // warm-up: ICU and caches
    QElapsedTimer timer;
    qint64 best = std::numeric_limits<qint64>::max();
    CaseFindings findings;
    for (int run = 0; run < 5; ++run) {
        timer.start();
        findings = checker.check(data, options);
        best = std::min(best, timer.elapsed());
    }
    int licence = 0;
    for (const LinkFinding &l : findings.links)
        licence += l.verdict == Verdict::LicenseRequired ? 1 : 0;
    out << "case: " << data.parties.size() << " parties, " << data.links.size() << " links\n"
        << "check (best of 5): " << best << " ms (target <= 200 ms)\n"
        << "links needing a licence: " << licence << ", chains: " << findings.chains.size() << "\n";
    if (best > 200)
        out << "OVER TARGET\n";
    return 0;
}
