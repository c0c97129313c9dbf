// SPDX-License-Identifier: GPL-3.0-or-later
// Table import: many parties, products, sites and links in one edit, and its exact undo.
#include "casestore.h"

#include "model/keys.h"
#include "store/rowhelpers.h"

namespace chiptrail {

using namespace rows;

namespace {

constexpr const char *insertLinkSql =
    "INSERT INTO link(id, key, kind, from_id, to_id, product_id, quantity, value, currency, "
    "date_from, date_to, site_id, ship_from_country, ship_to_country, description, confidence, "
    "ownership_share) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

// The link indexes exactly as the schema makes them (schema.cpp, version 1): the file is refused
// on open when its schema differs from the program's by one character.
constexpr const char *dropLinkIndexes = "DROP INDEX link_from; DROP INDEX link_to;";
constexpr const char *createLinkIndexes = "CREATE INDEX link_from ON link(from_id);\nCREATE INDEX link_to ON link(to_id);";

void bindLink(sql::Statement &write, const Link &l, const QString &key)
{
    if (l.id.isValid())
        write.bind(1, l.id.value);
    write.bind(2, key).bind(3, toWord(l.kind)).bind(4, l.from.value).bind(5, l.to.value);
    write.bind(6, rawId(l.product)).bind(7, l.quantity).bind(8, l.value).bind(9, l.currency);
    write.bind(10, l.dateFrom).bind(11, l.dateTo).bind(12, rawId(l.site));
    write.bind(13, l.shipFromCountry).bind(14, l.shipToCountry).bind(15, l.description);
    write.bind(16, toWord(l.confidence)).bind(17, l.ownershipShare);
    write.run();
}

class StatementLinkWriter : public BulkLinkWriter
{
public:
    StatementLinkWriter(const sql::Connection &db, BulkImportIds &ids, QString prefix)
        : m_db(db), m_insert(db, insertLinkSql), m_ids(ids), m_prefix(std::move(prefix) + QStringLiteral("-r"))
    {
    }
    void add(const Link &link, qint64 row) override
    {
        Link l = link;
        l.id = {};
        if (l.from == l.to)
            throw CaseError(CaseFile::tr("row %1: seller and buyer are the same party").arg(row));
        // Zero-padded so the keys of one import sort in row order: the key index is appended to
        // rather than split all over (a million scattered inserts thrash SQLite's page cache).
        bindLink(m_insert, l, m_prefix + QStringLiteral("%1").arg(row, 7, 10, QLatin1Char('0')));
        const qint64 id = sqlite3_last_insert_rowid(m_db.get());
        if (m_ids.lastLink < m_ids.firstLink)
            m_ids.firstLink = id;
        else if (id != m_ids.lastLink + 1)
            throw CaseError(CaseFile::tr("the new links did not get consecutive ids; the import is undone"));
        m_ids.lastLink = id;
    }
    const BulkImportIds &ids() const override { return m_ids; }

private:
    const sql::Connection &m_db;
    sql::Statement m_insert;
    BulkImportIds &m_ids;
    QString m_prefix;
};

} // namespace

QString CaseStore::freeLinkKeyPrefix(const QString &name) const
{
    const QString base = makeKey(name, {}, QStringLiteral("table"));
    sql::Statement taken(m_db, "SELECT 1 FROM link WHERE key >= ?1 AND key < ?2 LIMIT 1");
    for (int n = 1;; ++n) {
        const QString prefix = n == 1 ? base : base + QLatin1Char('-') + QString::number(n);
        taken.bind(1, prefix + QStringLiteral("-r")).bind(2, prefix + QStringLiteral("-s"));
        const bool used = taken.step();
        taken.reset();
        if (!used)
            return prefix;
    }
}

void CaseStore::noteBulk(const BulkImportIds &ids)
{
    if (ids.linkCount() + ids.parties.size() > kBulkChangeLimit) {
        m_change.everything = true;
        return;
    }
    for (const PartyId id : ids.parties)
        m_change.parties.insert(id.value);
    for (const ProductId id : ids.products)
        m_change.products.insert(id.value);
    for (const SiteId id : ids.sites)
        m_change.sites.insert(id.value);
    for (qint64 id = ids.firstLink; id <= ids.lastLink; ++id)
        m_change.links.insert(id);
}

BulkImportIds CaseStore::importBulk(const BulkImport &import, const std::function<void(BulkLinkWriter &)> &writeLinks)
{
    return inTransaction([&] {
        BulkImportIds ids;
        for (const Party &p : import.parties)
            ids.parties.append(PartyId(writeParty(p, true)));
        for (const Product &p : import.products)
            ids.products.append(ProductId(writeProduct(p, true)));
        for (const Site &s : import.sites)
            ids.sites.append(SiteId(writeSite(s, true)));
        if (import.rebuildIndexes)
            m_db.exec(dropLinkIndexes);
        // A bigger page cache while the links go in (64 MB, the default is 2 MB), back after.
        m_db.exec("PRAGMA cache_size = -65536");
        struct CacheBack
        {
            sql::Connection &db;
            ~CacheBack() { sqlite3_exec(db.get(), "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr); }
        } cacheBack{m_db};
        {
            StatementLinkWriter writer(m_db, ids, freeLinkKeyPrefix(import.linkKeyPrefix));
            writeLinks(writer);
        }
        if (import.rebuildIndexes)
            m_db.exec(createLinkIndexes);
        m_change = {};
        noteBulk(ids);
        return ids;
    });
}

BulkImportRemoval CaseStore::removeBulk(const BulkImportIds &ids)
{
    return inTransaction([&] {
        BulkImportRemoval removal;
        removal.ids = ids;
        if (ids.linkCount() > 0) {
            sql::Statement select(m_db, selectSql(linkColumns, "link", "id BETWEEN ?1 AND ?2").constData());
            select.bind(1, ids.firstLink).bind(2, ids.lastLink);
            // Read through readLinks' row format: one statement, not a million point reads.
            removal.links.reserve(ids.linkCount());
            while (select.step()) {
                Link l;
                l.id = LinkId(select.int64(0));
                l.key = select.text(1);
                l.kind = linkKindFromWord(select.text(2)).value_or(LinkKind::Sale);
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
                removal.links.append(l);
            }
            if (removal.links.size() != ids.linkCount())
                throw CaseError(CaseFile::tr("the imported links are no longer all in the case; the import cannot be undone"));
            // Edits made after the import (notes on its links) are undone before it: nothing
            // else can point at these links now.
            sql::Statement remove(m_db, "DELETE FROM link WHERE id BETWEEN ?1 AND ?2");
            remove.bind(1, ids.firstLink).bind(2, ids.lastLink);
            remove.run();
        }
        for (const SiteId id : ids.sites) {
            const auto site = this->site(id);
            if (!site)
                throw CaseError(CaseFile::tr("there is no site with id %1 in this case").arg(id.value));
            removal.sites.append(*site);
            dropClaimsOf(SubjectKind::Site, id.value);
            sql::Statement remove(m_db, "DELETE FROM site WHERE id = ?1");
            remove.bind(1, id.value);
            remove.run();
        }
        for (const ProductId id : ids.products) {
            const auto product = this->product(id);
            if (!product)
                throw CaseError(CaseFile::tr("there is no product with id %1 in this case").arg(id.value));
            removal.products.append(*product);
            dropClaimsOf(SubjectKind::Product, id.value);
            sql::Statement remove(m_db, "DELETE FROM product WHERE id = ?1");
            remove.bind(1, id.value);
            remove.run();
        }
        for (const PartyId id : ids.parties) {
            const auto party = this->party(id);
            if (!party)
                throw CaseError(CaseFile::tr("there is no party with id %1 in this case").arg(id.value));
            removal.parties.append(*party);
            dropClaimsOf(SubjectKind::Party, id.value);
            sql::Statement remove(m_db, "DELETE FROM party WHERE id = ?1");
            remove.bind(1, id.value);
            remove.run();
            m_change.positions.insert(id.value);
        }
        const QSet<qint64> positions = m_change.positions;
        m_change = {};
        noteBulk(ids);
        m_change.positions = positions;
        return removal;
    });
}

void CaseStore::restoreBulk(const BulkImportRemoval &removal)
{
    inTransaction([&] {
        for (const Party &p : removal.parties)
            writeParty(p, true);
        for (const Product &p : removal.products)
            writeProduct(p, true);
        for (const Site &s : removal.sites)
            writeSite(s, true);
        sql::Statement insert(m_db, insertLinkSql);
        for (const Link &l : removal.links)
            bindLink(insert, l, l.key);
        m_change = {};
        noteBulk(removal.ids);
    });
}

} // namespace chiptrail
