// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "rules/rulebook.h"
#include "rules/ruledatatext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;

namespace {
QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestRuleBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsShippedRules()
    {
        const RuleBook book = RuleBook::load();
        QVERIFY(book.disclaimer.contains(QLatin1String("Not legal advice")));
        QCOMPARE(book.itemRules.size(), 2);
        QCOMPARE(book.chips.size(), 15);
        QVERIFY(book.entityListEntries.entries.size() >= 5);
        QCOMPARE(book.counterfactualIds(), (QStringList{QStringLiteral("ai_diffusion"), QStringLiteral("iaas_kyc")}));
        for (const RuleRef &r : book.allRules) {
            QVERIFY2(!r.citation.isEmpty(), qPrintable(r.id));
            QVERIFY2(book.qualityTags.contains(r.quality), qPrintable(r.id));
        }
    }

    // German readers get the shipped rule titles, statuses and conditions in German: every such
    // text of the data must be one the translations know (a changed title would fall back to English).
    void everyShippedRuleTextCanBeTranslated()
    {
        QFile file(QStringLiteral(":/rules/rulesets.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QStringList unknown;
        int checked = 0;
        for (const QString &list : {QStringLiteral("rulesets"), QStringLiteral("counterfactuals")}) {
            const QJsonArray rules = root.value(list).toArray();
            for (const QJsonValue &rule : rules)
                for (const QString &field : {QStringLiteral("title"), QStringLiteral("status"),
                                             QStringLiteral("why_not_evaluated"), QStringLiteral("conditions")}) {
                    const QString text = rule.toObject().value(field).toString();
                    if (text.isEmpty())
                        continue;
                    ++checked;
                    if (!hasRuleDataTranslation(text))
                        unknown << field + QStringLiteral(": ") + text;
                }
        }
        QVERIFY(checked >= 15);
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char('\n'))));
        QCOMPARE(ruleDataText(QStringLiteral("A rule of the user's own")), QStringLiteral("A rule of the user's own"));
    }

    // Every rule set of the reference is encoded with its dates and citation.
    void rulesetsMatchReference()
    {
        const RuleBook book = RuleBook::load();
        const QJsonArray ref = readJson(QStringLiteral(CHIPTRAIL_SHARED_DIR "/rules/export_rules.json"))
                                   .value(QStringLiteral("rulesets")).toArray();
        for (const QJsonValue &v : ref) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(QStringLiteral("id")).toString();
            const RuleRef *mine = book.rule(id);
            if (id == QLatin1String("bis_hq_guidance_may2026")) { // part of the 2023 rule's end-user test
                QCOMPARE(book.destinationRules.last().hqConfirmation.citation, r.value(QStringLiteral("citation")).toString());
                QCOMPARE(book.destinationRules.last().hqConfirmedOn, QDate(2026, 5, 31));
                continue;
            }
            if (!mine) { // counterfactuals are stored under their switch name
                const QString alias = id == QLatin1String("ear_ai_diffusion_jan2025") ? QStringLiteral("ai_diffusion")
                                      : id == QLatin1String("iaas_kyc_nprm_jan2024") ? QStringLiteral("iaas_kyc")
                                                                                     : QString();
                mine = book.rule(alias);
                QVERIFY2(mine, qPrintable(id));
            }
            QCOMPARE(mine->citation, r.value(QStringLiteral("citation")).toString());
            if (mine->id != id)
                continue;
            QCOMPARE(mine->from, QDate::fromString(r.value(QStringLiteral("effective_from")).toString(), Qt::ISODate));
            QCOMPARE(mine->to, QDate::fromString(r.value(QStringLiteral("effective_to")).toString(), Qt::ISODate));
        }
    }

    void countryGroupsMatchReference()
    {
        const RuleBook book = RuleBook::load();
        const QJsonObject groups = readJson(QStringLiteral(CHIPTRAIL_SHARED_DIR "/rules/export_rules.json"))
                                       .value(QStringLiteral("country_groups")).toObject();
        for (const QString &g : groups.keys()) {
            QStringList ref;
            for (const QJsonValue &c : groups.value(g).toArray())
                ref << c.toString();
            QStringList mine = book.countryGroups.groups.value(g).members;
            ref.sort();
            mine.sort();
            QCOMPARE(mine, ref);
            QCOMPARE(book.countryGroups.groups.value(g).quality, QStringLiteral("U"));
        }
        const CountryGroupTable &t = book.countryGroups;
        QVERIFY(!t.isIn(QStringLiteral("NI"), QStringLiteral("D:5"), QDate(2024, 3, 14)));
        QVERIFY(t.isIn(QStringLiteral("NI"), QStringLiteral("D:5"), QDate(2024, 3, 15)));
        QVERIFY(t.isIn(QStringLiteral("KH"), QStringLiteral("D:5"), QDate(2026, 2, 2)));
        QVERIFY(!t.isIn(QStringLiteral("KH"), QStringLiteral("D:5"), QDate(2026, 2, 3)));
        QVERIFY(t.groupsOf(QStringLiteral("ID"), QDate(2025, 10, 1)).isEmpty());
        QVERIFY(t.isIn(QStringLiteral("IL"), QStringLiteral("A:6"), QDate(2025, 1, 1)));
    }

    void entityListMatchesReference()
    {
        const RuleBook book = RuleBook::load();
        QHash<QString, QDate> listed;
        for (const ListEntry &e : book.entityListEntries.entries)
            listed.insert(e.name, e.listed);
        QCOMPARE(listed.value(QStringLiteral("Inspur Group Co., Ltd.")), QDate(2023, 3, 2));
        QCOMPARE(listed.value(QStringLiteral("Huawei Technologies Co., Ltd.")), QDate(2019, 5, 16));
        QCOMPARE(listed.value(QStringLiteral("Sophgo")), QDate(2025, 1, 16));
        QCOMPARE(listed.value(QStringLiteral("Inspur Taiwan")), QDate(2025, 3, 25));
        QCOMPARE(listed.value(QStringLiteral("Biren Technology")), QDate(2023, 10, 17));
    }

    // A wrong threshold is reported with the file and the field.
    void badDataNamesFileAndField()
    {
        QTemporaryDir dir;
        for (const QString &name : QDir(QStringLiteral(":/rules")).entryList(QDir::Files))
            QVERIFY(QFile::copy(QStringLiteral(":/rules/") + name, dir.filePath(name)));
        const QString path = dir.filePath(QStringLiteral("rulesets.json"));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        QVERIFY(text.contains("\"tpp_gte\": 4800"));
        text.replace("\"tpp_gte\": 4800", "\"tpp_gte\": \"many\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        try {
            RuleBook::load(dir.path());
            QFAIL("a bad threshold was accepted");
        } catch (const CaseError &e) {
            QVERIFY2(e.message().contains(QLatin1String("rulesets.json")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("a_any_of[0].tpp_gte")), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleBook)
#include "test_rulebook.moc"
