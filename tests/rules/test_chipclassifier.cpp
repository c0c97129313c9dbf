// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/chipclassifier.h"
#include "rules/rulebook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chiptrail;

namespace {

// The reference writes its verdicts as prose ("not 3A090 (interconnect 400 < 600)"); reduce
// them to the engine's words.
QString expectedFrom(const QString &text)
{
    if (text.startsWith(QLatin1String("unknown")))
        return QStringLiteral("unknown");
    if (text.startsWith(QLatin1String("not")) || text.startsWith(QLatin1String("likely not")))
        return QStringLiteral("not controlled");
    if (text.startsWith(QLatin1String("3A090.a")) || text.startsWith(QLatin1String("(3A090.a)")))
        return QStringLiteral("3A090.a");
    if (text.startsWith(QLatin1String("3A090.b")))
        return QStringLiteral("3A090.b");
    return QStringLiteral("?");
}

std::optional<double> low(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray().at(0).toDouble();
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

const ItemRule *rule(const RuleBook &book, const char *id)
{
    for (const ItemRule &r : book.itemRules)
        if (r.rule.id == QLatin1String(id))
            return &r;
    return nullptr;
}

} // namespace

class TestChipClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_book = RuleBook::load(); }

    void referenceChips_data()
    {
        QTest::addColumn<QString>("model");
        QFile f(QStringLiteral(CHIPTRAIL_SHARED_DIR "/rules/export_rules.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_ref = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("chips")).toArray();
        QCOMPARE(m_ref.size(), 15);
        for (const QJsonValue &c : std::as_const(m_ref)) {
            const QString model = c.toObject().value(QStringLiteral("model")).toString();
            QTest::newRow(qPrintable(model)) << model;
        }
    }

    // Every chip of the reference, both rule versions, at both ends of every disputed figure.
    void referenceChips()
    {
        QFETCH(QString, model);
        QJsonObject ref;
        for (const QJsonValue &c : std::as_const(m_ref))
            if (c.toObject().value(QStringLiteral("model")).toString() == model)
                ref = c.toObject();
        const ReferenceChip *mine = nullptr;
        for (const ReferenceChip &c : m_book.chips)
            if (c.model == model)
                mine = &c;
        QVERIFY(mine);
        // The encoding carries the reference's own figures.
        QCOMPARE(mine->tpp.low, low(ref.value(QStringLiteral("tpp"))));
        QCOMPARE(mine->pd.low, low(ref.value(QStringLiteral("performance_density"))));
        QCOMPARE(mine->interconnect.low, low(ref.value(QStringLiteral("interconnect_gbps"))));
        QCOMPARE(mine->reference2022, ref.value(QStringLiteral("classification_2022")).toString());
        QCOMPARE(mine->reference2023, ref.value(QStringLiteral("classification_2023")).toString());

        const struct { const char *id; const char *key; } versions[] = {
            {"ear_3a090_oct2022", "classification_2022"}, {"ear_3a090_oct2023", "classification_2023"}};
        for (const auto &v : versions) {
            const QString expected = expectedFrom(ref.value(QLatin1String(v.key)).toString());
            QVERIFY2(expected != QLatin1String("?"), v.key);
            for (bool lowEnd : {true, false}) {
                const Classification c = classifyChip(ChipFigures::fromReference(*mine, lowEnd), rule(m_book, v.id));
                QVERIFY2(c.eccn == expected, qPrintable(QStringLiteral("%1 %2 %3: %4 vs %5; %6")
                                                            .arg(model, QLatin1String(v.id), lowEnd ? QLatin1String("low") : QLatin1String("high"),
                                                                 c.eccn, expected, c.arithmetic.join(QStringLiteral("; ")))));
                if (mine->tpp.low)
                    QVERIFY(c.arithmetic.join(QLatin1Char(' ')).contains(formatNumber(*ChipFigures::fromReference(*mine, lowEnd).tpp)));
            }
        }
    }

    void note2ExcludesSlowNonDatacenterParts()
    {
        ChipFigures chip{4000, std::nullopt, 6.5, 64, 1000, true};
        QCOMPARE(classifyChip(chip, rule(m_book, "ear_3a090_oct2023")).eccn, QStringLiteral("3A090.a"));
        chip.datacenter = false;
        const Classification c = classifyChip(chip, rule(m_book, "ear_3a090_oct2023"));
        QCOMPARE(c.eccn, QStringLiteral("not controlled"));
        QVERIFY(c.arithmetic.join(QLatin1Char(' ')).contains(QLatin1String("Note 2")));
    }

    void densityIsComputedFromDieArea()
    {
        const ChipFigures chip{2368, 814, std::nullopt, 900, 4000, true};
        const Classification c = classifyChip(chip, rule(m_book, "ear_3a090_oct2023"));
        QCOMPARE(c.eccn, QStringLiteral("not controlled"));
        QVERIFY(c.arithmetic.first().contains(QStringLiteral("2,368 ÷ die area 814 mm² = 2.91")));
    }

    void thresholdEdges()
    {
        const ItemRule *r23 = rule(m_book, "ear_3a090_oct2023");
        QCOMPARE(classifyChip({4800, {}, 1.0, {}, {}, true}, r23).eccn, QStringLiteral("3A090.a"));
        QCOMPARE(classifyChip({4799, {}, 1.0, {}, {}, true}, r23).eccn, QStringLiteral("not controlled"));
        QCOMPARE(classifyChip({2400, {}, 1.6, {}, {}, true}, r23).eccn, QStringLiteral("3A090.b"));
        QCOMPARE(classifyChip({1600, {}, 5.92, {}, {}, true}, r23).eccn, QStringLiteral("3A090.a"));
        QCOMPARE(classifyChip({1600, {}, 3.2, {}, {}, true}, r23).eccn, QStringLiteral("3A090.b"));
        const ItemRule *r22 = rule(m_book, "ear_3a090_oct2022");
        QCOMPARE(classifyChip({4800, {}, {}, 600, {}, true}, r22).eccn, QStringLiteral("3A090.a"));
        QCOMPARE(classifyChip({4800, {}, {}, 599, {}, true}, r22).eccn, QStringLiteral("not controlled"));
        QCOMPARE(classifyChip({4800, {}, {}, {}, {}, true}, r22).eccn, QStringLiteral("unknown"));
        QCOMPARE(classifyChip({36000, {}, {}, 1800, {}, true}, nullptr).eccn, QStringLiteral("not controlled"));
    }

    void systemsFollowTheirChips()
    {
        const ItemRule *r23 = rule(m_book, "ear_3a090_oct2023");
        const Classification a = classifyChip({36000, 1628, {}, 1800, 8000, true}, r23);
        QCOMPARE(classifySystem(a, QStringLiteral("B200"), 72, r23, QDate(2025, 10, 1)).eccn, QStringLiteral("4A090.a"));
        const Classification b = classifyChip({2400, {}, 2.0, {}, {}, true}, r23);
        QCOMPARE(classifySystem(b, QStringLiteral("x"), 8, r23, QDate(2024, 4, 3)).eccn, QStringLiteral("4A090"));
        QCOMPARE(classifySystem(b, QStringLiteral("x"), 8, r23, QDate(2024, 4, 4)).eccn, QStringLiteral("4A090.b"));
    }

private:
    RuleBook m_book;
    QJsonArray m_ref;
};

QTEST_GUILESS_MAIN(TestChipClassifier)
#include "test_chipclassifier.moc"
