// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing the entities of a case: one function pair per table, no logic beyond rows.
#include "casestore.h"

#include "error.h"
#include "model/keys.h"
#include "store/rowhelpers.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <cmath>

namespace chiptrail {
using namespace rows;

// --- keys ----------------------------------------------------------------------------------

QString CaseStore::keyFor(const QString &given, bool insert, const char *table, const QString &name,
                          const QString &fallback) const
{
    if (!insert || !given.trimmed().isEmpty())
        return given;
    // A readable key from the name, made unique against the keys the table holds: "name", or
    // "name-N" one above the highest N taken. Only keys that start with the name are read, through
    // the key's index, so a case with 20,000 links named alike costs one range scan, not 20,000 probes.
    const QString base = makeKey(name, {}, fallback);
    const QByteArray exact = QByteArray("SELECT 1 FROM ") + table + " WHERE key = ?1";
    sql::Statement taken(m_db, exact.constData());
    taken.bind(1, base);
    if (!taken.step())
        return base;
    const QByteArray numbered = QByteArray("SELECT key FROM ") + table + " WHERE key > ?1 AND key < ?2";
    sql::Statement alike(m_db, numbered.constData());
    alike.bind(1, base + QLatin1Char('-')).bind(2, base + QLatin1Char('.')); // '.' follows '-'
    qint64 highest = 1;
    while (alike.step()) {
        bool isNumber = false;
        const qint64 n = alike.text(0).mid(base.size() + 1).toLongLong(&isNumber);
        if (isNumber)
            highest = std::max(highest, n);
    }
    return base + QLatin1Char('-') + QString::number(highest + 1);
}

// --- attribute confidence and claims -------------------------------------------------------

AttributeConfidence CaseStore::readAttributeConfidence(SubjectKind subject, qint64 id) const
{
    AttributeConfidence map;
    sql::Statement select(m_db, "SELECT attribute, confidence FROM attribute_confidence "
                                "WHERE subject_kind = ?1 AND subject_id = ?2");
    select.bind(1, toWord(subject)).bind(2, id);
    while (select.step())
        map.insert(select.text(0), confidenceOf(select.text(1)));
    return map;
}

void CaseStore::writeAttributeConfidence(SubjectKind subject, qint64 id, const AttributeConfidence &map)
{
    sql::Statement remove(m_db, "DELETE FROM attribute_confidence WHERE subject_kind = ?1 AND subject_id = ?2");
    remove.bind(1, toWord(subject)).bind(2, id);
    remove.run();
    sql::Statement insert(m_db, "INSERT INTO attribute_confidence VALUES (?1, ?2, ?3, ?4)");
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        insert.bind(1, toWord(subject)).bind(2, id).bind(3, it.key()).bind(4, toWord(it.value()));
        insert.run();
    }
}

void CaseStore::dropClaimsOf(SubjectKind subject, qint64 id)
{
    noteClaimsOf(subject, id);
    m_change.of(subject).insert(id);
    for (const char *sql : {"DELETE FROM note_claim WHERE subject_kind = ?1 AND subject_id = ?2",
                            "DELETE FROM attribute_confidence WHERE subject_kind = ?1 AND subject_id = ?2"}) {
        sql::Statement remove(m_db, sql);
        remove.bind(1, toWord(subject)).bind(2, id);
        remove.run();
    }
}

void CaseStore::noteClaimsOf(SubjectKind subject, qint64 id)
{
    sql::Statement select(m_db, "SELECT DISTINCT note_id FROM note_claim WHERE subject_kind = ?1 AND subject_id = ?2");
    select.bind(1, toWord(subject)).bind(2, id);
    while (select.step())
        m_change.notes.insert(select.int64(0));
}

QList<Note> CaseStore::notesClaiming(const QList<ClaimRef> &subjects) const
{
    QList<Note> result;
    QSet<qint64> seen;
    for (const auto &subject : subjects)
        for (const auto &note : notesFor(subject.subject, subject.subjectId))
            if (!seen.contains(note.id.value)) {
                seen.insert(note.id.value);
                result.append(note);
            }
    return result;
}

// --- parties --------------------------------------------------------------------------------

QList<Party> CaseStore::parties() const { return readParties(0); }

QList<Party> CaseStore::readParties(qint64 only) const
{
    QList<Party> result;
    sql::Statement select(m_db, selectSql(partyColumns, "party", only ? "id = ?1" : nullptr).constData());
    if (only)
        select.bind(1, only);
    while (select.step()) {
        Party p;
        p.id = PartyId(select.int64(0));
        p.key = select.text(1);
        p.name = select.text(2);
        // A file recovered from case format 1-4 can still hold the old combined role.
        p.role = partyRoleFromAnyWord(select.text(3)).value_or(PartyRole::Other);
        p.incorporationCountry = select.text(4);
        p.headquartersCountry = select.text(5);
        p.description = select.text(6);
        p.confidence = confidenceOf(select.text(7));
        result.append(p);
    }
    QHash<qint64, Party *> byId;
    for (auto &p : result)
        byId.insert(p.id.value, &p);
    sql::Statement aliases(m_db, only ? "SELECT party_id, alias FROM party_alias WHERE party_id = ?1 ORDER BY position"
                                      : "SELECT party_id, alias FROM party_alias ORDER BY party_id, position");
    if (only)
        aliases.bind(1, only);
    while (aliases.step())
        if (Party *p = byId.value(aliases.int64(0)))
            p->aliases << aliases.text(1);
    sql::Statement identifiers(m_db, only ? "SELECT party_id, scheme, value FROM party_identifier "
                                            "WHERE party_id = ?1 ORDER BY position"
                                          : "SELECT party_id, scheme, value FROM party_identifier "
                                            "ORDER BY party_id, position");
    if (only)
        identifiers.bind(1, only);
    while (identifiers.step())
        if (Party *p = byId.value(identifiers.int64(0)))
            p->identifiers.append({identifiers.text(1), identifiers.text(2)});
    sql::Statement confidences(m_db, only ? "SELECT subject_id, attribute, confidence FROM attribute_confidence "
                                            "WHERE subject_kind = 'party' AND subject_id = ?1"
                                          : "SELECT subject_id, attribute, confidence FROM attribute_confidence "
                                            "WHERE subject_kind = 'party'");
    if (only)
        confidences.bind(1, only);
    while (confidences.step())
        if (Party *p = byId.value(confidences.int64(0)))
            p->attributeConfidence.insert(confidences.text(1), confidenceOf(confidences.text(2)));
    return result;
}

std::optional<Party> CaseStore::party(PartyId id) const
{
    if (!id.isValid())
        return std::nullopt;
    const QList<Party> found = readParties(id.value);
    return found.isEmpty() ? std::nullopt : std::optional<Party>(found.first());
}

qint64 CaseStore::writeParty(const Party &p, bool insert)
{
    sql::Statement write(m_db, insert
        ? "INSERT INTO party(id, key, name, role, incorporation_country, headquarters_country, "
          "description, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        : "UPDATE party SET key = ?2, name = ?3, role = ?4, incorporation_country = ?5, "
          "headquarters_country = ?6, description = ?7, confidence = ?8 WHERE id = ?1");
    if (p.id.isValid())
        write.bind(1, p.id.value);
    write.bind(2, keyFor(p.key, insert, "party", p.name, QStringLiteral("party"))).bind(3, p.name).bind(4, toWord(p.role)).bind(5, p.incorporationCountry);
    write.bind(6, p.headquartersCountry).bind(7, p.description).bind(8, toWord(p.confidence));
    write.run();
    const qint64 id = insert && !p.id.isValid() ? sqlite3_last_insert_rowid(m_db.get()) : p.id.value;
    if (!insert)
        requireChanged(m_db.get(), "party", id);

    sql::Statement clearAliases(m_db, "DELETE FROM party_alias WHERE party_id = ?1");
    clearAliases.bind(1, id);
    clearAliases.run();
    sql::Statement alias(m_db, "INSERT INTO party_alias VALUES (?1, ?2, ?3)");
    for (int i = 0; i < p.aliases.size(); ++i) {
        alias.bind(1, id).bind(2, i).bind(3, p.aliases.at(i));
        alias.run();
    }
    sql::Statement clearIds(m_db, "DELETE FROM party_identifier WHERE party_id = ?1");
    clearIds.bind(1, id);
    clearIds.run();
    sql::Statement identifier(m_db, "INSERT INTO party_identifier VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < p.identifiers.size(); ++i) {
        identifier.bind(1, id).bind(2, i).bind(3, p.identifiers.at(i).scheme);
        identifier.bind(4, p.identifiers.at(i).value);
        identifier.run();
    }
    writeAttributeConfidence(SubjectKind::Party, id, p.attributeConfidence);
    m_change.parties.insert(id);
    return id;
}

PartyId CaseStore::addParty(const Party &party, std::optional<QPointF> position, bool pinned)
{
    const PartyId id = inTransaction([&] {
        const PartyId added(writeParty(party, true));
        if (position) {
            sql::Statement place(m_db, "INSERT INTO node_position VALUES (?1, ?2, ?3, ?4)");
            place.bind(1, added.value).bind(2, position->x()).bind(3, position->y()).bind(4, pinned ? 1 : 0);
            place.run();
            m_change.positions.insert(added.value);
        }
        return added;
    });
    return id;
}

void CaseStore::updateParty(const Party &party)
{
    inTransaction([&] { writeParty(party, false); });
}

PartyRemoval CaseStore::removeParty(PartyId id)
{
    PartyRemoval removal = inTransaction([&] {
        PartyRemoval r;
        const auto party = this->party(id);
        if (!party)
            throw CaseError(tr("there is no party with id %1 in this case").arg(id.value));
        r.party = *party;
        QList<ClaimRef> subjects{{SubjectKind::Party, id.value, {}}};
        for (const auto &link : links())
            if (link.from == id || link.to == id) {
                r.links.append(link);
                subjects.append({SubjectKind::Link, link.id.value, {}});
            }
        for (const auto &site : sites())
            if (site.operatorParty == id)
                r.operatedSites.append(site);
        r.notesBefore = notesClaiming(subjects);
        for (const auto &decision : screeningDecisions())
            if (decision.party == id)
                r.decisions.append(decision);
        for (const auto &position : nodePositions())
            if (position.party == id) {
                r.position = position.position;
                r.pinned = position.pinned;
            }

        for (const auto &link : r.links) {
            dropClaimsOf(SubjectKind::Link, link.id.value);
            sql::Statement remove(m_db, "DELETE FROM link WHERE id = ?1");
            remove.bind(1, link.id.value);
            remove.run();
        }
        for (auto site : r.operatedSites) {
            site.operatorParty.reset();
            writeSite(site, false);
        }
        dropClaimsOf(SubjectKind::Party, id.value);
        if (r.position)
            m_change.positions.insert(id.value);
        if (!r.decisions.isEmpty())
            m_change.screening = true;
        sql::Statement remove(m_db, "DELETE FROM party WHERE id = ?1");
        remove.bind(1, id.value);
        remove.run();
        return r;
    });
    return removal;
}

void CaseStore::restoreParty(const PartyRemoval &r)
{
    inTransaction([&] {
        writeParty(r.party, true);
        for (const auto &site : r.operatedSites)
            writeSite(site, false);
        for (const auto &link : r.links)
            writeLink(link, true);
        for (const auto &note : r.notesBefore)
            writeNote(note, false);
        for (const auto &decision : r.decisions)
            writeScreeningDecision(decision);
        if (r.position) {
            sql::Statement position(m_db, "INSERT INTO node_position VALUES (?1, ?2, ?3, ?4)");
            position.bind(1, r.party.id.value).bind(2, r.position->x()).bind(3, r.position->y());
            position.bind(4, r.pinned ? 1 : 0);
            position.run();
            m_change.positions.insert(r.party.id.value);
        }
    });
}

// --- sites ----------------------------------------------------------------------------------

QList<Site> CaseStore::sites() const { return readSites(0); }

QList<Site> CaseStore::readSites(qint64 only) const
{
    QList<Site> result;
    sql::Statement select(m_db, selectSql(siteColumns, "site", only ? "id = ?1" : nullptr).constData());
    if (only)
        select.bind(1, only);
    while (select.step()) {
        Site s;
        s.id = SiteId(select.int64(0));
        s.key = select.text(1);
        s.name = select.text(2);
        s.country = select.text(3);
        s.city = select.text(4);
        s.operatorParty = optionalId<PartyId>(select, 5);
        s.description = select.text(6);
        s.confidence = confidenceOf(select.text(7));
        s.attributeConfidence = readAttributeConfidence(SubjectKind::Site, s.id.value);
        result.append(s);
    }
    return result;
}

std::optional<Site> CaseStore::site(SiteId id) const
{
    if (!id.isValid())
        return std::nullopt;
    const QList<Site> found = readSites(id.value);
    return found.isEmpty() ? std::nullopt : std::optional<Site>(found.first());
}

qint64 CaseStore::writeSite(const Site &s, bool insert)
{
    sql::Statement write(m_db, insert
        ? "INSERT INTO site(id, key, name, country, city, operator_id, description, confidence) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
        : "UPDATE site SET key = ?2, name = ?3, country = ?4, city = ?5, operator_id = ?6, "
          "description = ?7, confidence = ?8 WHERE id = ?1");
    if (s.id.isValid())
        write.bind(1, s.id.value);
    write.bind(2, keyFor(s.key, insert, "site", s.name, QStringLiteral("site"))).bind(3, s.name).bind(4, s.country).bind(5, s.city);
    write.bind(6, rawId(s.operatorParty)).bind(7, s.description).bind(8, toWord(s.confidence));
    write.run();
    const qint64 id = insert && !s.id.isValid() ? sqlite3_last_insert_rowid(m_db.get()) : s.id.value;
    if (!insert)
        requireChanged(m_db.get(), "site", id);
    writeAttributeConfidence(SubjectKind::Site, id, s.attributeConfidence);
    m_change.sites.insert(id);
    return id;
}

SiteId CaseStore::addSite(const Site &site)
{
    const SiteId id = inTransaction([&] {
        return SiteId(writeSite(site, true));
    });
    return id;
}

void CaseStore::updateSite(const Site &site)
{
    inTransaction([&] { writeSite(site, false); });
}

SiteRemoval CaseStore::removeSite(SiteId id)
{
    SiteRemoval removal = inTransaction([&] {
        const auto site = this->site(id);
        if (!site)
            throw CaseError(tr("there is no site with id %1 in this case").arg(id.value));
        SiteRemoval r{*site, notesFor(SubjectKind::Site, id.value)};
        dropClaimsOf(SubjectKind::Site, id.value);
        sql::Statement remove(m_db, "DELETE FROM site WHERE id = ?1");
        remove.bind(1, id.value);
        try {
            remove.run();
        } catch (const CaseError &) {
            throw CaseError(tr("the site is still used by a link; remove or change the link first"));
        }
        return r;
    });
    return removal;
}

void CaseStore::restoreSite(const SiteRemoval &r)
{
    inTransaction([&] {
        writeSite(r.site, true);
        for (const auto &note : r.notesBefore)
            writeNote(note, false);
    });
}

// --- products -------------------------------------------------------------------------------

QList<Product> CaseStore::products() const { return readProducts(0); }

QList<Product> CaseStore::readProducts(qint64 only) const
{
    QList<Product> result;
    sql::Statement select(m_db, selectSql(productColumns, "product", only ? "id = ?1" : nullptr).constData());
    if (only)
        select.bind(1, only);
    while (select.step()) {
        Product p;
        p.id = ProductId(select.int64(0));
        p.key = select.text(1);
        p.name = select.text(2);
        p.vendor = select.text(3);
        p.kind = productKindFromWord(select.text(4)).value_or(ProductKind::Chip);
        p.chip.tpp = select.optionalReal(5);
        p.chip.dieAreaMm2 = select.optionalReal(6);
        p.chip.performanceDensity = select.optionalReal(7);
        p.chip.memoryBandwidthGBps = select.optionalReal(8);
        p.chip.interconnectGBps = select.optionalReal(9);
        p.chip.datacenter = select.int64(10) != 0;
        p.contains = optionalId<ProductId>(select, 11);
        p.chipsPerUnit = int(select.int64(12));
        p.description = select.text(13);
        p.confidence = confidenceOf(select.text(14));
        p.attributeConfidence = readAttributeConfidence(SubjectKind::Product, p.id.value);
        result.append(p);
    }
    return result;
}

std::optional<Product> CaseStore::product(ProductId id) const
{
    if (!id.isValid())
        return std::nullopt;
    const QList<Product> found = readProducts(id.value);
    return found.isEmpty() ? std::nullopt : std::optional<Product>(found.first());
}

qint64 CaseStore::writeProduct(const Product &p, bool insert)
{
    // A system is counted in chips: without its chip and how many it holds, the rules cannot see it.
    if (p.kind == ProductKind::System) {
        if (!p.contains || p.chipsPerUnit <= 0)
            throw CaseError(tr("product \"%1\": a system needs the chip it contains and how many chips one unit holds")
                                .arg(p.name));
        const auto chip = p.contains == p.id ? std::nullopt : product(*p.contains);
        if (!chip || chip->kind == ProductKind::System)
            throw CaseError(tr("product \"%1\": a system must contain a chip of this case, not itself or another system")
                                .arg(p.name));
    }
    sql::Statement write(m_db, insert
        ? "INSERT INTO product(id, key, name, vendor, kind, tpp, die_area_mm2, performance_density, "
          "memory_bandwidth_gbps, interconnect_gbps, datacenter, contains_id, chips_per_unit, "
          "description, confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
          "?13, ?14, ?15)"
        : "UPDATE product SET key = ?2, name = ?3, vendor = ?4, kind = ?5, tpp = ?6, "
          "die_area_mm2 = ?7, performance_density = ?8, memory_bandwidth_gbps = ?9, "
          "interconnect_gbps = ?10, datacenter = ?11, contains_id = ?12, chips_per_unit = ?13, "
          "description = ?14, confidence = ?15 WHERE id = ?1");
    if (p.id.isValid())
        write.bind(1, p.id.value);
    write.bind(2, keyFor(p.key, insert, "product", p.name, QStringLiteral("product"))).bind(3, p.name).bind(4, p.vendor).bind(5, toWord(p.kind));
    write.bind(6, p.chip.tpp).bind(7, p.chip.dieAreaMm2).bind(8, p.chip.performanceDensity);
    write.bind(9, p.chip.memoryBandwidthGBps).bind(10, p.chip.interconnectGBps);
    write.bind(11, p.chip.datacenter ? 1 : 0).bind(12, rawId(p.contains)).bind(13, p.chipsPerUnit);
    write.bind(14, p.description).bind(15, toWord(p.confidence));
    write.run();
    const qint64 id = insert && !p.id.isValid() ? sqlite3_last_insert_rowid(m_db.get()) : p.id.value;
    if (!insert)
        requireChanged(m_db.get(), "product", id);
    writeAttributeConfidence(SubjectKind::Product, id, p.attributeConfidence);
    m_change.products.insert(id);
    return id;
}

ProductId CaseStore::addProduct(const Product &product)
{
    const ProductId id = inTransaction([&] {
        return ProductId(writeProduct(product, true));
    });
    return id;
}

void CaseStore::updateProduct(const Product &product)
{
    inTransaction([&] { writeProduct(product, false); });
}

ProductRemoval CaseStore::removeProduct(ProductId id)
{
    ProductRemoval removal = inTransaction([&] {
        const auto product = this->product(id);
        if (!product)
            throw CaseError(tr("there is no product with id %1 in this case").arg(id.value));
        ProductRemoval r{*product, notesFor(SubjectKind::Product, id.value)};
        dropClaimsOf(SubjectKind::Product, id.value);
        sql::Statement remove(m_db, "DELETE FROM product WHERE id = ?1");
        remove.bind(1, id.value);
        try {
            remove.run();
        } catch (const CaseError &) {
            throw CaseError(tr("the product is still used by a link or a system; change those first"));
        }
        return r;
    });
    return removal;
}

void CaseStore::restoreProduct(const ProductRemoval &r)
{
    inTransaction([&] {
        writeProduct(r.product, true);
        for (const auto &note : r.notesBefore)
            writeNote(note, false);
    });
}

// --- links ----------------------------------------------------------------------------------

QList<Link> CaseStore::links() const { return readLinks(0); }

QList<Link> CaseStore::readLinks(qint64 only) const
{
    QList<Link> result;
    sql::Statement select(m_db, selectSql(linkColumns, "link", only ? "id = ?1" : nullptr).constData());
    if (only)
        select.bind(1, only);
    while (select.step()) {
        Link l;
        l.id = LinkId(select.int64(0));
        l.key = select.text(1);
        l.kind = linkKindFromWord(select.text(2)).value_or(LinkKind::Affiliation);
        l.from = PartyId(select.int64(3));
        l.to = PartyId(select.int64(4));
        l.product = optionalId<ProductId>(select, 5);
        l.quantity = select.optionalInt64(6);
        l.value = select.optionalReal(7);
        l.currency = select.text(8);
        l.dateFrom = select.date(9);
        l.dateTo = select.date(10);
        l.site = optionalId<SiteId>(select, 11);
        l.shipFromCountry = select.text(12);
        l.shipToCountry = select.text(13);
        l.description = select.text(14);
        l.confidence = confidenceOf(select.text(15));
        l.ownershipShare = select.optionalReal(16);
        result.append(l);
    }
    QHash<qint64, Link *> byId;
    for (auto &l : result)
        byId.insert(l.id.value, &l);
    sql::Statement confidences(m_db, only ? "SELECT subject_id, attribute, confidence FROM attribute_confidence "
                                            "WHERE subject_kind = 'link' AND subject_id = ?1"
                                          : "SELECT subject_id, attribute, confidence FROM attribute_confidence "
                                            "WHERE subject_kind = 'link'");
    if (only)
        confidences.bind(1, only);
    while (confidences.step())
        if (Link *l = byId.value(confidences.int64(0)))
            l->attributeConfidence.insert(confidences.text(1), confidenceOf(confidences.text(2)));
    return result;
}

std::optional<Link> CaseStore::link(LinkId id) const
{
    if (!id.isValid())
        return std::nullopt;
    const QList<Link> found = readLinks(id.value);
    return found.isEmpty() ? std::nullopt : std::optional<Link>(found.first());
}

QString CaseStore::linkKeyName(const Link &link) const
{
    // "nvidia aivres": which link it is, readable in the case JSON.
    const auto from = party(link.from);
    const auto to = party(link.to);
    return from && to ? from->key + QLatin1Char(' ') + to->key : QStringLiteral("link");
}

void CaseStore::requireValidShare(const Link &l)
{
    // Checked before any SQL so the message names the field; the schema's CHECK stands behind it.
    if (!l.ownershipShare)
        return;
    const QString who = l.key.trimmed().isEmpty() ? tr("the new link") : tr("link \"%1\"").arg(l.key);
    if (l.kind != LinkKind::Ownership)
        throw CaseError(tr("%1: ownership_share: only an ownership link has an owner's share (this link is a %2)")
                            .arg(who, toWord(l.kind)));
    const double share = *l.ownershipShare;
    if (!std::isfinite(share) || share < 0 || share > 100)
        throw CaseError(tr("%1: ownership_share: %2 is not a share from 0 to 100 %")
                            .arg(who, QString::number(share)));
}

qint64 CaseStore::writeLink(const Link &l, bool insert)
{
    requireValidShare(l);
    sql::Statement write(m_db, insert
        ? "INSERT INTO link(id, key, kind, from_id, to_id, product_id, quantity, value, currency, "
          "date_from, date_to, site_id, ship_from_country, ship_to_country, description, "
          "confidence, ownership_share) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
          "?13, ?14, ?15, ?16, ?17)"
        : "UPDATE link SET key = ?2, kind = ?3, from_id = ?4, to_id = ?5, product_id = ?6, "
          "quantity = ?7, value = ?8, currency = ?9, date_from = ?10, date_to = ?11, site_id = ?12, "
          "ship_from_country = ?13, ship_to_country = ?14, description = ?15, confidence = ?16, "
          "ownership_share = ?17 WHERE id = ?1");
    if (l.id.isValid())
        write.bind(1, l.id.value);
    write.bind(2, insert && l.key.trimmed().isEmpty() ? keyFor({}, true, "link", linkKeyName(l), QStringLiteral("link")) : l.key).bind(3, toWord(l.kind)).bind(4, l.from.value).bind(5, l.to.value);
    write.bind(6, rawId(l.product)).bind(7, l.quantity).bind(8, l.value).bind(9, l.currency);
    write.bind(10, l.dateFrom).bind(11, l.dateTo).bind(12, rawId(l.site));
    write.bind(13, l.shipFromCountry).bind(14, l.shipToCountry).bind(15, l.description);
    write.bind(16, toWord(l.confidence)).bind(17, l.ownershipShare);
    write.run();
    const qint64 id = insert && !l.id.isValid() ? sqlite3_last_insert_rowid(m_db.get()) : l.id.value;
    if (!insert)
        requireChanged(m_db.get(), "link", id);
    writeAttributeConfidence(SubjectKind::Link, id, l.attributeConfidence);
    m_change.links.insert(id);
    return id;
}

LinkId CaseStore::addLink(const Link &link)
{
    const LinkId id = inTransaction([&] {
        return LinkId(writeLink(link, true));
    });
    return id;
}

void CaseStore::updateLink(const Link &link)
{
    inTransaction([&] { writeLink(link, false); });
}

LinkRemoval CaseStore::removeLink(LinkId id)
{
    LinkRemoval removal = inTransaction([&] {
        const auto link = this->link(id);
        if (!link)
            throw CaseError(tr("there is no link with id %1 in this case").arg(id.value));
        LinkRemoval r{*link, notesFor(SubjectKind::Link, id.value)};
        dropClaimsOf(SubjectKind::Link, id.value);
        sql::Statement remove(m_db, "DELETE FROM link WHERE id = ?1");
        remove.bind(1, id.value);
        remove.run();
        return r;
    });
    return removal;
}

void CaseStore::restoreLink(const LinkRemoval &r)
{
    inTransaction([&] {
        writeLink(r.link, true);
        for (const auto &note : r.notesBefore)
            writeNote(note, false);
    });
}
CaseData CaseStore::load() const
{
    try {
        return {info(), parties(), sites(), products(), links(), sources(), notes(), screeningDecisions()};
    } catch (const CaseError &error) {
        // A row that cannot be read names its field; the reader of the message (the command line
        // above all, where several files may be given) needs the file as well.
        const QString file = QDir::toNativeSeparators(m_path);
        if (error.message().startsWith(file))
            throw;
        throw CaseError(tr("%1: %2").arg(file, error.message()));
    }
}

} // namespace chiptrail
