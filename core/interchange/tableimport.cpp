// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableimport.h"

#include "error.h"
#include "model/limits.h"
#include "rules/namenormaliser.h"
#include "rules/screener.h"
#include "store/casestore.h"
#include "tablevalues.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace chiptrail {
namespace {

struct TableImportText
{
    Q_DECLARE_TR_FUNCTIONS(TableImport)
};

// Near matches at or above this score are proposed as the same party; below it, names are kept apart.
constexpr double kProposeScore = 0.88;
// Comparing every name of a table with every other is quadratic; past this many distinct names
// only matches against the case's parties are proposed.
constexpr qsizetype kMaxNamesCompared = 50'000;
constexpr qsizetype kMaxCached = 10'000;

ListEntry entryFor(const QString &id, const QString &name, const QStringList &aliases)
{
    ListEntry entry;
    entry.id = id;
    entry.name = name;
    entry.aliases = aliases;
    return entry;
}

QString foldedName(const QString &name) { return name.simplified().toCaseFolded(); }

// Names that fold alike ("NVIDIA Corp." and "Nvidia Corporation") are one party: the screening's
// folding without legal forms, or the plain folded text when nothing else is left.
QString nameKey(const NormalisedName &norm)
{
    if (!norm.native.isEmpty())
        return QStringLiteral("native:") + norm.native;
    if (!norm.joined.isEmpty())
        return norm.joined;
    return QStringLiteral("text:") + foldedName(norm.original);
}

} // namespace

TableRowMapper::TableRowMapper(const TableReader &reader, const TableMapping &mapping, const QStringList &header)
    : m_reader(reader), m_mapping(mapping), m_header(header)
{
    for (const ColumnMapping &c : mapping.columns) {
        if (c.field == TableField::Ignore)
            continue;
        int column = -1;
        if (!c.header.isEmpty()) {
            column = int(header.indexOf(c.header));
            if (column < 0)
                for (int i = 0; i < header.size() && column < 0; ++i)
                    if (foldedName(header.at(i)) == foldedName(c.header))
                        column = i;
            if (column < 0)
                throw CaseError(TableImportText::tr("%1: the mapping reads %2 from the column \"%3\", which the table does not have (its columns: %4)")
                                    .arg(reader.place(0), fieldLabel(c.field), messageExcerpt(c.header),
                                         messageExcerpt(header.join(QStringLiteral(", ")), 200)));
        } else {
            column = c.index;
            if (column < 0 || column >= header.size())
                throw CaseError(TableImportText::tr("%1: the mapping reads %2 from column %3, but the table has only %n column(s)", nullptr, int(header.size()))
                                    .arg(reader.place(0), fieldLabel(c.field), TableReader::columnLetter(c.index)));
        }
        if (m_columns.contains(int(c.field)))
            throw CaseError(TableImportText::tr("%1: the mapping reads %2 from two columns").arg(reader.place(0), fieldLabel(c.field)));
        m_columns.insert(int(c.field), column);
    }
    for (const TableField needed : {TableField::Seller, TableField::Buyer})
        if (!m_columns.contains(int(needed)))
            throw CaseError(TableImportText::tr("%1: the mapping names no column for the %2; every row needs a seller and a buyer")
                                .arg(reader.place(0), fieldLabel(needed).toLower()));
}

QString TableRowMapper::cell(const TableRow &row, TableField field) const
{
    const int column = m_columns.value(int(field), -1);
    return column >= 0 ? row.cells.value(column).trimmed() : QString();
}

QString TableRowMapper::place(qint64 row, TableField field) const
{
    const int column = m_columns.value(int(field), -1);
    return m_reader.place(row, column, m_header.value(column));
}

TableRowValues TableRowMapper::map(const TableRow &row, QStringList &problems) const
{
    TableRowValues v;
    v.row = row.number;
    auto problem = [&](TableField field, const QString &why) {
        problems.append(TableImportText::tr("%1: %2").arg(place(row.number, field), why));
    };
    auto name = [&](TableField field, bool required) {
        const QString text = cell(row, field).simplified();
        if (text.isEmpty() && required)
            problem(field, TableImportText::tr("the cell is empty; every row needs a seller and a buyer"));
        if (text.size() > limits::shortText)
            problem(field, TableImportText::tr("the name is %1 characters long; ChipTrail takes at most %2").arg(text.size()).arg(limits::shortText));
        return text;
    };
    v.seller = name(TableField::Seller, true);
    v.buyer = name(TableField::Buyer, true);
    v.product = name(TableField::Product, false);
    v.site = name(TableField::Site, false);
    v.source = cell(row, TableField::Source);
    v.note = cell(row, TableField::Note);
    if (const QString text = cell(row, TableField::Quantity); !text.isEmpty()) {
        v.quantity = parseTableQuantity(text, m_mapping.numbers);
        if (!v.quantity || *v.quantity < 0)
            problem(TableField::Quantity, TableImportText::tr("\"%1\" is not a whole number of units").arg(messageExcerpt(text)));
    }
    if (const QString text = cell(row, TableField::Value); !text.isEmpty()) {
        v.value = parseTableNumber(text, m_mapping.numbers);
        if (!v.value)
            problem(TableField::Value, TableImportText::tr("\"%1\" is not a number").arg(messageExcerpt(text)));
    }
    if (const QString text = cell(row, TableField::Date); !text.isEmpty()) {
        auto cached = m_dates.constFind(text);
        const auto date = cached != m_dates.cend() ? *cached : parseTableDate(text, m_mapping.dates);
        if (cached == m_dates.cend() && m_dates.size() < kMaxCached)
            m_dates.insert(text, date);
        if (date)
            v.date = *date;
        else
            problem(TableField::Date, TableImportText::tr("\"%1\" is not a date ChipTrail reads (for example 31.12.2025, 2025-12-31, 12/31/2025, Dec 2025, 2025)").arg(messageExcerpt(text)));
    }
    for (const auto field : {TableField::ShipFrom, TableField::ShipTo}) {
        const QString text = cell(row, field);
        if (text.isEmpty())
            continue;
        auto cached = m_countries.constFind(text);
        const auto country = cached != m_countries.cend() ? *cached : parseCountry(text);
        if (cached == m_countries.cend() && m_countries.size() < kMaxCached)
            m_countries.insert(text, country);
        if (!country)
            problem(field, TableImportText::tr("\"%1\" is not a country (an ISO code, or its English or German name)").arg(messageExcerpt(text)));
        else
            (field == TableField::ShipFrom ? v.shipFrom : v.shipTo) = *country;
    }
    v.currency = m_mapping.currency;
    if (const QString text = cell(row, TableField::Currency); !text.isEmpty()) {
        const auto currency = parseCurrency(text);
        if (!currency)
            problem(TableField::Currency, TableImportText::tr("\"%1\" is not a currency code such as EUR or USD").arg(messageExcerpt(text)));
        else
            v.currency = *currency;
    }
    return v;
}

void TableImportPlan::accept(AcceptMatches which)
{
    useExact = which != AcceptMatches::None;
    for (MatchProposal &p : proposals)
        p.accepted = which == AcceptMatches::All;
}

QStringList tableHeader(TableReader &reader, const TableMapping &mapping)
{
    if (!mapping.sheet.isEmpty())
        reader.selectSheet(mapping.sheet);
    if (mapping.header)
        reader.setHasHeader(*mapping.header);
    QStringList first;
    reader.readRows([&](const TableRow &row) {
        first = row.cells;
        return false;
    });
    if (reader.hasHeader())
        return first;
    QStringList letters;
    for (int i = 0; i < first.size(); ++i)
        letters.append(TableReader::columnLetter(i));
    return letters;
}

// Reads the data rows (after the header, when there is one) of the selected sheet.
static void eachDataRow(TableReader &reader, const std::function<bool(const TableRow &)> &each)
{
    bool first = true;
    const bool header = reader.hasHeader();
    reader.readRows([&](const TableRow &row) {
        if (std::exchange(first, false) && header)
            return true;
        return each(row);
    });
}

QList<TablePreviewRow> previewTable(TableReader &reader, const TableMapping &mapping, int limit)
{
    const QStringList header = tableHeader(reader, mapping);
    const TableRowMapper mapper(reader, mapping, header);
    QList<TablePreviewRow> preview;
    eachDataRow(reader, [&](const TableRow &row) {
        TablePreviewRow p;
        p.cells = row.cells;
        p.values = mapper.map(row, p.problems);
        preview.append(p);
        return preview.size() < limit;
    });
    return preview;
}

TableImportPlan planTableImport(TableReader &reader, const TableMapping &mapping, const CaseData &existing,
                                const NameFoldingData &folding, const TableProgress &progress)
{
    const QStringList header = tableHeader(reader, mapping);
    const TableRowMapper mapper(reader, mapping, header);
    NameNormaliser normaliser(folding);
    TableImportPlan plan;
    QHash<QString, int> byKey; // normalised key -> first name with it
    QList<NormalisedName> norms;
    QList<int> leaders;

    QHash<QString, ProductId> productsOfCase;
    for (const Product &p : existing.products)
        productsOfCase.insert(foldedName(p.name), p.id);
    QHash<QString, SiteId> sitesOfCase;
    for (const Site &s : existing.sites)
        sitesOfCase.insert(foldedName(s.name), s.id);

    auto addName = [&](const QString &name) {
        if (plan.nameIndex.contains(name))
            return;
        const int index = int(plan.names.size());
        plan.names.append(name);
        plan.nameIndex.insert(name, index);
        NormalisedName norm = normaliser.normalise(name);
        const QString key = nameKey(norm);
        norms.append(norm);
        leaders.append(byKey.value(key, index));
        byKey.insert(key, leaders.last());
    };

    eachDataRow(reader, [&](const TableRow &row) {
        QStringList problems;
        const TableRowValues v = mapper.map(row, problems);
        if (!problems.isEmpty())
            throw CaseError(problems.size() == 1 ? problems.first()
                                                 : TableImportText::tr("%1 (and %n more problem(s) in the row)", nullptr, int(problems.size() - 1)).arg(problems.first()));
        if (QString::compare(v.seller, v.buyer, Qt::CaseInsensitive) == 0)
            throw CaseError(TableImportText::tr("%1: the buyer is the seller (%2); a link joins two parties")
                                .arg(reader.place(row.number, mapper.columnOf(TableField::Buyer), mapper.headerOf(mapper.columnOf(TableField::Buyer))), messageExcerpt(v.buyer)));
        addName(v.seller);
        addName(v.buyer);
        if (!v.product.isEmpty() && !plan.productIndex.contains(v.product)) {
            const QString folded = foldedName(v.product);
            if (plan.productIndex.contains(folded)) {
                plan.productIndex.insert(v.product, plan.productIndex.value(folded)); // as written, for pass 2
            } else {
                plan.productIndex.insert(folded, int(plan.products.size()));
                plan.productIndex.insert(v.product, int(plan.products.size()));
                plan.products.append(v.product);
                plan.existingProducts.append(productsOfCase.contains(folded) ? std::optional(productsOfCase.value(folded)) : std::nullopt);
            }
        }
        if (!v.site.isEmpty()) {
            const QString folded = foldedName(v.site);
            if (!plan.siteIndex.contains(folded)) {
                plan.siteIndex.insert(folded, int(plan.sites.size()));
                plan.sites.append(v.site);
                plan.siteCountries.append(v.shipTo);
                plan.existingSites.append(sitesOfCase.contains(folded) ? std::optional(sitesOfCase.value(folded)) : std::nullopt);
            }
        }
        ++plan.rows;
        if (progress && plan.rows % 4096 == 1 && !progress(plan.rows))
            throw TableImportCancelled{};
        return true;
    });

    // The case's parties by normalised name and alias: an exact match reuses the party.
    QHash<QString, PartyId> partiesByKey;
    ScreeningList caseParties;
    for (const Party &p : existing.parties) {
        for (const QString &name : QStringList{p.name} + p.aliases)
            partiesByKey.insert(nameKey(normaliser.normalise(name)), p.id);
        caseParties.entries.append(entryFor(QString::number(p.id.value), p.name, p.aliases));
    }
    for (int i = 0; i < plan.names.size(); ++i) {
        const auto found = partiesByKey.constFind(nameKey(norms.at(i)));
        plan.exactParties.append(found != partiesByKey.cend() ? std::optional(*found) : std::nullopt);
    }

    // Near matches, proposed for the user to confirm: against the case, then among the table's
    // own names (each name with an earlier one, so accepting never makes a cycle).
    QList<int> open; // leaders without an exact match in the case
    for (int i = 0; i < plan.names.size(); ++i)
        if (leaders.at(i) == i && !plan.exactParties.at(i))
            open.append(i);
    if (!caseParties.entries.isEmpty() && !open.isEmpty()) {
        const Screener screener(caseParties, folding, 1);
        for (const int i : std::as_const(open)) {
            const auto hits = screener.screen(norms.at(i), kProposeScore);
            if (hits.isEmpty())
                continue;
            const ListEntry &entry = caseParties.entries.at(hits.first().entry);
            plan.proposals.append({i, entry.name, PartyId(entry.id.toLongLong()), -1, hits.first().score, hits.first().reasons, false});
        }
    }
    if (open.size() > 1 && open.size() <= kMaxNamesCompared) {
        QSet<int> proposed;
        for (const MatchProposal &p : std::as_const(plan.proposals))
            proposed.insert(p.name);
        ScreeningList tableNames;
        for (const int i : std::as_const(open))
            tableNames.entries.append(entryFor(QString::number(i), plan.names.at(i), {}));
        const Screener screener(tableNames, folding, 1);
        for (const int i : std::as_const(open)) {
            if (proposed.contains(i))
                continue;
            for (const ScreeningHit &hit : screener.screen(norms.at(i), kProposeScore)) {
                const int other = tableNames.entries.at(hit.entry).id.toInt();
                if (other >= i)
                    continue;
                plan.proposals.append({i, plan.names.at(other), {}, other, hit.score, hit.reasons, false});
                break;
            }
        }
    }
    plan.sameAs = leaders;
    return plan;
}

namespace {

struct PlanParties
{
    QList<PartyId> existing; // per name: the party of the case it becomes, if any
    QList<int> newIndex;     // per name: the new party it becomes (index into newNames), else -1
    QList<int> newNames;     // per new party: the name that makes it
    int newParties = 0;
    int reused = 0;          // distinct parties of the case that names become
};

// Which party each name of the plan becomes: the case's (exact match, accepted proposal, or a
// name folding alike before it) or a new one.
PlanParties resolveParties(const TableImportPlan &plan)
{
    QHash<int, const MatchProposal *> acceptedFor;
    for (const MatchProposal &p : plan.proposals)
        if (p.accepted)
            acceptedFor.insert(p.name, &p);
    PlanParties r;
    r.existing = QList<PartyId>(plan.names.size());
    r.newIndex = QList<int>(plan.names.size(), -1);
    QSet<qint64> reused;
    for (int i = 0; i < plan.names.size(); ++i) {
        const MatchProposal *p = acceptedFor.value(i);
        const int leader = plan.sameAs.value(i, i);
        if (plan.useExact && plan.exactParties.at(i))
            r.existing[i] = *plan.exactParties.at(i);
        else if (plan.useExact && leader < i) {
            r.existing[i] = r.existing.at(leader);
            r.newIndex[i] = r.newIndex.at(leader);
        } else if (p && p->existing.isValid())
            r.existing[i] = p->existing;
        else if (p && p->otherName >= 0 && p->otherName < i) {
            r.existing[i] = r.existing.at(p->otherName);
            r.newIndex[i] = r.newIndex.at(p->otherName);
        } else {
            r.newIndex[i] = r.newParties++;
            r.newNames.append(i);
        }
        if (r.existing.at(i).isValid())
            reused.insert(r.existing.at(i).value);
    }
    r.reused = int(reused.size());
    return r;
}

} // namespace

TablePlanCounts countTableImport(const TableImportPlan &plan)
{
    const PlanParties parties = resolveParties(plan);
    TablePlanCounts c;
    c.rows = plan.rows;
    c.partiesCreated = parties.newParties;
    c.partiesReused = parties.reused;
    for (const auto &p : plan.existingProducts)
        ++(p ? c.productsReused : c.productsCreated);
    for (const auto &s : plan.existingSites)
        ++(s ? c.sitesReused : c.sitesCreated);
    return c;
}

TableImportSummary runTableImport(CaseStore &store, TableReader &reader, const TableMapping &mapping,
                                  const TableImportPlan &plan, const TableProgress &progress, bool rebuildIndexes)
{
    const QStringList header = tableHeader(reader, mapping);
    const TableRowMapper mapper(reader, mapping, header);
    TableImportSummary summary;

    // Which party each name becomes: one of the case or a new one.
    const PlanParties parties = resolveParties(plan);
    const QList<PartyId> &existing = parties.existing;
    const QList<int> &newIndex = parties.newIndex;
    BulkImport import;
    for (int i = 0; i < parties.newParties; ++i) {
        Party party;
        party.name = plan.names.at(parties.newNames.at(i));
        party.role = PartyRole::Other;
        import.parties.append(party);
    }
    QList<int> newProduct(plan.products.size(), -1);
    for (int i = 0; i < plan.products.size(); ++i) {
        if (plan.existingProducts.at(i))
            continue;
        newProduct[i] = int(import.products.size());
        Product product;
        product.name = plan.products.at(i);
        product.kind = ProductKind::Chip;
        import.products.append(product);
    }
    QList<int> newSite(plan.sites.size(), -1);
    for (int i = 0; i < plan.sites.size(); ++i) {
        if (plan.existingSites.at(i))
            continue;
        newSite[i] = int(import.sites.size());
        Site site;
        site.name = plan.sites.at(i);
        site.country = plan.siteCountries.at(i);
        import.sites.append(site);
    }
    import.linkKeyPrefix = QFileInfo(reader.fileName()).completeBaseName();
    import.rebuildIndexes = rebuildIndexes;

    summary.ids = store.importBulk(import, [&](BulkLinkWriter &writer) {
        const BulkImportIds &ids = writer.ids();
        auto partyOf = [&](const QString &name, TableField field, qint64 row) {
            const int i = plan.nameIndex.value(name, -1);
            if (i < 0) // the file changed between reading and writing
                throw CaseError(TableImportText::tr("%1: \"%2\" was not in the table when it was read first; the file changed, nothing was imported")
                                    .arg(reader.place(row, mapper.columnOf(field)), messageExcerpt(name)));
            return newIndex.at(i) >= 0 ? ids.parties.at(newIndex.at(i)) : existing.at(i);
        };
        qint64 rows = 0;
        eachDataRow(reader, [&](const TableRow &row) {
            QStringList problems;
            const TableRowValues v = mapper.map(row, problems);
            if (!problems.isEmpty())
                throw CaseError(problems.first());
            Link link;
            link.kind = mapping.linkKind;
            link.from = partyOf(v.seller, TableField::Seller, row.number);
            link.to = partyOf(v.buyer, TableField::Buyer, row.number);
            if (link.from == link.to)
                throw CaseError(TableImportText::tr("%1: seller and buyer are the same party (%2)")
                                    .arg(reader.place(row.number, mapper.columnOf(TableField::Buyer)), messageExcerpt(v.buyer)));
            if (!v.product.isEmpty()) {
                const int p = plan.productIndex.value(v.product, -1);
                if (p >= 0)
                    link.product = newProduct.at(p) >= 0 ? ids.products.at(newProduct.at(p)) : *plan.existingProducts.at(p);
            }
            if (!v.site.isEmpty()) {
                const int s = plan.siteIndex.value(foldedName(v.site), -1);
                if (s >= 0)
                    link.site = newSite.at(s) >= 0 ? ids.sites.at(newSite.at(s)) : *plan.existingSites.at(s);
            }
            link.quantity = v.quantity;
            link.value = v.value;
            link.currency = v.currency;
            link.dateFrom = v.date;
            link.shipFromCountry = v.shipFrom;
            link.shipToCountry = v.shipTo;
            QStringList description;
            if (!v.note.isEmpty())
                description.append(v.note);
            if (!v.source.isEmpty())
                description.append(TableImportText::tr("Source: %1").arg(v.source));
            link.description = description.join(QLatin1Char('\n'));
            writer.add(link, row.number);
            ++rows;
            if (progress && rows % 4096 == 1 && !progress(plan.rows + rows))
                throw TableImportCancelled{};
            return true;
        });
        summary.rows = rows;
    });
    summary.links = summary.ids.linkCount();
    summary.partiesCreated = int(summary.ids.parties.size());
    summary.partiesReused = parties.reused;
    summary.productsCreated = int(summary.ids.products.size());
    summary.productsReused = int(plan.products.size()) - summary.productsCreated;
    summary.sitesCreated = int(summary.ids.sites.size());
    return summary;
}

} // namespace chiptrail
