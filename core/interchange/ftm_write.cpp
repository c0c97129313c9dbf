// SPDX-License-Identifier: GPL-3.0-or-later
// Case -> FollowTheMoney entity JSON lines. The mapping is documented in docs/aleph.md.
#include "ftm.h"
#include "interchange/ftm_mapping.h"
#include "interchange/jsontext.h"

#include "error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace chiptrail {
namespace {

struct FtmWrite
{
    Q_DECLARE_TR_FUNCTIONS(FtmWrite)
};

// One entity under construction: FtM properties plus ChipTrail's extras for `summary`.
class Entity
{
public:
    Entity(QString id, QString schema) : m_id(std::move(id)), m_schema(std::move(schema)) {}

    void add(const char *property, const QString &value)
    {
        if (value.isEmpty())
            return;
        QJsonArray values = m_properties.value(QLatin1String(property)).toArray();
        values.append(value);
        m_properties.insert(QLatin1String(property), values);
    }
    void add(const char *property, const QStringList &values)
    {
        for (const QString &v : values)
            add(property, v);
    }
    void addText(const char *property, const QString &text)
    {
        if (!text.isEmpty())
            add(property, ftm::textChunks(text));
    }
    void addDate(const PartialDate &from, const PartialDate &to)
    {
        if (to.isNull()) {
            add("date", from.isNull() ? QString() : from.toIso());
        } else {
            add("startDate", from.isNull() ? QString() : from.toIso());
            add("endDate", to.toIso());
        }
    }
    QJsonObject &extras() { return m_extras; }

    QByteArray line() const
    {
        QJsonObject properties = m_properties;
        if (!m_extras.isEmpty()) {
            const QString text = QLatin1String(ftmExtrasPrefix)
                + QString::fromUtf8(QJsonDocument(m_extras).toJson(QJsonDocument::Compact));
            QJsonArray summary = properties.value(QLatin1String("summary")).toArray();
            for (const QString &chunk : ftm::textChunks(text))
                summary.append(chunk);
            properties.insert(QStringLiteral("summary"), summary);
        }
        const QJsonObject object{{QStringLiteral("id"), m_id},
                                 {QStringLiteral("schema"), m_schema},
                                 {QStringLiteral("properties"), properties}};
        return escapeByteOrderMarks(QJsonDocument(object).toJson(QJsonDocument::Compact)) + '\n';
    }

private:
    QString m_id;
    QString m_schema;
    QJsonObject m_properties;
    QJsonObject m_extras;
};

void putConfidence(QJsonObject &extras, Confidence confidence, const AttributeConfidence &attributes)
{
    extras.insert(QStringLiteral("confidence"), toWord(confidence));
    if (attributes.isEmpty())
        return;
    QJsonObject map;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        map.insert(it.key(), toWord(it.value()));
    extras.insert(QStringLiteral("attributeConfidence"), map);
}

QString partySchema(PartyRole role)
{
    switch (role) {
    case PartyRole::Person: return QStringLiteral("Person");
    case PartyRole::GovernmentBody: return QStringLiteral("PublicBody");
    case PartyRole::University: return QStringLiteral("Organization");
    case PartyRole::Other: return QStringLiteral("LegalEntity");
    default: return QStringLiteral("Company"); // every role of the chain and investors are firms
    }
}

bool isOrganization(const QString &schema)
{
    return schema == QLatin1String("Company") || schema == QLatin1String("Organization")
        || schema == QLatin1String("PublicBody");
}

// The words FtM users read in a link's `role`.
QString roleText(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Sale: return QStringLiteral("sale");
    case LinkKind::Shipment: return QStringLiteral("shipment");
    case LinkKind::Lease: return QStringLiteral("lease / remote access"); // notr: FtM data, read back
    case LinkKind::Ownership: return QStringLiteral("ownership / control");
    case LinkKind::Contract: return QStringLiteral("contract");
    case LinkKind::Affiliation: return QStringLiteral("affiliation (suspected ties)"); // notr: FtM data
    case LinkKind::Founder: return QStringLiteral("founder / employment");
    }
    return {};
}

class Writer
{
public:
    explicit Writer(const CaseData &data) : m_data(data)
    {
        for (const Party &p : data.parties) {
            m_partyIds.insert(p.id.value, ftm::entityId("party", p.key));
            m_partySchemas.insert(p.id.value, partySchema(p.role));
            m_partyKeys.insert(p.id.value, p.key);
        }
        for (const Site &s : data.sites) {
            m_siteIds.insert(s.id.value, ftm::entityId("site", s.key));
            m_siteKeys.insert(s.id.value, s.key);
        }
        for (const Product &p : data.products) {
            m_productIds.insert(p.id.value, ftm::entityId("product", p.key));
            m_productKeys.insert(p.id.value, p.key);
        }
        for (const Link &l : data.links) {
            m_linkKeys.insert(l.id.value, l.key);
            m_linkEnds.insert(l.id.value, {l.from.value, l.to.value});
        }
        for (const Source &s : data.sources)
            m_sourceIds.insert(s.id.value, ftm::entityId("source", s.key));
        for (const Note &n : data.notes)
            m_noteKeys.insert(n.id.value, n.key);
    }

    Entity party(const Party &p) const
    {
        Entity e(m_partyIds.value(p.id.value), m_partySchemas.value(p.id.value));
        e.add("name", p.name);
        e.add("alias", p.aliases);
        e.add("jurisdiction", p.incorporationCountry.toLower());
        e.add("mainCountry", p.headquartersCountry.toLower());
        e.addText("description", p.description);
        for (const Identifier &id : p.identifiers) {
            const QString property = ftm::propertyForScheme(id.scheme);
            if (property.isEmpty())
                continue;
            // FtM urls carry their scheme; the value as written stays in the extras.
            const bool url = property == QLatin1String("website") || property == QLatin1String("opencorporatesUrl");
            e.add(property.toLatin1().constData(),
                  url && !id.value.contains(QLatin1String("://")) ? QStringLiteral("https://") + id.value : id.value);
        }
        QJsonObject &x = e.extras();
        x.insert(QStringLiteral("key"), p.key);
        x.insert(QStringLiteral("role"), toWord(p.role));
        putConfidence(x, p.confidence, p.attributeConfidence);
        if (!p.identifiers.isEmpty()) {
            QJsonArray ids;
            for (const Identifier &id : p.identifiers)
                ids.append(QJsonArray{id.scheme, id.value});
            x.insert(QStringLiteral("identifiers"), ids);
        }
        QJsonArray decisions;
        for (const ScreeningDecision &d : m_data.screeningDecisions) {
            if (d.party != p.id)
                continue;
            decisions.append(QJsonObject{{QStringLiteral("entryId"), d.entryId},
                                         {QStringLiteral("listName"), d.listName},
                                         {QStringLiteral("isMatch"), d.isMatch},
                                         {QStringLiteral("reason"), d.reason},
                                         {QStringLiteral("decidedAt"), d.decidedAt}});
        }
        if (!decisions.isEmpty())
            x.insert(QStringLiteral("screening"), decisions);
        return e;
    }

    Entity site(const Site &s) const
    {
        Entity e(m_siteIds.value(s.id.value), QStringLiteral("Address"));
        e.add("name", s.name);
        e.add("full", s.name);
        e.add("city", s.city);
        e.add("country", s.country.toLower());
        e.addText("description", s.description);
        QJsonObject &x = e.extras();
        x.insert(QStringLiteral("key"), s.key);
        if (s.operatorParty)
            x.insert(QStringLiteral("operator"), m_partyKeys.value(s.operatorParty->value));
        putConfidence(x, s.confidence, s.attributeConfidence);
        return e;
    }

    Entity product(const Product &p) const
    {
        Entity e(m_productIds.value(p.id.value), QStringLiteral("Asset"));
        e.add("name", p.name);
        e.add("publisher", p.vendor); // FtM's nearest word for who puts a thing out
        e.addText("description", p.description);
        QJsonObject &x = e.extras();
        x.insert(QStringLiteral("key"), p.key);
        x.insert(QStringLiteral("kind"), toWord(p.kind));
        x.insert(QStringLiteral("vendor"), p.vendor);
        QJsonObject chip;
        const auto putNumber = [&](const char *name, std::optional<double> v) {
            if (v)
                chip.insert(QLatin1String(name), ftm::numberText(*v));
        };
        putNumber("tpp", p.chip.tpp);
        putNumber("dieAreaMm2", p.chip.dieAreaMm2);
        putNumber("performanceDensity", p.chip.performanceDensity);
        putNumber("memoryBandwidthGBps", p.chip.memoryBandwidthGBps);
        putNumber("interconnectGBps", p.chip.interconnectGBps);
        chip.insert(QStringLiteral("datacenter"), p.chip.datacenter);
        x.insert(QStringLiteral("chip"), chip);
        if (p.contains)
            x.insert(QStringLiteral("contains"), m_productKeys.value(p.contains->value));
        if (p.chipsPerUnit)
            x.insert(QStringLiteral("chipsPerUnit"), p.chipsPerUnit);
        putConfidence(x, p.confidence, p.attributeConfidence);
        return e;
    }

    Entity link(const Link &l) const
    {
        const QString from = m_partyIds.value(l.from.value);
        const QString to = m_partyIds.value(l.to.value);
        const QString fromSchema = m_partySchemas.value(l.from.value);
        const QString toSchema = m_partySchemas.value(l.to.value);
        const QString id = ftm::entityId("link", l.key);
        Entity e = [&] {
            // Money moves against the goods: the buyer (or tenant) pays the seller (or provider).
            if (l.value && (l.kind == LinkKind::Sale || l.kind == LinkKind::Lease || l.kind == LinkKind::Contract)) {
                Entity p(id, QStringLiteral("Payment"));
                p.add("payer", to);
                p.add("beneficiary", from);
                p.add("amount", ftm::numberText(*l.value));
                p.add("currency", l.currency);
                p.add("purpose", roleText(l.kind));
                return p;
            }
            // Ownership's asset must be an Asset: of the party schemas only Company is one.
            if (l.kind == LinkKind::Ownership && toSchema == QLatin1String("Company")) {
                Entity o(id, QStringLiteral("Ownership"));
                o.add("owner", from);
                o.add("asset", to);
                if (l.ownershipShare)
                    o.add("percentage", ftm::numberText(*l.ownershipShare));
                o.add("role", roleText(l.kind));
                return o;
            }
            if (l.kind == LinkKind::Founder && fromSchema == QLatin1String("Person") && isOrganization(toSchema)) {
                Entity w(id, QStringLiteral("Employment"));
                w.add("employee", from);
                w.add("employer", to);
                w.add("role", roleText(l.kind));
                return w;
            }
            Entity u(id, QStringLiteral("UnknownLink"));
            u.add("subject", from);
            u.add("object", to);
            u.add("role", roleText(l.kind));
            return u;
        }();
        e.addDate(l.dateFrom, l.dateTo);
        e.addText("description", l.description);
        QJsonObject &x = e.extras();
        x.insert(QStringLiteral("key"), l.key);
        x.insert(QStringLiteral("kind"), toWord(l.kind));
        x.insert(QStringLiteral("from"), m_partyKeys.value(l.from.value));
        x.insert(QStringLiteral("to"), m_partyKeys.value(l.to.value));
        if (l.product)
            x.insert(QStringLiteral("product"), m_productKeys.value(l.product->value));
        if (l.quantity)
            x.insert(QStringLiteral("quantity"), QString::number(*l.quantity)); // exact beyond 2^53
        if (l.value)
            x.insert(QStringLiteral("value"), ftm::numberText(*l.value));
        if (!l.currency.isEmpty())
            x.insert(QStringLiteral("currency"), l.currency);
        if (l.ownershipShare)
            x.insert(QStringLiteral("ownershipShare"), ftm::numberText(*l.ownershipShare));
        if (l.site)
            x.insert(QStringLiteral("site"), m_siteKeys.value(l.site->value));
        if (!l.shipFromCountry.isEmpty())
            x.insert(QStringLiteral("shipFrom"), l.shipFromCountry);
        if (!l.shipToCountry.isEmpty())
            x.insert(QStringLiteral("shipTo"), l.shipToCountry);
        putConfidence(x, l.confidence, l.attributeConfidence);
        return e;
    }

    Entity source(const Source &s) const
    {
        Entity e(m_sourceIds.value(s.id.value), QStringLiteral("Document"));
        e.add("title", s.title);
        e.add("fileName", s.file ? s.file->name : s.key + QStringLiteral(".txt"));
        if (s.file)
            e.add("mimeType", s.file->mediaType);
        e.add("publisher", s.publisher);
        e.add("publishedAt", s.date.isNull() ? QString() : s.date.toIso());
        e.add("retrievedAt", s.retrieved.isNull() ? QString() : s.retrieved.toIso());
        e.add("language", ftm::ftmLanguage(s.language));
        e.add("sourceUrl", s.url);
        e.addText("bodyText", s.text);
        QJsonObject &x = e.extras();
        x.insert(QStringLiteral("key"), s.key);
        x.insert(QStringLiteral("language"), s.language);
        if (!s.archiveUrl.isEmpty())
            x.insert(QStringLiteral("archiveUrl"), s.archiveUrl);
        if (!s.pageStarts.isEmpty()) {
            QJsonArray pages;
            for (int start : s.pageStarts)
                pages.append(start);
            x.insert(QStringLiteral("pageStarts"), pages);
        }
        if (s.file)
            x.insert(QStringLiteral("file"), QJsonObject{{QStringLiteral("name"), s.file->name},
                                                         {QStringLiteral("mediaType"), s.file->mediaType},
                                                         {QStringLiteral("sha256"), s.file->sha256},
                                                         {QStringLiteral("notCarried"), true}});
        return e;
    }

    Entity note(const Note &n) const
    {
        Entity e(ftm::entityId("note", n.key), QStringLiteral("Documentation"));
        const QString document = m_sourceIds.value(n.source.value);
        e.add("document", document);
        QStringList things;
        QJsonArray claims;
        const auto addThing = [&](const QString &id) {
            if (!id.isEmpty() && !things.contains(id))
                things.append(id);
        };
        for (const ClaimRef &c : n.claims) {
            QString key;
            switch (c.subject) {
            case SubjectKind::Party:
                addThing(m_partyIds.value(c.subjectId));
                key = m_partyKeys.value(c.subjectId);
                break;
            case SubjectKind::Site:
                addThing(m_siteIds.value(c.subjectId));
                key = m_siteKeys.value(c.subjectId);
                break;
            case SubjectKind::Product:
                addThing(m_productIds.value(c.subjectId));
                key = m_productKeys.value(c.subjectId);
                break;
            case SubjectKind::Link: {
                // A link is no FtM Thing: the note documents both its ends.
                const auto [from, to] = m_linkEnds.value(c.subjectId);
                addThing(m_partyIds.value(from));
                addThing(m_partyIds.value(to));
                key = m_linkKeys.value(c.subjectId);
                break;
            }
            }
            claims.append(QJsonArray{toWord(c.subject), key, c.attribute});
        }
        if (things.isEmpty()) // Documentation needs an entity; a note on no claim documents its source
            things.append(document);
        e.add("entity", things);
        e.add("role", n.translationOf ? QStringLiteral("translation") : QStringLiteral("excerpt"));
        e.addText("description", n.excerpt);
        QJsonObject &x = e.extras();
        x.insert(QStringLiteral("key"), n.key);
        x.insert(QStringLiteral("start"), n.start);
        x.insert(QStringLiteral("length"), n.length);
        x.insert(QStringLiteral("claims"), claims);
        if (n.translationOf) {
            x.insert(QStringLiteral("translationOf"), m_noteKeys.value(n.translationOf->value));
            e.add("summary", QStringLiteral("Translation of %1").arg( // notr: FtM data, like the roles
                ftm::entityId("note", m_noteKeys.value(n.translationOf->value))));
        }
        return e;
    }

private:
    const CaseData &m_data;
    QHash<qint64, QString> m_partyIds, m_partySchemas, m_partyKeys, m_siteIds, m_siteKeys, m_productIds,
        m_productKeys, m_linkKeys, m_sourceIds, m_noteKeys;
    QHash<qint64, std::pair<qint64, qint64>> m_linkEnds;
};

} // namespace

QByteArray writeFtm(const CaseData &data, const FtmProgress &progress)
{
    const Writer writer(data);
    const qint64 total = data.parties.size() + data.sites.size() + data.products.size() + data.links.size()
        + data.sources.size() + data.notes.size();
    qint64 done = 0;
    QByteArray out;
    const auto step = [&](const Entity &e) {
        out += e.line();
        ++done;
        return !progress || (done % 256 && done != total) || progress(done, total);
    };
    for (const Party &p : data.parties)
        if (!step(writer.party(p)))
            return {};
    for (const Site &s : data.sites)
        if (!step(writer.site(s)))
            return {};
    for (const Product &p : data.products)
        if (!step(writer.product(p)))
            return {};
    for (const Link &l : data.links)
        if (!step(writer.link(l)))
            return {};
    for (const Source &s : data.sources)
        if (!step(writer.source(s)))
            return {};
    for (const Note &n : data.notes)
        if (!step(writer.note(n)))
            return {};
    return out;
}

bool writeFtmFile(const CaseData &data, const QString &path, const FtmProgress &progress)
{
    bool cancelled = false;
    FtmProgress watched;
    if (progress)
        watched = [&](qint64 done, qint64 total) { return !(cancelled = !progress(done, total)); };
    const QByteArray bytes = writeFtm(data, watched);
    if (cancelled)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw CaseError(FtmWrite::tr("%1: could not write the file: %2").arg(path, file.errorString()));
    return true;
}

} // namespace chiptrail
