// SPDX-License-Identifier: GPL-3.0-or-later
// The FollowTheMoney JSON lines reader: plain and nested entities, blank lines, a byte-order mark,
// CRLF, cancelling, and a clear message naming the line for every kind of bad input.
#include "error.h"
#include "interchange/ftmlines.h"

#include <QBuffer>
#include <QTest>

using namespace chiptrail;

namespace {

QList<FtmEntity> readAll(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    QList<FtmEntity> entities;
    readFtmLines(buffer, QStringLiteral("case.ftm.json"), [&](const FtmEntity &e) {
        entities.append(e);
        return true;
    });
    return entities;
}

QString errorOf(const QByteArray &text)
{
    try {
        readAll(text);
    } catch (const CaseError &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestFtmLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPlainAndNestedEntities()
    {
        const QByteArray text =
            "\xEF\xBB\xBF{\"id\":\"ct-p-nvidia\",\"schema\":\"Company\",\"properties\":{\"name\":[\"NVIDIA Corporation\",\"Nvidia\"],\"country\":[\"us\"]}}\r\n"
            "\n"
            "   \n"
            "{\"id\":\"own-1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[{\"id\":\"ct-p-a\",\"schema\":\"Person\",\"properties\":{}}],\"asset\":\"ct-p-nvidia\"},\"datasets\":[\"x\"]}\n"
            "{\"id\":\"bare\",\"schema\":\"Thing\"}";
        const QList<FtmEntity> entities = readAll(text);
        QCOMPARE(entities.size(), 3);
        QCOMPARE(entities[0].id, QStringLiteral("ct-p-nvidia"));
        QCOMPARE(entities[0].schema, QStringLiteral("Company"));
        QCOMPARE(entities[0].line, 1);
        QCOMPARE(entities[0].properties.value(QStringLiteral("name")),
                 (QStringList{QStringLiteral("NVIDIA Corporation"), QStringLiteral("Nvidia")}));
        QCOMPARE(entities[1].line, 4);
        QCOMPARE(entities[1].properties.value(QStringLiteral("owner")), QStringList{QStringLiteral("ct-p-a")});
        QCOMPARE(entities[1].properties.value(QStringLiteral("asset")), QStringList{QStringLiteral("ct-p-nvidia")});
        QCOMPARE(entities[2].line, 5);
        QVERIFY(entities[2].properties.isEmpty());
    }

    void keepsTextAsWritten()
    {
        const QByteArray text = "{\"id\":\"n\",\"schema\":\"Company\",\"properties\":{\"name\":[\"M\xC3\xBCller \\u00df \\ufeffX\"]}}\n";
        const QList<FtmEntity> entities = readAll(text);
        QCOMPARE(entities.size(), 1);
        QCOMPARE(entities[0].properties.value(QStringLiteral("name")).value(0),
                 QStringLiteral("M\u00fcller \u00df \ufeffX"));
    }

    void stopsWhenAsked()
    {
        QBuffer buffer;
        buffer.setData("{\"id\":\"a\",\"schema\":\"Company\"}\n{\"id\":\"b\",\"schema\":\"Company\"}\nnot json\n");
        buffer.open(QIODevice::ReadOnly);
        int seen = 0;
        readFtmLines(buffer, QStringLiteral("f"), [&](const FtmEntity &) { return ++seen < 2; });
        QCOMPARE(seen, 2);
    }

    void refusesBadLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "{\"id\":\"a\",\"schema\":\"Company\"}\n";
        QTest::newRow("not json") << good + "{\"id\":" << QStringLiteral("case.ftm.json: line 2: not JSON");
        QTest::newRow("array") << QByteArray("[1,2]\n") << QStringLiteral("line 1: expected one entity object");
        QTest::newRow("no id") << good + good + "{\"schema\":\"Company\"}" << QStringLiteral("line 3: the entity has no \"id\"");
        QTest::newRow("no schema") << QByteArray("{\"id\":\"a\"}") << QStringLiteral("line 1: the entity has no \"schema\"");
        QTest::newRow("number value") << QByteArray("{\"id\":\"a\",\"schema\":\"Payment\",\"properties\":{\"amount\":[5]}}")
                                      << QStringLiteral("line 1: property \"amount\": expected text or an entity, not a number");
        QTest::newRow("properties list") << QByteArray("{\"id\":\"a\",\"schema\":\"Company\",\"properties\":[]}")
                                         << QStringLiteral("line 1: \"properties\" must be an object");
        QTest::newRow("bad utf-8") << good + "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"\xFF\"]}}"
                                   << QStringLiteral("case.ftm.json: line 2");
        QTest::newRow("lone surrogate") << QByteArray("{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[\"\\ud800\"]}}")
                                        << QStringLiteral("case.ftm.json: line 1");
        QByteArray manyProps = "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{";
        for (int i = 0; i <= ftmlimits::maxProperties; ++i)
            manyProps += (i ? "," : "") + QByteArray("\"p") + QByteArray::number(i) + "\":[\"x\"]";
        manyProps += "}}";
        QTest::newRow("many properties") << manyProps << QStringLiteral("line 1: the entity has 501 properties");
        QByteArray manyValues = "{\"id\":\"a\",\"schema\":\"Company\",\"properties\":{\"name\":[";
        for (int i = 0; i <= ftmlimits::maxValues; ++i)
            manyValues += (i ? ",\"x\"" : "\"x\"");
        manyValues += "]}}";
        QTest::newRow("many values") << manyValues << QStringLiteral("line 1: the entity has more than 20000 property values");
        QTest::newRow("long id") << "{\"id\":\"" + QByteArray(2000, 'a') + "\",\"schema\":\"Company\"}"
                                 << QStringLiteral("line 1: \"id\" is 2000 characters long");
    }

    void refusesBadLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString message = errorOf(text);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("case.ftm.json: line ")), qPrintable(message));
    }

    void refusesAnEndlessLine()
    {
        // A line without an end is refused once it passes the bound, not read into memory whole.
        QByteArray text = "{\"id\":\"a\",\"schema\":\"Company\"}\n{\"id\":\"";
        text += QByteArray(ftmlimits::maxLineBytes + 10, 'a');
        const QString message = errorOf(text);
        QVERIFY2(message.startsWith(QStringLiteral("case.ftm.json: line 2: the line is longer than 64 MB")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestFtmLines)
#include "test_ftmlines.moc"
