// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejson.h"
#include "interchange/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chiptrail {
namespace {

// Leaves out what a reader would assume anyway, so files hold only what the case says.
void put(QJsonObject &o, const char *name, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(name), value);
}
void put(QJsonObject &o, const char *name, const PartialDate &value)
{
    if (!value.isNull())
        o.insert(QLatin1String(name), value.toIso());
}
void put(QJsonObject &o, const char *name, std::optional<double> value)
{
    if (value)
        o.insert(QLatin1String(name), *value);
}
void put(QJsonObject &o, const char *name, std::optional<qint64> value)
{
    if (value)
        o.insert(QLatin1String(name), double(*value));
}
void put(QJsonObject &o, const char *name, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(QLatin1String(name), QJsonArray::fromStringList(values));
}
void putConfidence(QJsonObject &o, Confidence confidence, const AttributeConfidence &attributes)
{
    o.insert(QLatin1String("confidence"), toWord(confidence));
    if (attributes.isEmpty())
        return;
    QJsonObject map;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        map.insert(it.key(), toWord(it.value()));
    o.insert(QLatin1String("attribute_confidence"), map);
}

template <typename Entity>
QHash<qint64, QString> keysById(const QList<Entity> &entities)
{
    QHash<qint64, QString> keys;
    for (const auto &e : entities)
        keys.insert(e.id.value, e.key);
    return keys;
}

template <typename T>
QString keyOf(const QHash<qint64, QString> &keys, const std::optional<T> &id)
{
    return id ? keys.value(id->value) : QString();
}

} // namespace

QByteArray writeCaseJson(const CaseData &data)
{
    const auto partyKeys = keysById(data.parties);
    const auto siteKeys = keysById(data.sites);
    const auto productKeys = keysById(data.products);
    const auto linkKeys = keysById(data.links);
    const auto sourceKeys = keysById(data.sources);
    const auto noteKeys = keysById(data.notes);

    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String("chiptrail-case"));
    root.insert(QLatin1String("format_version"), caseJsonFormatVersion);
    QJsonObject info;
    info.insert(QLatin1String("title"), data.info.title);
    put(info, "subtitle", data.info.subtitle);
    put(info, "description", data.info.description);
    put(info, "author", data.info.author);
    put(info, "credit", data.info.credit);
    put(info, "language", data.info.language);
    root.insert(QLatin1String("case"), info);

    QJsonArray parties;
    for (const auto &p : data.parties) {
        QJsonObject o;
        put(o, "key", p.key);
        put(o, "name", p.name);
        put(o, "aliases", p.aliases);
        o.insert(QLatin1String("role"), toWord(p.role));
        put(o, "incorporation_country", p.incorporationCountry);
        put(o, "headquarters_country", p.headquartersCountry);
        if (!p.identifiers.isEmpty()) {
            QJsonArray ids;
            for (const auto &id : p.identifiers)
                ids.append(QJsonObject{{QLatin1String("scheme"), id.scheme}, {QLatin1String("value"), id.value}});
            o.insert(QLatin1String("identifiers"), ids);
        }
        put(o, "description", p.description);
        putConfidence(o, p.confidence, p.attributeConfidence);
        parties.append(o);
    }

    QJsonArray sites;
    for (const auto &s : data.sites) {
        QJsonObject o;
        put(o, "key", s.key);
        put(o, "name", s.name);
        put(o, "country", s.country);
        put(o, "city", s.city);
        put(o, "operator", keyOf(partyKeys, s.operatorParty));
        put(o, "description", s.description);
        putConfidence(o, s.confidence, s.attributeConfidence);
        sites.append(o);
    }

    QJsonArray products;
    for (const auto &p : data.products) {
        QJsonObject o;
        put(o, "key", p.key);
        put(o, "name", p.name);
        put(o, "vendor", p.vendor);
        o.insert(QLatin1String("kind"), toWord(p.kind));
        QJsonObject chip;
        put(chip, "tpp", p.chip.tpp);
        put(chip, "die_area_mm2", p.chip.dieAreaMm2);
        put(chip, "performance_density", p.chip.performanceDensity);
        put(chip, "memory_bandwidth_gbps", p.chip.memoryBandwidthGBps);
        put(chip, "interconnect_gbps", p.chip.interconnectGBps);
        if (!p.chip.datacenter)
            chip.insert(QLatin1String("datacenter"), false);
        if (!chip.isEmpty())
            o.insert(QLatin1String("chip"), chip);
        put(o, "contains", keyOf(productKeys, p.contains));
        if (p.chipsPerUnit > 0)
            o.insert(QLatin1String("chips_per_unit"), p.chipsPerUnit);
        put(o, "description", p.description);
        putConfidence(o, p.confidence, p.attributeConfidence);
        products.append(o);
    }

    QJsonArray links;
    for (const auto &l : data.links) {
        QJsonObject o;
        put(o, "key", l.key);
        o.insert(QLatin1String("kind"), toWord(l.kind));
        put(o, "from", partyKeys.value(l.from.value));
        put(o, "to", partyKeys.value(l.to.value));
        put(o, "product", keyOf(productKeys, l.product));
        put(o, "quantity", l.quantity);
        put(o, "value", l.value);
        put(o, "currency", l.currency);
        put(o, "ownership_share", l.ownershipShare);
        put(o, "date_from", l.dateFrom);
        put(o, "date_to", l.dateTo);
        put(o, "site", keyOf(siteKeys, l.site));
        put(o, "ship_from_country", l.shipFromCountry);
        put(o, "ship_to_country", l.shipToCountry);
        put(o, "description", l.description);
        putConfidence(o, l.confidence, l.attributeConfidence);
        links.append(o);
    }

    QJsonArray sources;
    for (const auto &s : data.sources) {
        QJsonObject o;
        put(o, "key", s.key);
        put(o, "title", s.title);
        put(o, "publisher", s.publisher);
        put(o, "date", s.date);
        put(o, "language", s.language);
        put(o, "url", s.url);
        put(o, "text", s.text);
        put(o, "retrieved", s.retrieved);
        put(o, "archive_url", s.archiveUrl);
        if (!s.pageStarts.isEmpty()) {
            QJsonArray pages;
            for (const int start : s.pageStarts)
                pages.append(start);
            o.insert(QStringLiteral("page_starts"), pages);
        }
        if (s.file) {
            // The document itself travels with the case: base64 in the JSON, its hash beside it.
            QJsonObject file;
            put(file, "name", s.file->name);
            put(file, "media_type", s.file->mediaType);
            put(file, "sha256", s.file->sha256);
            file.insert(QStringLiteral("data"), QString::fromLatin1(s.file->bytes.toBase64()));
            o.insert(QStringLiteral("file"), file);
        }
        sources.append(o);
    }

    QJsonArray notes;
    for (const auto &n : data.notes) {
        QJsonObject o;
        put(o, "key", n.key);
        put(o, "source", sourceKeys.value(n.source.value));
        o.insert(QLatin1String("start"), n.start);
        o.insert(QLatin1String("length"), n.length);
        o.insert(QLatin1String("excerpt"), n.excerpt);
        put(o, "translation_of", keyOf(noteKeys, n.translationOf));
        QJsonArray claims;
        for (const auto &c : n.claims) {
            const auto &keys = c.subject == SubjectKind::Party  ? partyKeys
                               : c.subject == SubjectKind::Site ? siteKeys
                               : c.subject == SubjectKind::Product ? productKeys
                                                                   : linkKeys;
            QJsonObject claim{{QLatin1String("subject"), toWord(c.subject)},
                              {QLatin1String("key"), keys.value(c.subjectId)}};
            put(claim, "attribute", c.attribute);
            claims.append(claim);
        }
        if (!claims.isEmpty())
            o.insert(QLatin1String("claims"), claims);
        notes.append(o);
    }

    QJsonArray decisions;
    for (const auto &d : data.screeningDecisions) {
        QJsonObject o;
        put(o, "party", partyKeys.value(d.party.value));
        put(o, "entry", d.entryId);
        put(o, "list", d.listName);
        o.insert(QLatin1String("decision"), d.isMatch ? QLatin1String("match") : QLatin1String("not_a_match"));
        put(o, "reason", d.reason);
        put(o, "decided_at", d.decidedAt);
        decisions.append(o);
    }

    const std::pair<const char *, QJsonArray *> arrays[] = {
        {"parties", &parties}, {"sites", &sites},     {"products", &products},
        {"links", &links},     {"sources", &sources}, {"notes", &notes},
        {"screening_decisions", &decisions}};
    for (const auto &[name, array] : arrays)
        if (!array->isEmpty())
            root.insert(QLatin1String(name), *array);
    return escapeByteOrderMarks(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace chiptrail
