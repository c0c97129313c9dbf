// SPDX-License-Identifier: GPL-3.0-or-later
#include "casejson.h"
#include "interchange/jsontext.h"

#include "error.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace chiptrail {
namespace {

struct CaseJson
{
    Q_DECLARE_TR_FUNCTIONS(CaseJson)
};

// Reads one JSON value and knows where it is, so every error can name its JSON path.
class Reader
{
public:
    Reader(const QString &fileName, QString path, QJsonValue value)
        : m_file(fileName), m_path(std::move(path)), m_value(std::move(value))
    {
    }

    [[noreturn]] void fail(const QString &reason) const
    {
        throw CaseError(QStringLiteral("%1: %2: %3").arg(m_file, m_path, reason));
    }

    // `name` may be a key of the file (attribute_confidence's keys are read as they come): in
    // the path it is an excerpt with its line breaks escaped, as every key from a file.
    Reader field(const QString &name) const
    {
        return Reader(m_file, m_path + QLatin1Char('.') + messageExcerpt(name), object().value(name));
    }
    Reader at(qsizetype index) const
    {
        return Reader(m_file, m_path + QStringLiteral("[%1]").arg(index), m_value.toArray().at(index));
    }

    bool present() const { return !m_value.isUndefined() && !m_value.isNull(); }

    QJsonObject object() const
    {
        if (!m_value.isObject())
            fail(CaseJson::tr("expected an object"));
        return m_value.toObject();
    }
    qsizetype arraySize() const
    {
        if (!present())
            return 0;
        if (!m_value.isArray())
            fail(CaseJson::tr("expected an array"));
        return m_value.toArray().size();
    }

    // At most `maxLength` characters (model/limits.h): names and words are short, descriptions
    // and texts long.
    QString string(bool required = false, qsizetype maxLength = limits::shortText) const
    {
        if (!present()) {
            if (required)
                fail(CaseJson::tr("this field is required"));
            return {};
        }
        if (!m_value.isString())
            fail(CaseJson::tr("expected a string"));
        const QString text = m_value.toString();
        if (text.size() > maxLength)
            fail(CaseJson::tr("is %1 characters long; ChipTrail takes at most %2 here")
                     .arg(QLocale().toString(text.size()), QLocale().toString(maxLength)));
        if (required && text.trimmed().isEmpty())
            fail(CaseJson::tr("must not be empty"));
        return text;
    }

    std::optional<double> number() const
    {
        if (!present())
            return std::nullopt;
        if (!m_value.isDouble() || !std::isfinite(m_value.toDouble()))
            fail(CaseJson::tr("expected a number"));
        return m_value.toDouble();
    }

    std::optional<qint64> integer(qint64 minimum, qint64 maximum) const
    {
        const auto value = number();
        if (!value)
            return std::nullopt;
        if (std::floor(*value) != *value || *value < double(minimum) || *value > double(maximum))
            fail(CaseJson::tr("expected a whole number from %1 to %2").arg(minimum).arg(maximum));
        return qint64(*value);
    }

    bool boolean(bool fallback) const
    {
        if (!present())
            return fallback;
        if (!m_value.isBool())
            fail(CaseJson::tr("expected true or false"));
        return m_value.toBool();
    }

    QStringList strings() const
    {
        QStringList list;
        for (qsizetype i = 0; i < arraySize(); ++i)
            list << at(i).string(true);
        return list;
    }

    template <typename E>
    E word(std::optional<E> (*parse)(const QString &), std::type_identity_t<std::optional<E>> fallback = std::nullopt) const
    {
        if (!present() && fallback)
            return *fallback;
        const QString text = string(true);
        const auto value = parse(text);
        if (!value)
            fail(CaseJson::tr("unknown value \"%1\"").arg(messageExcerpt(text)));
        return *value;
    }

    PartialDate date() const
    {
        const QString text = string();
        if (text.isEmpty())
            return {};
        const auto date = PartialDate::fromIso(text);
        if (!date)
            fail(CaseJson::tr("\"%1\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD").arg(messageExcerpt(text)));
        return *date;
    }

    QString country() const
    {
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{2}$"));
        const QString text = string();
        if (!text.isEmpty() && !iso.match(text).hasMatch())
            fail(CaseJson::tr("\"%1\" is not an ISO 3166 country code (two capital letters)").arg(messageExcerpt(text)));
        return text;
    }

    void onlyFields(std::initializer_list<const char *> allowed) const
    {
        const QJsonObject obj = object();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool known = false;
            for (const char *name : allowed)
                known = known || it.key() == QLatin1String(name);
            if (!known)
                Reader(m_file, m_path + QLatin1Char('.') + messageExcerpt(it.key()), it.value())
                    .fail(CaseJson::tr("unknown field"));
        }
    }

private:
    QString m_file;
    QString m_path;
    QJsonValue m_value;
};

// Keys of one record kind, in file order; ids are positions + 1.
class KeyIndex
{
public:
    explicit KeyIndex(const char *kind) : m_kind(kind) {}

    qint64 add(const Reader &keyField)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
        const QString key = keyField.string(true);
        if (!pattern.match(key).hasMatch())
            keyField.fail(CaseJson::tr("\"%1\" is not a valid key (1–64 characters of a–z, 0–9, '.', '_', '-')").arg(messageExcerpt(key)));
        if (m_ids.contains(key))
            keyField.fail(CaseJson::tr("the key \"%1\" is used twice").arg(messageExcerpt(key)));
        const qint64 id = m_ids.size() + 1;
        m_ids.insert(key, id);
        return id;
    }

    qint64 resolve(const Reader &reference) const
    {
        const QString key = reference.string(true);
        const auto it = m_ids.constFind(key);
        if (it == m_ids.cend())
            reference.fail(CaseJson::tr("unknown %1 key \"%2\"").arg(QLatin1String(m_kind), messageExcerpt(key)));
        return *it;
    }

    std::optional<qint64> resolveOptional(const Reader &reference) const
    {
        return reference.present() ? std::optional(resolve(reference)) : std::nullopt;
    }

private:
    const char *m_kind;
    QHash<QString, qint64> m_ids;
};

AttributeConfidence readAttributeConfidence(const Reader &field)
{
    AttributeConfidence map;
    if (!field.present())
        return map;
    const QJsonObject obj = field.object();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        map.insert(it.key(), field.field(it.key()).word(&confidenceFromWord));
    return map;
}

template <typename T>
std::optional<T> typed(std::optional<qint64> raw)
{
    return raw ? std::optional<T>(T(*raw)) : std::nullopt;
}

} // namespace

CaseData readCaseJson(const QByteArray &raw, const QString &fileName)
{
    const QByteArray json = checkedJsonText(raw, fileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        throw CaseError(CaseJson::tr("%1: line %2: not valid JSON (%3)")
                            .arg(fileName)
                            .arg(line)
                            .arg(parseError.errorString()));
    }
    const Reader root(fileName, QStringLiteral("$"), document.object());
    if (!document.isObject())
        root.fail(CaseJson::tr("expected an object"));
    root.onlyFields({"format", "format_version", "case", "parties", "sites", "products", "links",
                     "sources", "notes", "screening_decisions"});
    if (root.field(QStringLiteral("format")).string(true) != QLatin1String("chiptrail-case"))
        root.field(QStringLiteral("format")).fail(CaseJson::tr("expected \"chiptrail-case\""));
    const auto version = root.field(QStringLiteral("format_version")).integer(1, 1'000'000);
    if (!version)
        root.field(QStringLiteral("format_version")).fail(CaseJson::tr("this field is required"));
    if (*version > caseJsonFormatVersion)
        root.field(QStringLiteral("format_version"))
            .fail(CaseJson::tr("format version %1 was written by a newer ChipTrail; this program reads "
                     "version %2").arg(*version).arg(caseJsonFormatVersion));

    CaseData data;
    const Reader info = root.field(QStringLiteral("case"));
    info.onlyFields({"title", "subtitle", "description", "author", "credit", "language"});
    data.info.title = info.field(QStringLiteral("title")).string(true);
    data.info.subtitle = info.field(QStringLiteral("subtitle")).string();
    data.info.author = info.field(QStringLiteral("author")).string();
    data.info.credit = info.field(QStringLiteral("credit")).string();
    data.info.description = info.field(QStringLiteral("description")).string(false, limits::longText);
    data.info.language = info.field(QStringLiteral("language")).string();

    KeyIndex partyKeys("party"), siteKeys("site"), productKeys("product"), linkKeys("link"),
        sourceKeys("source"), noteKeys("note");
    auto f = [](const Reader &r, const char *name) { return r.field(QLatin1String(name)); };

    const Reader parties = f(root, "parties");
    for (qsizetype i = 0; i < parties.arraySize(); ++i) {
        const Reader r = parties.at(i);
        r.onlyFields({"key", "name", "aliases", "role", "incorporation_country", "headquarters_country",
                      "identifiers", "description", "confidence", "attribute_confidence"});
        Party p;
        p.id = PartyId(partyKeys.add(f(r, "key")));
        p.key = f(r, "key").string();
        p.name = f(r, "name").string(true);
        p.aliases = f(r, "aliases").strings();
        // Files written before the combined telecom / cloud provider role was split still read:
        // "telecom_cloud_provider" becomes cloud_provider (model/enums.h, docs/case-format.md).
        p.role = f(r, "role").word(&partyRoleFromAnyWord);
        p.incorporationCountry = f(r, "incorporation_country").country();
        p.headquartersCountry = f(r, "headquarters_country").country();
        const Reader ids = f(r, "identifiers");
        for (qsizetype j = 0; j < ids.arraySize(); ++j) {
            ids.at(j).onlyFields({"scheme", "value"});
            p.identifiers.append({f(ids.at(j), "scheme").string(true), f(ids.at(j), "value").string(true)});
        }
        p.description = f(r, "description").string(false, limits::longText);
        p.confidence = f(r, "confidence").word(&confidenceFromWord, Confidence::Reported);
        p.attributeConfidence = readAttributeConfidence(f(r, "attribute_confidence"));
        data.parties.append(p);
    }

    const Reader products = f(root, "products");
    for (qsizetype i = 0; i < products.arraySize(); ++i)
        productKeys.add(f(products.at(i), "key"));
    for (qsizetype i = 0; i < products.arraySize(); ++i) {
        const Reader r = products.at(i);
        r.onlyFields({"key", "name", "vendor", "kind", "chip", "contains", "chips_per_unit",
                      "description", "confidence", "attribute_confidence"});
        Product p;
        p.id = ProductId(i + 1);
        p.key = f(r, "key").string();
        p.name = f(r, "name").string(true);
        p.vendor = f(r, "vendor").string();
        p.kind = f(r, "kind").word(&productKindFromWord);
        const Reader chip = f(r, "chip");
        if (chip.present()) {
            chip.onlyFields({"tpp", "die_area_mm2", "performance_density", "memory_bandwidth_gbps",
                             "interconnect_gbps", "datacenter"});
            p.chip.tpp = f(chip, "tpp").number();
            p.chip.dieAreaMm2 = f(chip, "die_area_mm2").number();
            p.chip.performanceDensity = f(chip, "performance_density").number();
            p.chip.memoryBandwidthGBps = f(chip, "memory_bandwidth_gbps").number();
            p.chip.interconnectGBps = f(chip, "interconnect_gbps").number();
            p.chip.datacenter = f(chip, "datacenter").boolean(true);
        }
        p.contains = typed<ProductId>(productKeys.resolveOptional(f(r, "contains")));
        if (p.contains == p.id)
            f(r, "contains").fail(CaseJson::tr("a product cannot contain itself"));
        p.chipsPerUnit = int(f(r, "chips_per_unit").integer(0, 1'000'000).value_or(0));
        if (p.kind == ProductKind::System && (!p.contains || p.chipsPerUnit <= 0))
            r.fail(CaseJson::tr("a system needs \"contains\" (a chip key) and \"chips_per_unit\" above 0"));
        p.description = f(r, "description").string(false, limits::longText);
        p.confidence = f(r, "confidence").word(&confidenceFromWord, Confidence::Reported);
        p.attributeConfidence = readAttributeConfidence(f(r, "attribute_confidence"));
        data.products.append(p);
    }
    for (const auto &p : data.products)
        if (p.contains && data.products.at(p.contains->value - 1).contains)
            f(products.at(p.id.value - 1), "contains").fail(CaseJson::tr("a system must contain a chip, not another system"));

    const Reader sites = f(root, "sites");
    for (qsizetype i = 0; i < sites.arraySize(); ++i) {
        const Reader r = sites.at(i);
        r.onlyFields({"key", "name", "country", "city", "operator", "description", "confidence",
                      "attribute_confidence"});
        Site s;
        s.id = SiteId(siteKeys.add(f(r, "key")));
        s.key = f(r, "key").string();
        s.name = f(r, "name").string(true);
        s.country = f(r, "country").country();
        if (s.country.isEmpty())
            f(r, "country").fail(CaseJson::tr("this field is required"));
        s.city = f(r, "city").string();
        s.operatorParty = typed<PartyId>(partyKeys.resolveOptional(f(r, "operator")));
        s.description = f(r, "description").string(false, limits::longText);
        s.confidence = f(r, "confidence").word(&confidenceFromWord, Confidence::Reported);
        s.attributeConfidence = readAttributeConfidence(f(r, "attribute_confidence"));
        data.sites.append(s);
    }

    const Reader links = f(root, "links");
    for (qsizetype i = 0; i < links.arraySize(); ++i) {
        const Reader r = links.at(i);
        r.onlyFields({"key", "kind", "from", "to", "product", "quantity", "value", "currency",
                      "ownership_share", "date_from", "date_to", "site", "ship_from_country", "ship_to_country",
                      "description", "confidence", "attribute_confidence"});
        Link l;
        l.id = LinkId(linkKeys.add(f(r, "key")));
        l.key = f(r, "key").string();
        l.kind = f(r, "kind").word(&linkKindFromWord);
        l.from = PartyId(partyKeys.resolve(f(r, "from")));
        l.to = PartyId(partyKeys.resolve(f(r, "to")));
        l.product = typed<ProductId>(productKeys.resolveOptional(f(r, "product")));
        l.quantity = f(r, "quantity").integer(0, qint64(1) << 50);
        l.value = f(r, "value").number();
        l.currency = f(r, "currency").string();
        l.ownershipShare = f(r, "ownership_share").number();
        if (l.ownershipShare && (*l.ownershipShare < 0 || *l.ownershipShare > 100))
            f(r, "ownership_share").fail(CaseJson::tr("expected a share from 0 to 100 (percent)"));
        if (l.ownershipShare && l.kind != LinkKind::Ownership)
            f(r, "ownership_share").fail(CaseJson::tr("only an ownership link has an owner's share"));
        l.dateFrom = f(r, "date_from").date();
        l.dateTo = f(r, "date_to").date();
        if (!l.dateTo.isNull() && (l.dateFrom.isNull() || l.dateTo.latest() < l.dateFrom.earliest()))
            f(r, "date_to").fail(CaseJson::tr("the end date is before the start date, or there is no start date"));
        l.site = typed<SiteId>(siteKeys.resolveOptional(f(r, "site")));
        l.shipFromCountry = f(r, "ship_from_country").country();
        l.shipToCountry = f(r, "ship_to_country").country();
        l.description = f(r, "description").string(false, limits::longText);
        l.confidence = f(r, "confidence").word(&confidenceFromWord, Confidence::Reported);
        l.attributeConfidence = readAttributeConfidence(f(r, "attribute_confidence"));
        data.links.append(l);
    }

    const Reader sources = f(root, "sources");
    for (qsizetype i = 0; i < sources.arraySize(); ++i) {
        const Reader r = sources.at(i);
        r.onlyFields({"key", "title", "publisher", "date", "language", "url", "text", "retrieved", "archive_url",
                      "page_starts", "file"});
        Source s;
        s.id = SourceId(sourceKeys.add(f(r, "key")));
        s.key = f(r, "key").string();
        s.title = f(r, "title").string(true);
        s.publisher = f(r, "publisher").string();
        s.date = f(r, "date").date();
        s.language = f(r, "language").string(true);
        if (s.language != QLatin1String("de") && s.language != QLatin1String("en") && s.language != QLatin1String("und"))
            f(r, "language").fail(CaseJson::tr("expected \"de\", \"en\" or \"und\" (another language)"));
        s.url = f(r, "url").string(false, limits::url);
        s.text = f(r, "text").string(false, limits::longText);
        s.retrieved = f(r, "retrieved").date();
        s.archiveUrl = f(r, "archive_url").string(false, limits::url);
        const Reader pages = f(r, "page_starts");
        const int textLength = codePointLength(s.text);
        for (qsizetype p = 0; p < pages.arraySize(); ++p) {
            // Page 1 begins at the text's start; each page at or after the one before, inside the text.
            const auto start = pages.at(p).integer(p == 0 ? 0 : s.pageStarts.last(), p == 0 ? 0 : textLength);
            if (!start)
                pages.at(p).fail(CaseJson::tr("expected a number"));
            s.pageStarts.append(int(*start));
        }
        if (const Reader file = f(r, "file"); file.present()) {
            file.onlyFields({"name", "media_type", "sha256", "data"});
            SourceFile sf;
            sf.name = f(file, "name").string(true);
            sf.mediaType = f(file, "media_type").string(true);
            if (sf.mediaType != QLatin1String("application/pdf"))
                f(file, "media_type").fail(CaseJson::tr("expected \"application/pdf\""));
            sf.sha256 = f(file, "sha256").string(true).toLower();
            // Base64 of the largest value a case file holds (64 MiB, opener.cpp): a PDF the case
            // could keep must also come back from its JSON.
            constexpr qsizetype maxBase64 = (64LL * 1024 * 1024 + 2) / 3 * 4;
            const QString data = f(file, "data").string(true, maxBase64);
            auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                f(file, "data").fail(CaseJson::tr("is not base64"));
            sf.bytes = *decoded;
            if (QString::fromLatin1(QCryptographicHash::hash(sf.bytes, QCryptographicHash::Sha256).toHex()) != sf.sha256)
                f(file, "sha256").fail(CaseJson::tr("does not match the file's data (the file was changed or damaged)"));
            s.file = sf;
        }
        data.sources.append(s);
    }

    const Reader notes = f(root, "notes");
    for (qsizetype i = 0; i < notes.arraySize(); ++i)
        noteKeys.add(f(notes.at(i), "key"));
    for (qsizetype i = 0; i < notes.arraySize(); ++i) {
        const Reader r = notes.at(i);
        r.onlyFields({"key", "source", "start", "length", "excerpt", "translation_of", "claims"});
        Note n;
        n.id = NoteId(i + 1);
        n.key = f(r, "key").string();
        n.source = SourceId(sourceKeys.resolve(f(r, "source")));
        const auto start = f(r, "start").integer(0, 1 << 30);
        const auto length = f(r, "length").integer(1, 1 << 30);
        if (!start)
            f(r, "start").fail(CaseJson::tr("this field is required"));
        if (!length)
            f(r, "length").fail(CaseJson::tr("this field is required"));
        n.start = int(*start);
        n.length = int(*length);
        n.excerpt = f(r, "excerpt").string(true, limits::longText);
        const Source &source = data.sources.at(n.source.value - 1);
        if (codePointSlice(source.text, n.start, n.length) != n.excerpt)
            f(r, "excerpt").fail(CaseJson::tr("does not match the text of source \"%1\" at %2–%3")
                                     .arg(source.key).arg(n.start).arg(n.start + n.length));
        n.translationOf = typed<NoteId>(noteKeys.resolveOptional(f(r, "translation_of")));
        if (n.translationOf == n.id)
            f(r, "translation_of").fail(CaseJson::tr("a note cannot translate itself"));
        const Reader claims = f(r, "claims");
        for (qsizetype j = 0; j < claims.arraySize(); ++j) {
            const Reader c = claims.at(j);
            c.onlyFields({"subject", "key", "attribute"});
            ClaimRef claim;
            claim.subject = f(c, "subject").word(&subjectKindFromWord);
            const Reader key = f(c, "key");
            switch (claim.subject) {
            case SubjectKind::Party: claim.subjectId = partyKeys.resolve(key); break;
            case SubjectKind::Site: claim.subjectId = siteKeys.resolve(key); break;
            case SubjectKind::Product: claim.subjectId = productKeys.resolve(key); break;
            case SubjectKind::Link: claim.subjectId = linkKeys.resolve(key); break;
            }
            claim.attribute = f(c, "attribute").string();
            n.claims.append(claim);
        }
        data.notes.append(n);
    }

    const Reader decisions = f(root, "screening_decisions");
    QSet<QPair<qint64, QString>> decided;
    for (qsizetype i = 0; i < decisions.arraySize(); ++i) {
        const Reader r = decisions.at(i);
        r.onlyFields({"party", "entry", "list", "decision", "reason", "decided_at"});
        ScreeningDecision d;
        d.party = PartyId(partyKeys.resolve(f(r, "party")));
        d.entryId = f(r, "entry").string(true);
        if (decided.contains({d.party.value, d.entryId}))
            f(r, "entry").fail(CaseJson::tr("a second decision on the same party and list entry"));
        decided.insert({d.party.value, d.entryId});
        d.listName = f(r, "list").string(true);
        const QString word = f(r, "decision").string(true);
        if (word != QLatin1String("match") && word != QLatin1String("not_a_match"))
            f(r, "decision").fail(CaseJson::tr("expected \"match\" or \"not_a_match\""));
        d.isMatch = word == QLatin1String("match");
        d.reason = f(r, "reason").string(true, limits::longText);
        d.decidedAt = f(r, "decided_at").string();
        data.screeningDecisions.append(d);
    }
    return data;
}

CaseData readCaseJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        throw CaseError(CaseJson::tr("%1: no such file").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(CaseJson::tr("%1: cannot be read (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > 512 * 1024 * 1024)
        throw CaseError(CaseJson::tr("%1: too large for a case (over 512 MiB)").arg(QDir::toNativeSeparators(path)));
    return readCaseJson(file.readAll(), QDir::toNativeSeparators(path));
}

} // namespace chiptrail
