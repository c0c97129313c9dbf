// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/entities.h"

#include <QTest>

using namespace chiptrail;

class TestModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partialDatesKeepTheirPrecision_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("year") << QStringLiteral("2025") << QDate(2025, 1, 1) << QDate(2025, 12, 31);
        QTest::newRow("month") << QStringLiteral("2025-10") << QDate(2025, 10, 1) << QDate(2025, 10, 31);
        QTest::newRow("leap february") << QStringLiteral("2024-02") << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("day") << QStringLiteral("2023-11-17") << QDate(2023, 11, 17) << QDate(2023, 11, 17);
    }
    void partialDatesKeepTheirPrecision()
    {
        QFETCH(QString, text);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        const auto date = PartialDate::fromIso(text);
        QVERIFY(date);
        QCOMPARE(date->toIso(), text);
        QCOMPARE(date->earliest(), earliest);
        QCOMPARE(date->latest(), latest);
    }

    void malformedDatesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "25-10", "2025-13", "2025-02-30", "2025/10", "October 2025", "2025-1"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void malformedDatesAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!PartialDate::fromIso(text));
    }

    void partialDatesOrderChronologically()
    {
        QVERIFY(*PartialDate::fromIso(QStringLiteral("2025-09")) < *PartialDate::fromIso(QStringLiteral("2025-10")));
        QVERIFY(*PartialDate::fromIso(QStringLiteral("2024")) < *PartialDate::fromIso(QStringLiteral("2025-01-01")));
    }

    void wordsRoundTrip()
    {
        for (const auto c : allConfidences())
            QCOMPARE(confidenceFromWord(toWord(c)), c);
        for (const auto r : allPartyRoles())
            QCOMPARE(partyRoleFromWord(toWord(r)), r);
        for (const auto k : allLinkKinds())
            QCOMPARE(linkKindFromWord(toWord(k)), k);
        QVERIFY(!confidenceFromWord(QStringLiteral("certain")));
        QVERIFY(!linkKindFromWord(QStringLiteral("Sale"))); // words are exact, not case-folded
    }

    void chainTiersRunLeftToRight()
    {
        QVERIFY(chainTier(PartyRole::Manufacturer) < chainTier(PartyRole::ServerIntegrator));
        QVERIFY(chainTier(PartyRole::ServerIntegrator) < chainTier(PartyRole::Distributor));
        for (const PartyRole provider : {PartyRole::Telecom, PartyRole::CloudProvider, PartyRole::DataCentreOperator}) {
            QVERIFY(chainTier(PartyRole::Distributor) < chainTier(provider));
            QVERIFY(chainTier(provider) < chainTier(PartyRole::CloudTenant));
        }
        // Investors stand with the owners, off the chain.
        QVERIFY(chainTier(PartyRole::Investor) > chainTier(PartyRole::CloudTenant));
    }

    void rolesOfOlderFilesReadAsTheirNewRole()
    {
        for (const PartyRole role : allPartyRoles()) {
            QCOMPARE(partyRoleFromWord(toWord(role)), role);
            QVERIFY(!partyRoleFromOldWord(toWord(role))); // a current word is never an old one
        }
        QVERIFY(!partyRoleFromWord(QStringLiteral("telecom_cloud_provider")));
        QCOMPARE(partyRoleFromOldWord(QStringLiteral("telecom_cloud_provider")), PartyRole::CloudProvider);
        QCOMPARE(partyRoleFromAnyWord(QStringLiteral("telecom_cloud_provider")), PartyRole::CloudProvider);
        QCOMPARE(partyRoleFromAnyWord(QStringLiteral("telecom")), PartyRole::Telecom);
        QVERIFY(!partyRoleFromAnyWord(QStringLiteral("telco")));
    }

    void codePointOffsetsCountEmojiOnce()
    {
        const QString text = QStringLiteral("📌 Zusammenfassung: Straße");
        QCOMPARE(codePointLength(text), 25);
        QCOMPARE(codePointSlice(text, 2, 16), QStringLiteral("Zusammenfassung:"));
        QCOMPARE(codePointSlice(text, 0, 1), QStringLiteral("📌"));
        QVERIFY(codePointSlice(text, 20, 10).isNull());
        QCOMPARE(utf16IndexToCodePoint(text, codePointToUtf16Index(text, 19)), 19);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
