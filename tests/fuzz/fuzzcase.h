// SPDX-License-Identifier: GPL-3.0-or-later
// A small chain whose names, countries and products come from the fuzzer's bytes: the way
// strangers' text reaches the DOT and SVG writers (through a case, never directly).
#pragma once

#include "model/entities.h"

#include <QByteArray>
#include <QStringList>

namespace fuzzcase {

inline chiptrail::CaseData chainFrom(const QByteArray &bytes)
{
    using namespace chiptrail;
    // Lines of the input are the texts; invalid UTF-8 comes through as Qt decodes it.
    QStringList texts = QString::fromUtf8(bytes).split(u'\n');
    while (texts.size() < 4)
        texts.append(QStringLiteral("x"));
    CaseData data;
    data.info.title = texts.value(0).left(2000);
    const int parties = int(qMin<qsizetype>(8, texts.size()));
    const PartyRole roles[] = {PartyRole::Manufacturer, PartyRole::ServerIntegrator, PartyRole::Distributor,
                               PartyRole::CloudTenant};
    for (int i = 0; i < parties; ++i) {
        Party party;
        party.id = PartyId(i + 1);
        party.key = QStringLiteral("p%1").arg(i + 1);
        party.name = texts.at(i).left(10000);
        party.role = roles[i % 4];
        party.headquartersCountry = texts.at((i + 1) % texts.size()).left(2).toUpper();
        data.parties.append(party);
    }
    Product product;
    product.id = ProductId(1);
    product.key = QStringLiteral("chip");
    product.name = texts.value(parties, QStringLiteral("chip")).left(10000);
    data.products.append(product);
    for (int i = 1; i < parties; ++i) {
        Link link;
        link.id = LinkId(i);
        link.key = QStringLiteral("l%1").arg(i);
        link.kind = i % 2 ? LinkKind::Sale : LinkKind::Lease;
        link.from = PartyId(i);
        link.to = PartyId(i + 1);
        link.product = ProductId(1);
        link.quantity = i * 8;
        data.links.append(link);
    }
    return data;
}

} // namespace fuzzcase
