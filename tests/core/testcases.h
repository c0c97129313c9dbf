// SPDX-License-Identifier: GPL-3.0-or-later
// Small cases built in code, for tests that need a store with one of everything.
#pragma once

#include "model/entities.h"

#include <QCryptographicHash>
#include <QFile>

namespace chiptrail::testing {

inline CaseData oneOfEverything()
{
    CaseData data;
    data.info = {QStringLiteral("Test case"), QStringLiteral("for tests"), QStringLiteral("en")};
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
    return data;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace chiptrail::testing
