// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the facts the evaluators use: country groups, the chip table, the shipped Entity List
// entries, red-flag indicators and the name-folding tables.
#include "rulebook.h"

#include "jsonfield.h"
#include "rulestr.h"

#include <QJsonArray>
#include <QSet>
#include <QJsonObject>

namespace chiptrail {
namespace {

QString file(const QString &dir, const char *name) { return dir + QLatin1Char('/') + QLatin1String(name); }

void loadCountryGroups(RuleBook &book, const QString &dir)
{
    const JsonField root = JsonField::parseFile(file(dir, "country_groups.json"), QStringLiteral("country_groups.json"));
    CountryGroupTable &t = book.countryGroups;
    t.citation = root[QStringLiteral("citation")].string();
    t.caveat = root[QStringLiteral("caveat")].optString();
    const JsonField groups = root[QStringLiteral("groups")];
    for (const QString &name : groups.keys()) {
        const JsonField g = groups[name];
        t.groups.insert(name, GroupInfo{g[QStringLiteral("members")].strings(), g[QStringLiteral("quality")].string(),
                                        g[QStringLiteral("partial")].boolean(false), g[QStringLiteral("note")].optString()});
    }
    const JsonField verified = root[QStringLiteral("verified")];
    for (const QString &country : verified.keys())
        t.verified.insert(country, Cite{verified[country][QStringLiteral("text")].string(),
                                        verified[country][QStringLiteral("quality")].string()});
    const JsonField changes = root[QStringLiteral("changes")];
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const JsonField c = changes.at(i);
        GroupChange change{c[QStringLiteral("country")].string(), c[QStringLiteral("group")].string(),
                           c[QStringLiteral("added")].optDate(), c[QStringLiteral("removed")].optDate(),
                           {c[QStringLiteral("citation")].string(), c[QStringLiteral("quality")].string()}};
        if (!t.groups.contains(change.group))
            c[QStringLiteral("group")].fail(Rules::tr("unknown country group \"%1\"").arg(change.group));
        if (change.added.isNull() == change.removed.isNull())
            c.fail(Rules::tr("a change needs exactly one of \"added\" and \"removed\""));
        t.changes << change;
    }
}

Figure readFigure(const JsonField &f)
{
    if (!f.present())
        return {};
    if (f.value().isArray()) {
        if (f.size() != 2)
            f.fail(Rules::tr("a range is [low, high]"));
        return {f.at(0).number(), f.at(1).number()};
    }
    const double v = f.number();
    return {v, v};
}

void loadChips(RuleBook &book, const QString &dir)
{
    const JsonField root = JsonField::parseFile(file(dir, "chips.json"), QStringLiteral("chips.json"));
    const JsonField chips = root[QStringLiteral("chips")];
    for (qsizetype i = 0; i < chips.size(); ++i) {
        const JsonField c = chips.at(i);
        ReferenceChip chip;
        chip.key = c[QStringLiteral("key")].string();
        chip.model = c[QStringLiteral("model")].string();
        chip.vendor = c[QStringLiteral("vendor")].string();
        chip.aliases = c[QStringLiteral("aliases")].strings();
        chip.datacenter = c[QStringLiteral("datacenter")].boolean(true);
        chip.tpp = readFigure(c[QStringLiteral("tpp")]);
        chip.dieArea = readFigure(c[QStringLiteral("die_area_mm2")]);
        chip.pd = readFigure(c[QStringLiteral("performance_density")]);
        chip.interconnect = readFigure(c[QStringLiteral("interconnect_gbps")]);
        chip.memoryBw = readFigure(c[QStringLiteral("memory_bw_gbps")]);
        chip.quality = c[QStringLiteral("quality")].string();
        chip.source = c[QStringLiteral("source")].string();
        chip.reference2022 = c[QStringLiteral("reference_2022")].string();
        chip.reference2023 = c[QStringLiteral("reference_2023")].string();
        chip.disagree = c[QStringLiteral("sources_disagree")].optString();
        chip.notes = c[QStringLiteral("notes")].optString();
        const JsonField fq = c[QStringLiteral("figure_quality")];
        for (const QString &k : fq.keys())
            chip.figureQuality.insert(k, fq[k].string());
        book.chips << chip;
    }
}

void loadRedFlags(RuleBook &book, const QString &dir)
{
    const JsonField root = JsonField::parseFile(file(dir, "red_flags.json"), QStringLiteral("red_flags.json"));
    RedFlagData &r = book.redFlags;
    const JsonField ind = root[QStringLiteral("indicators")];
    for (qsizetype i = 0; i < ind.size(); ++i) {
        const JsonField x = ind.at(i);
        r.indicators << RedFlagIndicator{x[QStringLiteral("id")].string(), x[QStringLiteral("flag")].string(),
                                         x[QStringLiteral("text")].string(), x[QStringLiteral("source")].string(),
                                         x[QStringLiteral("quality")].string()};
    }
    const JsonField hubs = root[QStringLiteral("transshipment_hubs")];
    for (qsizetype i = 0; i < hubs.size(); ++i)
        r.hubs.insert(hubs.at(i)[QStringLiteral("country")].string(),
                      Cite{hubs.at(i)[QStringLiteral("source")].string(), hubs.at(i)[QStringLiteral("quality")].string()});
    const JsonField qs = root[QStringLiteral("quantity_scale")];
    r.quantityScale = {qs[QStringLiteral("note")].string(), qs[QStringLiteral("quality")].string()};
    const JsonField roles = qs[QStringLiteral("chips_by_role")];
    for (const QString &role : roles.keys())
        r.chipsByRole.insert(role, roles[role].number());
}

void loadLegalForms(NameFoldingData &n, const QString &dir)
{
    const JsonField root = JsonField::parseFile(file(dir, "legal_forms.json"), QStringLiteral("legal_forms.json"));
    const JsonField forms = root[QStringLiteral("forms")];
    QSet<QString> startForms;
    for (const QString &s : root[QStringLiteral("start_forms")].strings())
        startForms.insert(s);
    const auto words = [](const QString &s) { return s.split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const JsonField f = forms.at(i);
        LegalForm form{f[QStringLiteral("form")].string(), f[QStringLiteral("country")].strings(),
                       f[QStringLiteral("family")].string(), f[QStringLiteral("glued")].boolean(false)};
        const int index = static_cast<int>(n.legalForms.size());
        n.legalForms << form;
        QStringList spellings = f[QStringLiteral("spelled")].strings();
        spellings.prepend(form.form);
        for (const QString &s : std::as_const(spellings)) {
            if (s != s.toLower() || s.contains(QLatin1Char('.')))
                f[QStringLiteral("spelled")].fail(Rules::tr("write legal forms folded: lower case, no dots (\"%1\")").arg(s));
            n.legalFormsEnd.append({words(s), index});
            if (startForms.contains(form.form) || startForms.contains(s))
                n.legalFormsStart.append({words(s), index});
            if (form.glued)
                n.gluedForms.insert(QString(s).remove(QLatin1Char(' ')), index);
        }
        for (const QString &s : f[QStringLiteral("script")].strings())
            n.scriptLegalForms.append({s, index});
    }
    // Longest first, so "co ltd" is removed as one form before "ltd".
    const auto longest = [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); };
    std::stable_sort(n.legalFormsEnd.begin(), n.legalFormsEnd.end(), longest);
    std::stable_sort(n.legalFormsStart.begin(), n.legalFormsStart.end(), longest);
    std::stable_sort(n.scriptLegalForms.begin(), n.scriptLegalForms.end(), longest);
}

QHash<QString, QString> stringMap(const JsonField &f)
{
    QHash<QString, QString> out;
    for (const QString &key : f.keys())
        out.insert(key, f[key].string());
    return out;
}

void loadFolding(RuleBook &book, const QString &dir)
{
    const JsonField root = JsonField::parseFile(file(dir, "name_folding.json"), QStringLiteral("name_folding.json"));
    NameFoldingData &n = book.folding;
    loadLegalForms(n, dir);
    n.orgWords = root[QStringLiteral("org_words")].strings();
    n.genericWords = root[QStringLiteral("generic_words")].strings();
    n.stopWords = root[QStringLiteral("stop_words")].strings();
    n.placeWords = root[QStringLiteral("place_words")].strings();
    const JsonField h = root[QStringLiteral("homoglyphs")];
    for (const QString &from : h.keys()) {
        const QString to = h[from].string();
        if (from.size() != 1 || to.size() != 1)
            h[from].fail(Rules::tr("a homoglyph maps one character to one character"));
        n.homoglyphs.insert(from.at(0), to.at(0));
    }
    n.numbers = stringMap(root[QStringLiteral("numbers")]);
    n.abbreviations = stringMap(root[QStringLiteral("abbreviations")]);
    n.patronymicSuffixes = root[QStringLiteral("patronymic_suffixes")].strings();
    n.nameParticles = root[QStringLiteral("name_particles")].strings();
    const JsonField folds = root[QStringLiteral("romanisation_folds")];
    for (qsizetype i = 0; i < folds.size(); ++i) {
        if (folds.at(i).size() != 2)
            folds.at(i).fail(Rules::tr("a romanisation fold is a pair [from, to]"));
        n.romanisationFolds.append({folds.at(i).at(0).string(), folds.at(i).at(1).optString()});
    }
    n.khmerLatinRules = root[QStringLiteral("khmer_latin_rules")].string();
    n.orgWeight = root[QStringLiteral("org_weight")].number();
    n.genericWeight = root[QStringLiteral("generic_weight")].number();
}

} // namespace

QString ScreeningList::label() const
{
    return downloaded.isValid() ? Rules::tr("%1, downloaded %2").arg(name, downloaded.toString(Qt::ISODate)) : name;
}

ScreeningList readScreeningListJson(const QString &path, const QString &displayName)
{
    const JsonField root = JsonField::parseFile(path, displayName);
    ScreeningList list;
    list.name = root[QStringLiteral("list")].string();
    const JsonField entries = root[QStringLiteral("entries")];
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JsonField e = entries.at(i);
        ListEntry entry;
        entry.id = e[QStringLiteral("id")].string();
        entry.name = e[QStringLiteral("name")].string();
        entry.aliases = e[QStringLiteral("aliases")].strings();
        entry.country = e[QStringLiteral("country")].optString();
        entry.listed = e[QStringLiteral("listed")].date();
        entry.published = e[QStringLiteral("published")].optDate();
        entry.citation = e[QStringLiteral("citation")].string();
        entry.quality = e[QStringLiteral("quality")].string();
        entry.notes = e[QStringLiteral("notes")].optString();
        entry.source = list.name;
        list.entries << entry;
    }
    return list;
}

void loadRuleData(RuleBook &book, const QString &dir)
{
    loadCountryGroups(book, dir);
    loadChips(book, dir);
    loadRedFlags(book, dir);
    loadFolding(book, dir);
    book.entityListEntries = readScreeningListJson(file(dir, "entity_list.json"), QStringLiteral("entity_list.json"));
}

const RedFlagIndicator *RedFlagData::indicatorFor(const QString &flag) const
{
    for (const RedFlagIndicator &i : indicators)
        if (i.flag == flag)
            return &i;
    return nullptr;
}

// Country groups -------------------------------------------------------------------------

bool CountryGroupTable::isIn(const QString &country, const QString &group, QDate date) const
{
    bool member = groups.value(group).members.contains(country);
    // A dated change overrides the static table around its date.
    for (const GroupChange &c : changes) {
        if (c.country != country || c.group != group)
            continue;
        if (c.added.isValid())
            member = date >= c.added;
        else
            member = date < c.removed;
    }
    return member;
}

QStringList CountryGroupTable::groupsOf(const QString &country, QDate date) const
{
    QStringList out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        if (isIn(country, it.key(), date))
            out << it.key();
    out.sort();
    return out;
}

QString CountryGroupTable::firstMatch(const Places &places, const QString &country, QDate date) const
{
    if (country.isEmpty())
        return {};
    for (const QString &c : places.countries)
        if (c == country)
            return c;
    for (const QString &g : places.groups)
        if (isIn(country, g, date))
            return g;
    return {};
}

QString CountryGroupTable::quality(const QString &country, const QStringList &groupNames) const
{
    // A country the reference corroborated carries that source's tag; otherwise the table's.
    if (verified.contains(country))
        return verified.value(country).quality;
    QString worst = QStringLiteral("P");
    for (const QString &g : groupNames)
        if (groups.value(g).quality == QLatin1String("U"))
            worst = QStringLiteral("U");
    return worst;
}

} // namespace chiptrail
