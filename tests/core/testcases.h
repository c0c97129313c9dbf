// SPDX-License-Identifier: GPL-3.0-or-later
// Small cases built in code, for tests that need a store with one of everything.
#pragma once

#include "model/entities.h"

#include <QCryptographicHash>
#include <QFile>
#include <sqlite3.h>

namespace chiptrail::testing {

inline CaseData oneOfEverything()
{
    CaseData data;
    data.info.title = QStringLiteral("Test case");
    data.info.description = QStringLiteral("for tests");
    data.info.language = QStringLiteral("en");
    data.info.subtitle = QStringLiteral("A subtitle");
    data.info.author = QStringLiteral("Investigations desk");
    data.info.credit = QStringLiteral("Example Daily");
    Party maker;
    maker.id = PartyId(1);
    maker.key = QStringLiteral("maker");
    maker.name = QStringLiteral("Maker Corp.");
    maker.aliases = {QStringLiteral("Maker"), QStringLiteral("メーカー")};
    maker.role = PartyRole::Manufacturer;
    maker.incorporationCountry = QStringLiteral("US");
    maker.headquartersCountry = QStringLiteral("US");
    maker.identifiers = {{QStringLiteral("website"), QStringLiteral("maker.example")}};
    maker.confidence = Confidence::Confirmed;
    Party tenant;
    tenant.id = PartyId(2);
    tenant.key = QStringLiteral("tenant");
    tenant.name = QStringLiteral("Tenant Ltd. \"<b>quoted</b>\"");
    tenant.role = PartyRole::CloudTenant;
    tenant.headquartersCountry = QStringLiteral("CN");
    tenant.confidence = Confidence::Suspected;
    tenant.attributeConfidence = {{QStringLiteral("headquarters_country"), Confidence::Reported}};
    data.parties = {maker, tenant};

    Product chip;
    chip.id = ProductId(1);
    chip.key = QStringLiteral("chip");
    chip.name = QStringLiteral("Chip X");
    chip.kind = ProductKind::Chip;
    chip.chip.tpp = 4992;
    chip.chip.dieAreaMm2 = 826;
    chip.chip.interconnectGBps = 600;
    Product rack;
    rack.id = ProductId(2);
    rack.key = QStringLiteral("rack");
    rack.name = QStringLiteral("Rack of X");
    rack.kind = ProductKind::System;
    rack.contains = ProductId(1);
    rack.chipsPerUnit = 8;
    data.products = {chip, rack};

    Site site;
    site.id = SiteId(1);
    site.key = QStringLiteral("dc");
    site.name = QStringLiteral("DC 1");
    site.country = QStringLiteral("ID");
    site.city = QStringLiteral("Jakarta");
    site.operatorParty = PartyId(1);
    data.sites = {site};

    Link sale;
    sale.id = LinkId(1);
    sale.key = QStringLiteral("sale");
    sale.kind = LinkKind::Sale;
    sale.from = PartyId(1);
    sale.to = PartyId(2);
    sale.product = ProductId(2);
    sale.quantity = 32;
    sale.value = 1.5e8;
    sale.currency = QStringLiteral("USD");
    sale.dateFrom = *PartialDate::fromIso(QStringLiteral("2025-10"));
    sale.site = SiteId(1);
    sale.shipFromCountry = QStringLiteral("US");
    sale.shipToCountry = QStringLiteral("ID");
    sale.attributeConfidence = {{QStringLiteral("value"), Confidence::Disputed}};
    data.links = {sale};

    Source source;
    source.id = SourceId(1);
    source.key = QStringLiteral("src");
    source.title = QStringLiteral("Bericht");
    source.publisher = QStringLiteral("Zeitung");
    source.language = QStringLiteral("de");
    source.date = *PartialDate::fromIso(QStringLiteral("2025-11-02"));
    source.text = QStringLiteral("📌 Die Firma verkaufte 32 Racks an den Mieter in Jakarta.");
    data.sources = {source};

    Note note;
    note.id = NoteId(1);
    note.key = QStringLiteral("n1");
    note.source = SourceId(1);
    note.start = 2; // after the emoji (one code point) and the space
    note.length = 21;
    note.excerpt = QStringLiteral("Die Firma verkaufte 3");
    note.claims = {{SubjectKind::Link, 1, QStringLiteral("quantity")}, {SubjectKind::Party, 1, {}}};
    data.notes = {note};
    data.screeningDecisions = {{PartyId(1), QStringLiteral("el-maker"), QStringLiteral("Entity List"), false,
                                QStringLiteral("a different Maker, in Shenzhen"), QStringLiteral("2026-11-24T09:30:00")}};
    return data;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Copies the case file `path` to `target` as a crash in the middle of an edit leaves it: pages
// of the edit already written into the file, the journal that undoes them beside it (a "hot"
// journal). `path` itself is left as it was.
inline bool copyAsCrashedMidEdit(const QString &path, const QString &target)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    // A cache of a few pages makes SQLite write changed pages into the file before the commit.
    const bool edited = sqlite3_exec(db, "PRAGMA cache_size=2; BEGIN; UPDATE source SET text = text || text; "
                                         "DELETE FROM note_claim;", nullptr, nullptr, nullptr) == SQLITE_OK;
    const bool copied = edited && QFile::copy(path, target)
                        && QFile::copy(path + QStringLiteral("-journal"), target + QStringLiteral("-journal"));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return copied;
}

} // namespace chiptrail::testing
