// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "store/casestore.h"
#include "store/recover.h"
#include "store/schema.h"
#include "testcases.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace chiptrail;

namespace {

// Writes a case file exactly as ChipTrail 0.1 with schema version 1 wrote it.
void writeVersion1File(const QString &path)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const QByteArray setup = QByteArray("PRAGMA application_id=") + QByteArray::number(schema::applicationId)
                             + ";\nPRAGMA journal_mode=DELETE;\n" + schema::migrations()[0]
                             + "\nPRAGMA user_version=1;\n"
                               "INSERT INTO case_info VALUES ('title', 'Old case');\n"
                               "INSERT INTO party VALUES (1, 'nvidia', 'NVIDIA', 'manufacturer', 'US', "
                               "'US', NULL, 'confirmed');\n"
                               "INSERT INTO party VALUES (2, 'indosat', 'Indosat', "
                               "'telecom_cloud_provider', 'ID', 'ID', NULL, 'reported');\n"
                               "INSERT INTO link(id, key, kind, from_id, to_id, quantity, date_from, "
                               "confidence) VALUES (1, 'l1', 'sale', 1, 2, 2304, '2025-10', 'reported');\n";
    char *error = nullptr;
    const int rc = sqlite3_exec(db, setup.constData(), nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

void identity(sqlite3_context *context, int, sqlite3_value **argv)
{
    sqlite3_result_value(context, argv[0]);
}

// Writes a case file of schema version 4, the last with the combined telecom / cloud provider
// role, holding a party of every role that version knew and an ownership link.
void writeVersion4File(const QString &path)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    // Version 4 fills its search index through ChipTrail's folding function; the tables are
    // empty here, so any function of that name will do.
    sqlite3_create_function(db, "chiptrail_fold", 1, SQLITE_UTF8, nullptr, identity, nullptr, nullptr);
    QByteArray setup = QByteArray("PRAGMA application_id=") + QByteArray::number(schema::applicationId)
                       + ";\nPRAGMA journal_mode=DELETE;\n";
    for (int i = 0; i < 4; ++i)
        setup += QByteArray(schema::migrations()[size_t(i)]) + "\n";
    setup += "PRAGMA user_version=4;\n"
             "INSERT INTO case_info VALUES ('title', 'Case of format 4');\n";
    const char *roles[] = {"manufacturer", "server_integrator", "distributor", "telecom_cloud_provider",
                           "data_centre_operator", "cloud_tenant", "university", "government_body",
                           "person", "other", "telecom_cloud_provider"};
    int id = 0;
    for (const char *role : roles) {
        ++id;
        setup += QByteArray("INSERT INTO party(id, key, name, role, confidence) VALUES (") + QByteArray::number(id)
                 + ", 'p" + QByteArray::number(id) + "', 'Party " + QByteArray::number(id) + "', '" + role
                 + "', 'reported');\n";
    }
    setup += "INSERT INTO link(id, key, kind, from_id, to_id, confidence) VALUES "
             "(1, 'owns', 'ownership', 1, 4, 'reported');\n";
    char *error = nullptr;
    const int rc = sqlite3_exec(db, setup.constData(), nullptr, nullptr, &error);
    const QString message = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

void setUserVersion(const QString &path, int version)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, QByteArray("PRAGMA user_version=" + QByteArray::number(version)).constData(),
                 nullptr, nullptr, nullptr);
    sqlite3_close(db);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void version1FilesAreUpgradedWithTheirData()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.chiptrail"));
        writeVersion1File(path);
        const auto store = CaseStore::open(path);
        QCOMPARE(store->schemaVersion(), schema::currentVersion());
        QCOMPARE(store->info().title, QStringLiteral("Old case"));
        QCOMPARE(store->parties().size(), 2);
        QCOMPARE(store->links().first().quantity, 2304);
        // The new table works on the upgraded file.
        store->setNodePositions({{PartyId(1), QPointF(5, 5), false}});
        QCOMPARE(CaseStore::open(path, CaseStore::Access::ReadOnly)->nodePositions().size(), 1);
    }

    // Case format 5 split the combined role: every party stays, the old role becomes cloud_provider
    // (model/enums.h), the others keep theirs, and ownership links have no share until one is set.
    void version4FilesKeepEveryPartyAndMapTheOldRole()
    {
        for (const auto access : {CaseStore::Access::ReadOnly, CaseStore::Access::ReadWrite}) {
            const QString path = m_dir.filePath(QStringLiteral("v4-%1.chiptrail").arg(int(access)));
            writeVersion4File(path);
            const auto store = CaseStore::open(path, access);
            QCOMPARE(store->schemaVersion(), schema::currentVersion());
            const QList<Party> parties = store->parties();
            QCOMPARE(parties.size(), 11);
            const PartyRole expected[] = {PartyRole::Manufacturer, PartyRole::ServerIntegrator, PartyRole::Distributor,
                                          PartyRole::CloudProvider, PartyRole::DataCentreOperator, PartyRole::CloudTenant,
                                          PartyRole::University, PartyRole::GovernmentBody, PartyRole::Person,
                                          PartyRole::Other, PartyRole::CloudProvider};
            for (int i = 0; i < parties.size(); ++i) {
                QCOMPARE(parties.at(i).name, QStringLiteral("Party %1").arg(i + 1));
                QCOMPARE(parties.at(i).role, expected[i]);
            }
            Link owns = store->links().first();
            QVERIFY(!owns.ownershipShare);
            if (access == CaseStore::Access::ReadWrite) {
                owns.ownershipShare = 51;
                store->updateLink(owns);
                QCOMPARE(CaseStore::open(path, CaseStore::Access::ReadOnly)->links().first().ownershipShare, 51.0);
            }
        }
    }

    // Recovering a file of format 4 copies its links although they lack the share column, and
    // maps the old role as opening does.
    void recoveringAVersion4FileKeepsItsLinksAndMapsTheRole()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4-recover.chiptrail"));
        const QString out = m_dir.filePath(QStringLiteral("v4-recovered.chiptrail"));
        writeVersion4File(path);
        const RecoveryReport report = recoverCase(path, out);
        QCOMPARE(report.tables.value(QStringLiteral("link")).copied, 1);
        QVERIFY(!report.tables.value(QStringLiteral("link")).missing);
        const auto store = CaseStore::open(out, CaseStore::Access::ReadOnly);
        QCOMPARE(store->parties().size(), 11);
        QCOMPARE(store->parties().at(3).role, PartyRole::CloudProvider);
        QCOMPARE(store->links().size(), 1);
        QVERIFY(!store->links().first().ownershipShare);
    }

    // The schema refuses a share out of range even from a file written by hand.
    void theSchemaRefusesASharePastOneHundred()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4-check.chiptrail"));
        writeVersion4File(path);
        CaseStore::open(path).reset(); // migrated on disk
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const int rc = sqlite3_exec(db, "UPDATE link SET ownership_share = 150", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_CONSTRAINT);
    }

    void readingAnOldFileDoesNotChangeIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1-readonly.chiptrail"));
        writeVersion1File(path);
        const QByteArray before = testing::fileHash(path);
        const auto store = CaseStore::open(path, CaseStore::Access::ReadOnly);
        QCOMPARE(store->parties().size(), 2);
        QVERIFY(store->nodePositions().isEmpty());
        QCOMPARE(testing::fileHash(path), before);
    }

    void aFileFromANewerProgramIsRefusedAndLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.chiptrail"));
        CaseStore::createFrom(path, testing::oneOfEverything());
        setUserVersion(path, 99);
        const QByteArray before = testing::fileHash(path);
        try {
            CaseStore::open(path);
            QFAIL("a newer file was opened");
        } catch (const CaseError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("newer ChipTrail")), qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("99")));
            QVERIFY(error.message().startsWith(path));
        }
        QCOMPARE(testing::fileHash(path), before);
    }

    void migrationsAreAppendOnly()
    {
        // Version 1 must stay what shipped: a file written by it has exactly these tables.
        const QString sql = QString::fromUtf8(schema::migrations()[0]);
        for (const char *table : {"party", "site", "product", "link", "source", "note", "note_claim",
                                  "attribute_confidence", "case_info"})
            QVERIFY2(sql.contains(QStringLiteral("CREATE TABLE %1 ").arg(QLatin1String(table))), table);
        QVERIFY(!sql.contains(QStringLiteral("node_position")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
