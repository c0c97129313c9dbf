// SPDX-License-Identifier: GPL-3.0-or-later
// FtM files for test_ftm, in a file of their own: moc (Qt 6.4) does not read raw string literals.
#include "ftmtestfiles.h"

namespace ftmtest {

QByteArray alephSample()
{
    return R"(
{"id":"os-1","schema":"Company","properties":{"name":["Inspur Group","浪潮集团"],"alias":["Inspur"],"jurisdiction":["cn"],"leiCode":["300300XYZ"],"topics":["sanction"],"incorporationDate":["1998"]},"datasets":["us_bis_entity"],"referents":[],"first_seen":"2023-01-01T00:00:00"}
{"id":"os-2","schema":"Person","properties":{"name":["Sun Pishu"],"country":["cn"]}}
{"id":"os-3","schema":"Directorship","properties":{"director":["os-2"],"organization":["os-1"],"role":["Chairman"],"startDate":["2014-05-03T00:00:00"]}}
{"id":"os-4","schema":"Sanction","properties":{"entity":["os-1"],"program":["Entity List"]}}
{"id":"os-5","schema":"Sanction","properties":{"entity":["os-1"]}}
{"id":"os-6","schema":"Address","properties":{"full":["Jinan"]}}
{"id":"doc-1","schema":"Document","properties":{"title":["Listing"],"fileName":["listing.pdf"],"bodyText":["Inspur Group was added in 2023."],"language":["eng"]}}
{"id":"m-1","schema":"Mention","properties":{"document":["doc-1"],"name":["Inspur Group"],"resolved":["os-1"]}}
{"id":"m-2","schema":"Mention","properties":{"document":["doc-1"],"name":["Nobody"]}}
{"id":"v-1","schema":"Vessel","properties":{"name":["Ocean Star"]}}
{"id":"own-v","schema":"Ownership","properties":{"owner":["os-1"],"asset":["v-1"],"percentage":["100"]}}
{"id":"doc-2","schema":"Documentation","properties":{"document":["doc-1"],"entity":["os-1","os-4"],"description":["was added in 2023"]}}
{"id":"pay-1","schema":"Payment","properties":{"payer":["os-2"],"beneficiary":["os-1"],"amount":["1000000"],"currency":["usd"],"date":["2024-02"]}}
)";
}

QList<BadFile> badFiles()
{
    const QByteArray a = R"({"id":"a","schema":"Company","properties":{"name":["A"]}})" "\n";
    return {
        {"dangling owner", a + R"({"id":"o","schema":"Ownership","properties":{"owner":["zzz"],"asset":["a"]}})",
         QStringLiteral("in.ftm.json: line 2: owner (Ownership): refers to \"zzz\", which is not a party in the file")},
        {"dangling document", a + "\n" + R"({"id":"m","schema":"Mention","properties":{"document":["nope"],"name":["A"]}})",
         QStringLiteral("in.ftm.json: line 3: document (Mention): refers to \"nope\"")},
        {"bad date", a + R"({"id":"o","schema":"UnknownLink","properties":{"subject":["a"],"object":["a"],"date":["last May"]}})",
         QStringLiteral("line 2: date (UnknownLink): \"last May\" is not a date")},
        {"bad amount", a + R"({"id":"p","schema":"Payment","properties":{"payer":["a"],"beneficiary":["a"],"amount":["lots"]}})",
         QStringLiteral("line 2: amount (Payment): \"lots\" is not a number")},
        {"no name", QByteArray(R"({"id":"a","schema":"Person","properties":{}})"),
         QStringLiteral("line 1: name (Person): a party needs a name")},
        {"same id twice", a + a, QStringLiteral("line 2: the id \"a\" is on line 1 already")},
        {"bad extras", QByteArray(R"({"id":"a","schema":"Company","properties":{"name":["A"],"summary":["ChipTrail: {nope"]}})"),
         QStringLiteral("line 1: summary: the ChipTrail data is not a JSON object")},
        {"bad role", QByteArray(R"({"id":"a","schema":"Company","properties":{"name":["A"],"summary":["ChipTrail: {\"role\":\"king\"}"]}})"),
         QStringLiteral("line 1: summary (Company): unknown role \"king\"")},
    };
}

} // namespace ftmtest
