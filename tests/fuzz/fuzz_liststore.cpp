// SPDX-License-Identifier: GPL-3.0-or-later
// A list file from a stranger, imported into the screening-list store (rules/liststore.h): the
// import either stores the whole list or throws CaseError with one short line naming the file,
// and a refused file leaves the store byte for byte as it was. The first byte picks the header
// put in front of the rest (CSL CSV, OpenSanctions targets.simple.csv, CSL JSON, none), so the
// mutations reach the rows rather than the header.
#include "error.h"
#include "fuzzfiles.h"
#include "rules/liststore.h"

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *const headers[] = {
        "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,"
        "standard_order,license_requirement,license_policy,call_sign,remarks,alt_names\n",
        "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,"
        "last_seen,last_change\n",
        "{\"sources_used\": [{\"source_last_updated\": \"2026-11-20\"}], \"results\": ",
        ""};
    const QByteArray file = QByteArray(headers[data[0] % 4]) + QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString dir = fuzzfiles::folder().path();
    const QString listPath = dir + QStringLiteral("/fuzz.list");
    const QString storePath = dir + QStringLiteral("/lists.sqlite");
    {
        QFile out(listPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file) != file.size()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(listPath), qPrintable(out.errorString()));
            std::abort();
        }
    }
    static bool seeded = false;
    if (!seeded) { // one list that every refused import must leave alone
        chiptrail::ScreeningList list{QStringLiteral("Kept"), {}, {}, QDate(2026, 11, 20)};
        chiptrail::ListEntry kept;
        kept.id = QStringLiteral("k1");
        kept.name = QStringLiteral("Kept Entry Ltd.");
        list.entries << kept;
        chiptrail::ListStore(storePath).store(list, QStringLiteral("csl-csv"));
        seeded = true;
    }
    const QByteArray before = fuzzfiles::hashOf(storePath);
    try {
        chiptrail::ListStore store(storePath);
        const chiptrail::StoredList stored = store.importFile(listPath, QStringLiteral("Fuzz"), QString(), QDate(2026, 1, 1));
        if (store.load(QStringLiteral("Fuzz")).entries.size() != stored.entries || store.lists().size() != 2) {
            std::fprintf(stderr, "stored %lld, loaded %lld, lists %lld\n", qint64(stored.entries),
                         qint64(store.load(QStringLiteral("Fuzz")).entries.size()), qint64(store.lists().size()));
            std::abort();
        }
        store.remove(QStringLiteral("Fuzz"));
    } catch (const chiptrail::CaseError &error) {
        if (error.message().contains(QLatin1Char('\n')) || error.message().size() > 2000)
            std::abort();
        if (fuzzfiles::hashOf(storePath) != before) {
            std::fprintf(stderr, "the store changed: %s\n", qPrintable(error.message()));
            std::abort();
        }
    }
    return 0;
}
