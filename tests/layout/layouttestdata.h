// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small cases for the layout tests (the bench generator is bigger than tests need).

#include "model/entities.h"

#include <QStringList>

namespace chiptrail::layouttest {

inline Party party(qint64 id, const QString &name, PartyRole role, const QString &country)
{
    Party p;
    p.id = PartyId(id);
    p.key = QStringLiteral("p-%1").arg(id);
    p.name = name;
    p.role = role;
    p.headquartersCountry = country;
    return p;
}

inline Link link(qint64 id, qint64 from, qint64 to, LinkKind kind = LinkKind::Sale)
{
    Link l;
    l.id = LinkId(id);
    l.key = QStringLiteral("l-%1").arg(id);
    l.from = PartyId(from);
    l.to = PartyId(to);
    l.kind = kind;
    return l;
}

// `n` parties spread over the six tiers and four countries; each party after the first six buys
// from a party of the tier before, plus every seventh link goes back up the chain.
// Deterministic (a linear congruential sequence), no parallel links unless `randomLinks` (that
// many more links between any two parties: a tangle that keeps unconstrained dot busy).
inline CaseData chainCase(int n, int randomLinks = 0)
{
    static const PartyRole roles[] = {PartyRole::Manufacturer, PartyRole::ServerIntegrator,
                                      PartyRole::Distributor, PartyRole::Telecom,
                                      PartyRole::CloudTenant, PartyRole::University};
    static const char *const countries[] = {"US", "TW", "ID", "CN"};
    CaseData data;
    quint32 state = 12345;
    auto next = [&state](int mod) {
        state = state * 1103515245u + 12345u;
        return int((state >> 8) % quint32(mod));
    };
    QList<QList<int>> byTier(6);
    for (int i = 0; i < n; ++i) {
        const int tier = i < 6 ? i : std::min(5, next(10) / 2);
        data.parties.append(party(i + 1, QStringLiteral("Company %1").arg(i + 1), roles[tier],
                                  QLatin1String(countries[next(4)])));
        byTier[tier].append(i + 1);
    }
    qint64 linkId = 1;
    for (int t = 1; t < 6; ++t) {
        for (int to : std::as_const(byTier[t])) {
            const QList<int> &from = byTier[t - 1];
            data.links.append(link(linkId++, from.at(next(int(from.size()))), to));
            if (linkId % 7 == 0) // a cross link back up the chain
                data.links.append(link(linkId++, to, byTier[0].at(next(int(byTier[0].size())))));
        }
    }
    for (int i = 0; i < randomLinks; ++i)
        data.links.append(link(linkId++, next(n) + 1, next(n) + 1));
    return data;
}

// Names that try to break out of a DOT label, expand to something else, or are just big.
inline QStringList hostileNames()
{
    QString nul = QStringLiteral("before");
    nul.append(QChar(0));
    nul.append(QStringLiteral("after"));
    QString huge; // 10,000 characters, specials included
    for (int i = 0; i < 1250; ++i)
        huge += QStringLiteral("ab\\\"<&>x"); // 8 characters
    Q_ASSERT(huge.size() == 10000);
    return {
        QStringLiteral("\"]; node [URL=\"javascript:x\""),
        QStringLiteral("\\N"),
        QStringLiteral("\\G \\L \\l \\r \\n \\E \\T \\H"),
        QStringLiteral("<b>x</b>"),
        nul,
        huge,
        QStringLiteral("AT&amp;T & Co. &lt;literal&gt;"),
        QStringLiteral("ends with a backslash\\"),
        QStringLiteral("two\nlines"),
        QStringLiteral("PT Indosat Ooredoo Hutchison Tbk — 印尼 😀"),
        QStringLiteral("\"quoted\""),
        QStringLiteral("}; digraph X { a -> b"),
        QString(10000, QChar(0x4E2D)), // 30,000 bytes of UTF-8: over Graphviz's 16,384 for one string
        QStringLiteral("a\ttab"),
    };
}

// One distributor per hostile name; every other one with the start of its name as its country
// (countries become cluster labels), one link.
inline CaseData hostileCase()
{
    CaseData data;
    const QStringList names = hostileNames();
    for (int i = 0; i < names.size(); ++i)
        data.parties.append(party(i + 1, names.at(i), PartyRole::Distributor,
                                  i % 2 ? names.at(i).left(50) : QStringLiteral("US")));
    data.links.append(link(1, 1, 2));
    return data;
}

} // namespace chiptrail::layouttest
