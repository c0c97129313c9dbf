// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/namenormaliser.h"
#include "rules/rulebook.h"
#include "rules/screener.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace chiptrail;

class TestScreener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_book = RuleBook::load();
        m_screener = std::make_unique<Screener>(m_book.entityListEntries, m_book.folding);
    }

    void normaliserFolds()
    {
        NameNormaliser n(m_book.folding);
        // Plurals and abbreviations of weak words are read as one word.
        QCOMPARE(n.normalise(QStringLiteral("Huawei Technologies Co., Ltd.")).tokens,
                 (QStringList{QStringLiteral("huawei"), QStringLiteral("technology")}));
        QCOMPARE(n.normalise(QStringLiteral("PT Indosat Tbk")).tokens, QStringList{QStringLiteral("indosat")});
        QCOMPARE(n.normalise(QStringLiteral("ＳＯＰＨＧＯ")).tokens, QStringList{QStringLiteral("sophgo")});
        QCOMPARE(n.normalise(QStringLiteral("Müller GmbH")).tokens, QStringList{QStringLiteral("muller")});
        const NormalisedName han = n.normalise(QStringLiteral("华为有限公司"));
        QCOMPARE(han.joined, QStringLiteral("huawei"));
        QCOMPARE(han.legalForms, QStringList{QStringLiteral("有限公司")});
        QVERIFY(han.changes.join(QLatin1Char(' ')).contains(QLatin1String("Han")));
        // A real Cyrillic name is transliterated, a spoof inside Latin text is folded back.
        // BGN/PCGN romanisation, as English-language lists write Russian names.
        QCOMPARE(n.normalise(QStringLiteral("ООО Ромашка")).tokens, QStringList{QStringLiteral("romashka")});
        const NormalisedName spoof = n.normalise(QStringLiteral("Іnѕрur Group"));
        QCOMPARE(spoof.tokens.first(), QStringLiteral("inspur"));
        QVERIFY(spoof.changes.join(QLatin1Char(' ')).contains(QLatin1String("look-alike")));
    }

    void variantsMatch_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("reason");
        QTest::newRow("exact") << QStringLiteral("Huawei Technologies Co., Ltd.") << QStringLiteral("el-huawei-2019") << QStringLiteral("same words");
        QTest::newRow("legal form") << QStringLiteral("Huawei Technologies Limited") << QStringLiteral("el-huawei-2019") << QStringLiteral("legal form");
        QTest::newRow("pte ltd") << QStringLiteral("Sophgo Pte. Ltd.") << QStringLiteral("el-sophgo-2025") << QStringLiteral("pte ltd");
        QTest::newRow("sdn bhd") << QStringLiteral("SOPHGO SDN. BHD.") << QStringLiteral("el-sophgo-2025") << QStringLiteral("sdn bhd");
        QTest::newRow("case and punctuation") << QStringLiteral("inspur-group, co. ltd") << QStringLiteral("el-inspur-2023") << QStringLiteral("same words");
        QTest::newRow("spelling") << QStringLiteral("Huawai") << QStringLiteral("el-huawei-2019") << QStringLiteral("≈");
        QTest::newRow("spelling 2") << QStringLiteral("Moore Thraeds") << QStringLiteral("el-moore-threads-2023") << QStringLiteral("≈");
        QTest::newRow("spacing") << QStringLiteral("Hua Wei") << QStringLiteral("el-huawei-2019") << QStringLiteral("spacing");
        QTest::newRow("cyrillic homoglyph") << QStringLiteral("Нuаwеi") << QStringLiteral("el-huawei-2019") << QStringLiteral("look-alike");
        QTest::newRow("greek homoglyph") << QStringLiteral("ΒΙREN Technology") << QStringLiteral("el-biren-2023") << QStringLiteral("look-alike");
        QTest::newRow("fullwidth") << QStringLiteral("ＩＮＳＰＵＲ　ＧＲＯＵＰ") << QStringLiteral("el-inspur-2023") << QStringLiteral("NFKC");
        QTest::newRow("han script") << QStringLiteral("华为") << QStringLiteral("el-huawei-2019") << QStringLiteral("transliterated from Han");
        QTest::newRow("abbreviation") << QStringLiteral("Biren Tech Co") << QStringLiteral("el-biren-2023") << QStringLiteral("\"tech\" read as \"technology\"");
    }

    void variantsMatch()
    {
        QFETCH(QString, name);
        QFETCH(QString, entry);
        QFETCH(QString, reason);
        const QList<ScreeningHit> hits = m_screener->screen(name, m_book.entityList.possibleScore);
        QVERIFY2(!hits.isEmpty(), qPrintable(name));
        const ListEntry &e = m_screener->list().entries.at(hits.first().entry);
        QCOMPARE(e.id, entry);
        QVERIFY2(hits.first().reasons.join(QLatin1Char(' ')).contains(reason),
                 qPrintable(hits.first().reasons.join(QStringLiteral("; "))));
    }

    // The reference: none of INF Tech, Indosat and Fudan University is on the Entity List.
    void seedPartiesDoNotMatch_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"INF Tech", "Indosat Ooredoo Hutchison", "Indosat", "IOH", "Fudan University",
                              "Fudan-Universität", "复旦大学", "NVIDIA Corporation", "Aivres", "Alibaba Group"})
            QTest::newRow(n) << QString::fromUtf8(n);
    }

    void seedPartiesDoNotMatch()
    {
        QFETCH(QString, name);
        const auto hits = m_screener->screen(name, m_book.entityList.possibleScore);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.isEmpty() ? QString() : hits.first().matchedName));
    }

    void partyScreeningUsesAliases()
    {
        const auto hits = m_screener->screenParty(QStringLiteral("Inspur"), {QStringLiteral("Inspur Group"), QStringLiteral("浪潮集团")},
                                                  m_book.entityList.matchScore);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(m_screener->list().entries.at(hits.first().entry).listed, QDate(2023, 3, 2));
        QCOMPARE(hits.first().queryName, QStringLiteral("Inspur Group"));
    }

    void screenAllKeepsOrder()
    {
        const QStringList names{QStringLiteral("Sophgo"), QStringLiteral("INF Tech"), QStringLiteral("Huawei")};
        const auto results = m_screener->screenAll(names, 0.85, 2);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).size(), 1);
        QVERIFY(results.at(1).isEmpty());
        QCOMPARE(m_screener->list().entries.at(results.at(2).first().entry).id, QStringLiteral("el-huawei-2019"));
    }

    // A 160 KB "name" (a PDF pasted into the name field, a hostile list file) must cost no more
    // than a long real one: names, words and candidates are bounded.
    void hugeNameStaysBounded()
    {
        const auto peakKb = [] {
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            return usage.ru_maxrss; // kilobytes on Linux
        };
        QString huge;
        for (int i = 0; huge.size() < 160 * 1024; ++i)
            huge += (i % 7 == 0) ? QStringLiteral("Huaweiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii ") : QStringLiteral("技术 Ромашка x ");
        const QString oneWord(160 * 1024, QLatin1Char('a'));
        const long before = peakKb();
        QElapsedTimer timer;
        timer.start();
        NameNormaliser n(m_book.folding);
        for (const QString &name : {huge, oneWord}) {
            const NormalisedName norm = n.normalise(name);
            QVERIFY(norm.tokens.size() <= kMaxTokens);
            for (const QString &t : norm.tokens)
                QVERIFY(t.size() <= kMaxTokenChars);
            QVERIFY(norm.rules.contains(QStringLiteral("cut")));
            QVERIFY(norm.changes.join(QLatin1Char(' ')).contains(QLatin1String("first 300")));
            m_screener->screen(name, m_book.entityList.possibleScore);
        }
        // As a list entry too: the index is built from it.
        ScreeningList list{QStringLiteral("hostile"), {}};
        for (int i = 0; i < 20; ++i)
        {
            ListEntry e;
            e.id = QString::number(i);
            e.name = i % 2 ? huge : oneWord;
            e.aliases = {huge};
            e.listed = QDate(2020, 1, 1);
            list.entries << e;
        }
        const Screener hostile(list, m_book.folding);
        QVERIFY(hostile.screen(QStringLiteral("Huawei"), 0.5).size() <= 20);
        const long grownKb = peakKb() - before;
        QVERIFY2(grownKb < 64 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KB").arg(grownKb)));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

private:
    RuleBook m_book;
    std::unique_ptr<Screener> m_screener;
};

QTEST_GUILESS_MAIN(TestScreener)
#include "test_screener.moc"
