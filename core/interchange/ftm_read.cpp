// SPDX-License-Identifier: GPL-3.0-or-later
// FollowTheMoney entity JSON lines -> case data. The mapping is documented in docs/aleph.md.
#include "ftm.h"
#include "interchange/ftm_mapping.h"
#include "interchange/ftmlines.h"

#include "error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace chiptrail {
namespace {

struct FtmRead
{
    Q_DECLARE_TR_FUNCTIONS(FtmRead)
};

enum class Kind { Party, Site, Product, Link, Source, Note };

const QSet<QString> &partySchemas()
{
    static const QSet<QString> s{QStringLiteral("LegalEntity"), QStringLiteral("Company"),
                                 QStringLiteral("Organization"), QStringLiteral("Person"),
                                 QStringLiteral("PublicBody")};
    return s;
}
const QSet<QString> &linkSchemas()
{
    static const QSet<QString> s{QStringLiteral("Ownership"), QStringLiteral("Directorship"),
                                 QStringLiteral("Employment"), QStringLiteral("Payment"),
                                 QStringLiteral("UnknownLink"), QStringLiteral("Membership"),
                                 QStringLiteral("Associate"), QStringLiteral("Family")};
    return s;
}
const QSet<QString> &documentSchemas()
{
    static const QSet<QString> s{QStringLiteral("Document"), QStringLiteral("PlainText"),
                                 QStringLiteral("HyperText"), QStringLiteral("Pages"),
                                 QStringLiteral("Article")};
    return s;
}

// One kept entity with its ChipTrail extras (empty for entities from Aleph or OpenSanctions).
struct Kept
{
    FtmEntity entity;
    Kind kind;
    QJsonObject extras;
    QSet<QString> used; // properties taken into a field; the rest go into the description
};

// Values of one entity, with errors that name the line and property.
class Values
{
public:
    Values(Kept &kept, const QString &file) : m_kept(kept), m_file(file) {}

    [[noreturn]] void fail(const QString &property, const QString &reason) const
    {
        throw CaseError(FtmRead::tr("%1: line %2: %3 (%4): %5")
                            .arg(m_file)
                            .arg(m_kept.entity.line)
                            .arg(messageExcerpt(property), m_kept.entity.schema, reason));
    }

    QStringList all(const QString &property)
    {
        m_kept.used.insert(property);
        return m_kept.entity.properties.value(property);
    }
    QString first(const QString &property) { return all(property).value(0); }
    // A text cut into several values at export is one text again.
    QString text(const QString &property)
    {
        return all(property).join(m_kept.extras.isEmpty() ? QStringLiteral("\n\n") : QString());
    }
    PartialDate date(const QString &property)
    {
        const QString value = first(property);
        if (value.isEmpty())
            return {};
        // FtM allows a time after the day; a case keeps days. The full value stays in the description.
        const auto date = PartialDate::fromIso(value.left(10));
        if (!date)
            fail(property, FtmRead::tr("\"%1\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(messageExcerpt(value)));
        if (value.size() > 10)
            m_kept.used.remove(property);
        return *date;
    }
    std::optional<double> number(const QString &property, const QString &value)
    {
        if (value.isEmpty())
            return std::nullopt;
        QString plain = value.trimmed();
        if (plain.endsWith(QLatin1Char('%')))
            plain.chop(1);
        bool ok = false;
        const double n = plain.toDouble(&ok);
        if (!ok || !std::isfinite(n))
            fail(property, FtmRead::tr("\"%1\" is not a number").arg(messageExcerpt(value)));
        return n;
    }
    // ISO 3166 alpha-2 in upper case; FtM's other codes ("cshh", "x-so") stay in the description.
    QString country(const QString &property)
    {
        const QString value = first(property);
        if (value.size() == 2 && value.at(0).isLetter() && value.at(1).isLetter())
            return value.toUpper();
        m_kept.used.remove(property);
        return {};
    }
    QString x(const char *name) const { return m_kept.extras.value(QLatin1String(name)).toString(); }
    bool has(const char *name) const { return m_kept.extras.contains(QLatin1String(name)); }
    QJsonValue xv(const char *name) const { return m_kept.extras.value(QLatin1String(name)); }
    bool fromChipTrail() const { return !m_kept.extras.isEmpty(); }

    Confidence confidence() const
    {
        if (!has("confidence"))
            return Confidence::Reported;
        const auto c = confidenceFromWord(x("confidence"));
        if (!c)
            fail(QStringLiteral("summary"), FtmRead::tr("unknown confidence \"%1\"").arg(messageExcerpt(x("confidence"))));
        return *c;
    }
    AttributeConfidence attributeConfidence() const
    {
        AttributeConfidence map;
        const QJsonObject o = xv("attributeConfidence").toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const auto c = confidenceFromWord(it.value().toString());
            if (!c)
                fail(QStringLiteral("summary"), FtmRead::tr("unknown confidence \"%1\"").arg(messageExcerpt(it.value().toString())));
            map.insert(it.key(), *c);
        }
        return map;
    }
    std::optional<double> xNumber(const char *name)
    {
        return has(name) ? number(QStringLiteral("summary"), x(name)) : std::nullopt;
    }

    // What no field took, kept as "property: value; value" lines so nothing from the file is lost.
    QString leftovers() const
    {
        QStringList lines;
        QStringList names = m_kept.entity.properties.keys();
        names.sort();
        for (const QString &name : names) {
            if (m_kept.used.contains(name))
                continue;
            QStringList values = m_kept.entity.properties.value(name);
            if (name == QLatin1String("summary"))
                values.erase(std::remove_if(values.begin(), values.end(), [](const QString &v) {
                    return v.startsWith(QLatin1String(ftmExtrasPrefix));
                }), values.end());
            if (!values.isEmpty())
                lines.append(name + QStringLiteral(": ") + values.join(QStringLiteral("; ")));
        }
        return lines.join(QLatin1Char('\n'));
    }
    QString description()
    {
        const QString own = text(QStringLiteral("description"));
        if (fromChipTrail())
            return own;
        const QString rest = leftovers();
        if (rest.isEmpty())
            return own;
        return own.isEmpty() ? rest : own + QStringLiteral("\n\n") + rest;
    }

private:
    Kept &m_kept;
    const QString &m_file;
};

// The extras: the summary values from the one that starts with the prefix on, joined.
QJsonObject extrasOf(FtmEntity &entity, const QString &file)
{
    QStringList &summary = entity.properties[QStringLiteral("summary")];
    for (qsizetype i = 0; i < summary.size(); ++i) {
        if (!summary.at(i).startsWith(QLatin1String(ftmExtrasPrefix)))
            continue;
        QString json = summary.mid(i).join(QString());
        json.remove(0, qsizetype(sizeof(ftmExtrasPrefix) - 1));
        summary = summary.mid(0, i);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
        if (!doc.isObject())
            throw CaseError(FtmRead::tr("%1: line %2: summary: the ChipTrail data is not a JSON object")
                                .arg(file)
                                .arg(entity.line));
        return doc.object();
    }
    if (summary.isEmpty())
        entity.properties.remove(QStringLiteral("summary"));
    return {};
}

LinkKind kindFromRole(const QString &schema, const QString &role)
{
    if (schema == QLatin1String("Ownership"))
        return LinkKind::Ownership;
    if (schema == QLatin1String("Directorship") || schema == QLatin1String("Employment"))
        return LinkKind::Founder;
    if (schema == QLatin1String("Payment"))
        return LinkKind::Sale;
    const QString r = role.toLower();
    for (const LinkKind kind : allLinkKinds())
        if (r == toWord(kind))
            return kind;
    return LinkKind::Affiliation;
}

// Each link schema's two ends, in ChipTrail's direction (from -> to).
std::pair<QString, QString> endsOf(const QString &schema)
{
    if (schema == QLatin1String("Ownership"))
        return {QStringLiteral("owner"), QStringLiteral("asset")};
    if (schema == QLatin1String("Directorship"))
        return {QStringLiteral("director"), QStringLiteral("organization")};
    if (schema == QLatin1String("Employment"))
        return {QStringLiteral("employee"), QStringLiteral("employer")};
    if (schema == QLatin1String("Payment")) // the seller is paid: goods go beneficiary -> payer
        return {QStringLiteral("beneficiary"), QStringLiteral("payer")};
    if (schema == QLatin1String("Membership"))
        return {QStringLiteral("member"), QStringLiteral("organization")};
    if (schema == QLatin1String("Associate"))
        return {QStringLiteral("person"), QStringLiteral("associate")};
    if (schema == QLatin1String("Family"))
        return {QStringLiteral("person"), QStringLiteral("relative")};
    return {QStringLiteral("subject"), QStringLiteral("object")};
}

class Importer
{
public:
    Importer(const QString &file, FtmImport &result) : m_file(file), m_result(result) {}

    void keep(FtmEntity entity)
    {
        const QString schema = entity.schema;
        std::optional<Kind> kind;
        if (partySchemas().contains(schema))
            kind = Kind::Party;
        else if (linkSchemas().contains(schema))
            kind = Kind::Link;
        else if (documentSchemas().contains(schema))
            kind = Kind::Source;
        else if (schema == QLatin1String("Documentation") || schema == QLatin1String("Mention"))
            kind = Kind::Note;
        QJsonObject extras = extrasOf(entity, m_file);
        // Addresses and assets are sites and products only when ChipTrail wrote them.
        if (!kind && !extras.isEmpty() && schema == QLatin1String("Address"))
            kind = Kind::Site;
        if (!kind && !extras.isEmpty() && schema == QLatin1String("Asset"))
            kind = Kind::Product;
        if (!kind) {
            ++m_result.skipped[schema];
            m_skippedIds.insert(entity.id, schema); // references to it are not taken either, not errors
            return;
        }
        if (m_lines.contains(entity.id))
            throw CaseError(FtmRead::tr("%1: line %2: the id \"%3\" is on line %4 already")
                                .arg(m_file)
                                .arg(entity.line)
                                .arg(messageExcerpt(entity.id))
                                .arg(m_lines.value(entity.id)));
        m_lines.insert(entity.id, entity.line);
        m_kept.append(Kept{std::move(entity), *kind, std::move(extras), {}});
    }

    void build()
    {
        for (Kind kind : {Kind::Party, Kind::Site, Kind::Product, Kind::Link, Kind::Source, Kind::Note})
            for (Kept &k : m_kept)
                if (k.kind == kind)
                    take(k);
        // Translation pairs point at notes by key, which may come later in the file.
        for (auto &[noteIndex, key] : m_translations) {
            const auto id = m_noteByKey.value(key);
            if (!id)
                throw CaseError(FtmRead::tr("%1: line %2: summary: translationOf names the note \"%3\", which is not in the file")
                                    .arg(m_file)
                                    .arg(m_noteLines.value(noteIndex))
                                    .arg(messageExcerpt(key)));
            m_result.data.notes[noteIndex].translationOf = NoteId{id};
        }
    }

private:
    qint64 ref(Values &v, const QString &property, const QHash<QString, qint64> &ids, const QString &value)
    {
        const qint64 id = ids.value(value);
        if (!id)
            v.fail(property, FtmRead::tr("refers to \"%1\", which is not a %2 in the file")
                                 .arg(messageExcerpt(value), property == QLatin1String("document")
                                                                   ? FtmRead::tr("document")
                                                                   : FtmRead::tr("party")));
        return id;
    }
    template <typename Id>
    std::optional<Id> refByKey(Values &v, const char *name, const QHash<QString, qint64> &ids)
    {
        if (!v.has(name))
            return std::nullopt;
        const qint64 id = ids.value(v.x(name));
        if (!id)
            v.fail(QStringLiteral("summary"), FtmRead::tr("%1 names \"%2\", which is not in the file")
                                                  .arg(QLatin1String(name), messageExcerpt(v.x(name))));
        return Id{id};
    }

    void take(Kept &k)
    {
        Values v(k, m_file);
        CaseData &data = m_result.data;
        switch (k.kind) {
        case Kind::Party: {
            Party p;
            p.id = PartyId{data.parties.size() + 1};
            const QStringList names = v.all(QStringLiteral("name"));
            p.name = names.value(0);
            if (p.name.isEmpty())
                v.fail(QStringLiteral("name"), FtmRead::tr("a party needs a name"));
            p.aliases = names.mid(1) + v.all(QStringLiteral("alias"));
            if (!v.fromChipTrail())
                p.aliases += v.all(QStringLiteral("weakAlias")) + v.all(QStringLiteral("previousName"));
            p.incorporationCountry = v.country(QStringLiteral("jurisdiction"));
            p.headquartersCountry = v.country(QStringLiteral("mainCountry"));
            if (p.headquartersCountry.isEmpty() && !v.fromChipTrail())
                p.headquartersCountry = v.country(QStringLiteral("country"));
            if (v.has("identifiers")) {
                for (const QJsonValue &pair : v.xv("identifiers").toArray())
                    p.identifiers.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
                for (const auto &[scheme, property] : ftm::identifierProperties())
                    v.all(property);
                v.all(QStringLiteral("registrationNumber"));
            } else {
                for (const auto &[scheme, property] : ftm::identifierProperties())
                    for (const QString &value : v.all(property))
                        p.identifiers.append({scheme, value});
            }
            if (v.has("role")) {
                const auto role = partyRoleFromAnyWord(v.x("role"));
                if (!role)
                    v.fail(QStringLiteral("summary"), FtmRead::tr("unknown role \"%1\"").arg(messageExcerpt(v.x("role"))));
                p.role = *role;
            } else if (k.entity.schema == QLatin1String("Person")) {
                p.role = PartyRole::Person;
            } else if (k.entity.schema == QLatin1String("PublicBody")) {
                p.role = PartyRole::GovernmentBody;
            }
            p.key = v.x("key");
            p.confidence = v.confidence();
            p.attributeConfidence = v.attributeConfidence();
            p.description = v.description();
            for (const QJsonValue &d : v.xv("screening").toArray()) {
                const QJsonObject o = d.toObject();
                data.screeningDecisions.append({p.id, o.value(QLatin1String("entryId")).toString(),
                                                o.value(QLatin1String("listName")).toString(),
                                                o.value(QLatin1String("isMatch")).toBool(),
                                                o.value(QLatin1String("reason")).toString(),
                                                o.value(QLatin1String("decidedAt")).toString()});
            }
            m_party.insert(k.entity.id, p.id.value);
            m_partyByKey.insert(p.key, p.id.value);
            m_thing.insert(k.entity.id, {SubjectKind::Party, p.id.value});
            data.parties.append(p);
            break;
        }
        case Kind::Site: {
            Site s;
            s.id = SiteId{data.sites.size() + 1};
            s.key = v.x("key");
            s.name = v.first(QStringLiteral("name"));
            v.all(QStringLiteral("full"));
            s.city = v.first(QStringLiteral("city"));
            s.country = v.country(QStringLiteral("country"));
            s.operatorParty = refByKey<PartyId>(v, "operator", m_partyByKey);
            s.description = v.description();
            s.confidence = v.confidence();
            s.attributeConfidence = v.attributeConfidence();
            m_siteByKey.insert(s.key, s.id.value);
            m_thing.insert(k.entity.id, {SubjectKind::Site, s.id.value});
            data.sites.append(s);
            break;
        }
        case Kind::Product: {
            Product p;
            p.id = ProductId{data.products.size() + 1};
            p.key = v.x("key");
            p.name = v.first(QStringLiteral("name"));
            v.all(QStringLiteral("publisher"));
            p.vendor = v.x("vendor");
            const auto kind = productKindFromWord(v.x("kind"));
            if (!kind)
                v.fail(QStringLiteral("summary"), FtmRead::tr("unknown product kind \"%1\"").arg(messageExcerpt(v.x("kind"))));
            p.kind = *kind;
            const QJsonObject chip = v.xv("chip").toObject();
            const auto chipNumber = [&](const char *name) {
                const QString text = chip.value(QLatin1String(name)).toString();
                return v.number(QStringLiteral("summary"), text);
            };
            p.chip.tpp = chipNumber("tpp");
            p.chip.dieAreaMm2 = chipNumber("dieAreaMm2");
            p.chip.performanceDensity = chipNumber("performanceDensity");
            p.chip.memoryBandwidthGBps = chipNumber("memoryBandwidthGBps");
            p.chip.interconnectGBps = chipNumber("interconnectGBps");
            p.chip.datacenter = chip.value(QLatin1String("datacenter")).toBool(true);
            p.chipsPerUnit = v.xv("chipsPerUnit").toInt();
            if (v.has("contains"))
                m_contains.append({data.products.size(), v.x("contains"), k.entity.line});
            p.description = v.description();
            p.confidence = v.confidence();
            p.attributeConfidence = v.attributeConfidence();
            m_productByKey.insert(p.key, p.id.value);
            m_thing.insert(k.entity.id, {SubjectKind::Product, p.id.value});
            data.products.append(p);
            break;
        }
        case Kind::Link: {
            if (data.links.isEmpty()) // every product is read by now
                resolveContains();
            Link l;
            l.id = LinkId{data.links.size() + 1};
            const auto [fromProperty, toProperty] = endsOf(k.entity.schema);
            const QString from = v.first(fromProperty);
            const QString to = v.first(toProperty);
            if (from.isEmpty() || to.isEmpty()) {
                ++m_result.skipped[FtmRead::tr("%1 without both ends").arg(k.entity.schema)];
                return;
            }
            // An Ownership of a Vessel or a Security: its other end is not a party ChipTrail took.
            const QString notTaken = m_skippedIds.value(from, m_skippedIds.value(to));
            if (!notTaken.isEmpty()) {
                ++m_result.skipped[FtmRead::tr("%1 with a %2").arg(k.entity.schema, notTaken)];
                return;
            }
            l.from = PartyId{ref(v, fromProperty, m_party, from)};
            l.to = PartyId{ref(v, toProperty, m_party, to)};
            const QString role = v.first(k.entity.schema == QLatin1String("Payment") ? QStringLiteral("purpose")
                                                                                      : QStringLiteral("role"));
            if (v.has("kind")) {
                const auto kind = linkKindFromWord(v.x("kind"));
                if (!kind)
                    v.fail(QStringLiteral("summary"), FtmRead::tr("unknown link kind \"%1\"").arg(messageExcerpt(v.x("kind"))));
                l.kind = *kind;
            } else {
                l.kind = kindFromRole(k.entity.schema, role);
                // A role that is no ChipTrail kind ("director") stays in the description.
                if (!role.isEmpty() && toWord(l.kind) != role.toLower()) {
                    k.used.remove(QStringLiteral("role"));
                    k.used.remove(QStringLiteral("purpose"));
                }
            }
            l.key = v.x("key");
            const QString single = v.first(QStringLiteral("date"));
            if (!single.isEmpty()) {
                l.dateFrom = v.date(QStringLiteral("date"));
            } else {
                l.dateFrom = v.date(QStringLiteral("startDate"));
                l.dateTo = v.date(QStringLiteral("endDate"));
            }
            if (v.fromChipTrail()) {
                v.all(QStringLiteral("amount")), v.all(QStringLiteral("currency")), v.all(QStringLiteral("percentage"));
                l.value = v.xNumber("value");
                l.currency = v.x("currency");
                l.ownershipShare = v.xNumber("ownershipShare");
                if (v.has("quantity")) {
                    bool ok = false;
                    l.quantity = v.x("quantity").toLongLong(&ok);
                    if (!ok)
                        v.fail(QStringLiteral("summary"), FtmRead::tr("quantity \"%1\" is not a whole number").arg(messageExcerpt(v.x("quantity"))));
                }
                l.product = refByKey<ProductId>(v, "product", m_productByKey);
                l.site = refByKey<SiteId>(v, "site", m_siteByKey);
                l.shipFromCountry = v.x("shipFrom");
                l.shipToCountry = v.x("shipTo");
            } else {
                l.value = v.number(QStringLiteral("amount"), v.first(QStringLiteral("amount")));
                if (l.value)
                    l.currency = v.first(QStringLiteral("currency")).toUpper();
                if (l.kind == LinkKind::Ownership)
                    l.ownershipShare = v.number(QStringLiteral("percentage"), v.first(QStringLiteral("percentage")));
            }
            l.description = v.description();
            l.confidence = v.confidence();
            l.attributeConfidence = v.attributeConfidence();
            m_linkByKey.insert(l.key, l.id.value);
            data.links.append(l);
            break;
        }
        case Kind::Source: {
            Source s;
            s.id = SourceId{data.sources.size() + 1};
            s.key = v.x("key");
            s.title = v.first(QStringLiteral("title"));
            const QString fileName = v.first(QStringLiteral("fileName"));
            if (s.title.isEmpty())
                s.title = fileName.isEmpty() ? v.first(QStringLiteral("name")) : fileName;
            v.all(QStringLiteral("mimeType"));
            s.publisher = v.first(QStringLiteral("publisher"));
            s.date = v.date(QStringLiteral("publishedAt"));
            if (s.date.isNull() && !v.fromChipTrail())
                s.date = v.date(QStringLiteral("date"));
            s.retrieved = v.date(QStringLiteral("retrievedAt"));
            s.language = v.has("language") ? v.x("language") : ftm::caseLanguage(v.first(QStringLiteral("language")));
            s.url = v.first(QStringLiteral("sourceUrl"));
            s.text = v.text(QStringLiteral("bodyText"));
            s.archiveUrl = v.x("archiveUrl");
            for (const QJsonValue &page : v.xv("pageStarts").toArray())
                s.pageStarts.append(page.toInt());
            if (!v.fromChipTrail()) {
                const QString rest = v.leftovers();
                if (!rest.isEmpty()) // a source's own words stay as they are: the rest goes after them
                    s.text = s.text.isEmpty() ? rest : s.text + QStringLiteral("\n\n") + rest;
            }
            m_source.insert(k.entity.id, s.id.value);
            m_thing.insert(k.entity.id, {SubjectKind::Party, 0}); // a document: documents itself
            data.sources.append(s);
            break;
        }
        case Kind::Note:
            takeNote(k, v);
            break;
        }
    }

    void takeNote(Kept &k, Values &v)
    {
        CaseData &data = m_result.data;
        const bool mention = k.entity.schema == QLatin1String("Mention");
        Note n;
        n.id = NoteId{data.notes.size() + 1};
        const QString document = v.first(QStringLiteral("document"));
        if (m_skippedIds.contains(document)) { // an Email, an Image: no source ChipTrail took
            ++m_result.skipped[FtmRead::tr("%1 in a %2").arg(k.entity.schema, m_skippedIds.value(document))];
            return;
        }
        n.source = SourceId{ref(v, QStringLiteral("document"), m_source, document)};
        const Source &source = data.sources.at(n.source.value - 1);
        n.key = v.x("key");
        if (v.fromChipTrail()) {
            n.excerpt = v.text(QStringLiteral("description"));
            n.start = v.xv("start").toInt();
            n.length = v.xv("length").toInt();
            for (const QJsonValue &c : v.xv("claims").toArray()) {
                const QJsonArray claim = c.toArray();
                const auto subject = subjectKindFromWord(claim.at(0).toString());
                if (!subject)
                    v.fail(QStringLiteral("summary"), FtmRead::tr("unknown claim subject \"%1\"").arg(messageExcerpt(claim.at(0).toString())));
                const QHash<QString, qint64> &ids = *subject == SubjectKind::Party ? m_partyByKey
                    : *subject == SubjectKind::Site                                   ? m_siteByKey
                    : *subject == SubjectKind::Product                                ? m_productByKey
                                                                                      : m_linkByKey;
                const qint64 id = ids.value(claim.at(1).toString());
                if (!id)
                    v.fail(QStringLiteral("summary"), FtmRead::tr("a claim names \"%1\", which is not in the file")
                                                          .arg(messageExcerpt(claim.at(1).toString())));
                n.claims.append({*subject, id, claim.at(2).toString()});
            }
            v.all(QStringLiteral("entity")), v.all(QStringLiteral("role"));
            if (v.has("translationOf")) {
                m_translations.append({data.notes.size(), v.x("translationOf")});
                m_noteLines.insert(data.notes.size(), k.entity.line);
                v.all(QStringLiteral("summary"));
            }
        } else {
            // A note from elsewhere: its words must be in the document's text to become an excerpt.
            n.excerpt = mention ? v.first(QStringLiteral("name")) : v.text(QStringLiteral("description"));
            const qsizetype at = n.excerpt.isEmpty() ? -1 : source.text.indexOf(n.excerpt);
            if (at < 0) {
                ++m_result.skipped[FtmRead::tr("%1 without an excerpt found in its document").arg(k.entity.schema)];
                return;
            }
            n.start = utf16IndexToCodePoint(source.text, int(at));
            n.length = codePointLength(n.excerpt);
            for (const QString &id : v.all(mention ? QStringLiteral("resolved") : QStringLiteral("entity"))) {
                if (m_skippedIds.contains(id)) {
                    ++m_result.skipped[FtmRead::tr("claims on entities not taken")];
                    continue;
                }
                const auto thing = m_thing.value(id, {SubjectKind::Party, -1});
                if (thing.second < 0)
                    v.fail(mention ? QStringLiteral("resolved") : QStringLiteral("entity"),
                           FtmRead::tr("refers to \"%1\", which is not in the file").arg(messageExcerpt(id)));
                if (thing.second > 0)
                    n.claims.append({thing.first, thing.second, {}});
            }
        }
        m_noteByKey.insert(n.key, n.id.value);
        data.notes.append(n);
    }

    void resolveContains()
    {
        for (const auto &[index, key, line] : m_contains) {
            const qint64 id = m_productByKey.value(key);
            if (!id)
                throw CaseError(FtmRead::tr("%1: line %2: summary: contains names the product \"%3\", which is not in the file")
                                    .arg(m_file)
                                    .arg(line)
                                    .arg(messageExcerpt(key)));
            m_result.data.products[index].contains = ProductId{id};
        }
        m_contains.clear();
    }

public:
    void finish()
    {
        resolveContains();
        build();
    }

private:
    const QString &m_file;
    FtmImport &m_result;
    QList<Kept> m_kept;
    QHash<QString, qint64> m_lines;
    QHash<QString, QString> m_skippedIds; // id -> schema of the entities not taken
    QHash<QString, qint64> m_party, m_source;
    QHash<QString, std::pair<SubjectKind, qint64>> m_thing;
    QHash<QString, qint64> m_partyByKey, m_siteByKey, m_productByKey, m_linkByKey, m_noteByKey;
    QList<std::tuple<qsizetype, QString, qint64>> m_contains;
    QList<std::pair<qsizetype, QString>> m_translations;
    QHash<qsizetype, qint64> m_noteLines;
};

} // namespace

FtmImport readFtm(QIODevice &in, const QString &fileName, const FtmProgress &progress)
{
    FtmImport result;
    Importer importer(fileName, result);
    const qint64 size = in.isSequential() ? 0 : in.size();
    readFtmLines(in, fileName, [&](const FtmEntity &entity) {
        ++result.entities;
        importer.keep(entity);
        if (progress && result.entities % 256 == 0 && !progress(in.pos(), size)) {
            result.cancelled = true;
            return false;
        }
        return true;
    });
    if (result.cancelled) {
        result.data = {};
        return result;
    }
    importer.finish();
    return result;
}

FtmImport readFtmFile(const QString &path, const FtmProgress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(FtmRead::tr("%1: could not open the file: %2").arg(path, file.errorString()));
    return readFtm(file, path, progress);
}

QString describeFtmImport(const FtmImport &result)
{
    const CaseData &d = result.data;
    QString text = FtmRead::tr("%1 parties, %2 links, %3 sources and %4 notes from %5 entities")
                       .arg(d.parties.size())
                       .arg(d.links.size())
                       .arg(d.sources.size())
                       .arg(d.notes.size())
                       .arg(result.entities);
    if (!result.skipped.isEmpty()) {
        QStringList parts;
        for (auto it = result.skipped.cbegin(); it != result.skipped.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        text += QStringLiteral("; ") + FtmRead::tr("not taken: %1").arg(parts.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace chiptrail
