// SPDX-License-Identifier: GPL-3.0-or-later
// `check` and `screen` in-process: exit codes scripts depend on, and the not-legal-advice line.
#include "cli/commands.h"
#include "interchange/casejson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;

namespace {
struct Run
{
    int code;
    QString out, err;
};
Run run(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = cli::run(args, {o, e});
    o.flush();
    e.flush();
    return {code, out, err};
}
} // namespace

class TestRulesCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleNeedsALicence()
    {
        // The sample's planned H200 orders to China need a licence.
        const Run r = run({QStringLiteral("check"), QStringLiteral(":/samples/inf-tech-indosat.json")});
        QCOMPARE(r.code, int(cli::LicenceRequired));
        QVERIFY(r.out.startsWith(QLatin1String("NOT LEGAL ADVICE")));
        QVERIFY(r.out.contains(QStringLiteral("aivres-indosat-gb200 (aivres → indosat), export: no_license_required; item 4A090.a")));
    }

    void caseWithoutLicenceExitsZero()
    {
        CaseData d = readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json"));
        d.links.erase(std::remove_if(d.links.begin(), d.links.end(), [](const Link &l) {
                          return l.shipToCountry == QLatin1String("CN");
                      }), d.links.end());
        const QSet<qint64> kept = [&] {
            QSet<qint64> ids;
            for (const Link &l : d.links)
                ids.insert(l.id.value);
            return ids;
        }();
        for (Note &n : d.notes)
            n.claims.removeIf([&](const ClaimRef &c) { return c.subject == SubjectKind::Link && !kept.contains(c.subjectId); });
        d.notes.removeIf([](const Note &n) { return n.claims.isEmpty(); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writeCaseJson(d));
        f.close();
        Run r = run({QStringLiteral("check"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, int(cli::Success));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("worst_verdict")).toString(), QStringLiteral("no_license_required"));
        // Under the AI Diffusion Rule as if enforced, the Indonesian racks would need one.
        r = run({QStringLiteral("check"), path, QStringLiteral("--counterfactual"), QStringLiteral("ai_diffusion")});
        QCOMPARE(r.code, int(cli::LicenceRequired));
        QVERIFY(r.out.contains(QStringLiteral("aivres-indosat-gb200 verdict: no_license_required → license_required")));
    }

    void badInputExitsTwo()
    {
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("/nonexistent.json")}).code, int(cli::Failure));
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral(":/samples/inf-tech-indosat.json"), QStringLiteral("--rules-at"),
                      QStringLiteral("yesterday")}).code, int(cli::Failure));
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral(":/samples/inf-tech-indosat.json"), QStringLiteral("--counterfactual"),
                      QStringLiteral("tariffs")}).code, int(cli::Failure));
    }

    void screenPrintsScoresAndReasons()
    {
        const Run r = run({QStringLiteral("screen"), QStringLiteral("Sophgo Pte. Ltd."), QStringLiteral("INF Tech")});
        QCOMPARE(r.code, int(cli::Success));
        QVERIFY(r.out.contains(QLatin1String("1.00  match  \"Sophgo\"")));
        QVERIFY(r.out.contains(QLatin1String("legal form \"pte ltd\" ignored")));
        QVERIFY(r.out.contains(QLatin1String("INF Tech: no hit")));
    }
};

QTEST_GUILESS_MAIN(TestRulesCli)
#include "test_rulescli.moc"
