// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace chiptrail {

// Where a fact comes from and how good the source is: "P", "P*", "S", "C" or "U" (unverified).
struct Cite
{
    QString citation;
    QString quality;
};

// What every rule set shares: id, dates, citation, source quality.
struct RuleRef
{
    QString id;
    QString title;
    QString evaluator;
    QDate from; // null: no start date (e.g. a definition)
    QDate to;   // null: still in force
    QString citation;
    QString quality;
    QString status; // counterfactuals: why this is not the law
    bool inForce(QDate date) const
    {
        return (from.isNull() || date >= from) && (to.isNull() || date <= to);
    }
    Cite cite() const { return {citation, quality}; }
};

// Countries and country groups in one list: ["D:5", "MO"].
struct Places
{
    QStringList groups;
    QStringList countries;
    bool isEmpty() const { return groups.isEmpty() && countries.isEmpty(); }
    QString toText() const { return (groups + countries).join(QStringLiteral(", ")); }
};

// One conjunction of the item tests: every bound present must hold.
struct ThresholdTest
{
    std::optional<double> tppGte, tppLt, pdGte, pdLt, interconnectGte;
};

struct ItemRule
{
    RuleRef rule;
    QString eccnA, eccnB, systemA, systemB;
    QDate systemBFrom;
    QString systemBCitation;
    QList<ThresholdTest> aAnyOf, bAnyOf;
    std::optional<double> note2TppLt; // Note 2: non-datacenter parts below this TPP are out
};

struct DatedCountry
{
    QString country;
    QDate from;
    Cite cite;
};

struct DestinationRule
{
    RuleRef rule;
    QList<DatedCountry> countries; // 2022 form: a dated list of countries
    Places places;                 // 2023 form: groups and extra countries
    QStringList excludeGroups;
    Places hqIn;                   // end-user (headquarters) rule; empty when none
    Cite hqBasis;
    // An owner is a parent for the headquarters rule when it holds at least this share (percent);
    // empty: the rule data gives no threshold and every ownership link counts.
    std::optional<double> parentControlPct;
    Cite parentControl;
    QDate hqConfirmedOn;
    Cite hqConfirmation;
    Places denialFor;
    QString denialPolicy, otherwisePolicy;
    Cite review;
    QDate acaFrom;
    Cite exceptions;
};

struct IsInformedRule
{
    RuleRef rule;
    QStringList models;
    double memoryBwGte = 0, interconnectGte = 0;
    Places destinations, hqIn;
    QString laterPolicy;
    QDate laterPolicyFrom;
    Cite laterPolicyCite;
};

struct GuidanceRule
{
    RuleRef rule;
    QStringList prcIcs;
    Places iaasHqIn;
};

struct RemoteAccessRule
{
    RuleRef rule;
    Places tenantHqIn;
};

struct ReviewBandRule
{
    RuleRef rule;
    QStringList destinations;
    double tppLt = 0, dramLt = 0;
    QString policy, conditions;
    Places denialKeptForHq;
};

struct EntityListRule
{
    RuleRef rule;
    QString policy;
    QStringList tieLinkKinds;
    double matchScore = 0.95, possibleScore = 0.85;
};

// Parties owned at least `ownedPctGte` percent, directly or indirectly, individually or in the
// aggregate, by listed parties inherit the listed parties' restrictions.
struct AffiliatesRule
{
    RuleRef rule;
    double ownedPctGte = 50;
};

struct LocalPermitRule
{
    RuleRef rule;
    QString jurisdiction, flag;
};

struct AiDiffusionRule
{
    RuleRef rule;
    QStringList tier1;
    QString tier1Quality;
    Places tier3;
    double h100Tpp = 0, lppH100 = 0, countryCapTpp = 0;
};

struct IaasKycRule
{
    RuleRef rule;
    QStringList providerCountries;
};

struct GroupInfo
{
    QStringList members;
    QString quality;
    bool partial = false;
    QString note;
};

struct GroupChange
{
    QString country, group;
    QDate added, removed;
    Cite cite;
};

class CountryGroupTable
{
public:
    QHash<QString, GroupInfo> groups;
    QList<GroupChange> changes;
    QHash<QString, Cite> verified; // what corroborates a country's membership
    QString citation, caveat;

    bool isIn(const QString &country, const QString &group, QDate date) const;
    QStringList groupsOf(const QString &country, QDate date) const;
    // The first group or country of `places` that `country` belongs to on `date`, or empty.
    QString firstMatch(const Places &places, const QString &country, QDate date) const;
    // The weakest source quality behind the statement "country is (not) in these groups".
    QString quality(const QString &country, const QStringList &groupNames) const;
};

// A figure that may be a [low, high] range when sources disagree.
struct Figure
{
    std::optional<double> low, high;
    bool isRange() const { return low && high && *low != *high; }
};

struct ReferenceChip
{
    QString key, model, vendor;
    QStringList aliases;
    bool datacenter = true;
    Figure tpp, dieArea, pd, interconnect, memoryBw;
    QString quality, source, reference2022, reference2023, disagree, notes;
    QHash<QString, QString> figureQuality;
};

struct ListEntry
{
    QString id, name;
    QStringList aliases;
    QString country;
    QDate listed, published, ended;
    QString citation, quality, notes, source, programs;
    QString type, addresses, remarks; // imported lists: "Entity", "Company"; as the file writes them
};

struct ScreeningList
{
    QString name;
    QList<ListEntry> entries;
    QString url;     // where it was downloaded; imported lists only
    QDate downloaded; // the day the file was exported or downloaded; null for the shipped list
    // How findings name the list: "Consolidated Screening List, downloaded 2026-11-20".
    QString label() const;
};

struct RedFlagIndicator
{
    QString id, flag, text, source, quality;
};

struct RedFlagData
{
    QList<RedFlagIndicator> indicators;
    QHash<QString, Cite> hubs;
    QHash<QString, double> chipsByRole;
    Cite quantityScale;
    const RedFlagIndicator *indicatorFor(const QString &flag) const;
};

// One legal form of legal_forms.json: "GmbH" and the ways it is written.
struct LegalForm
{
    QString form;           // folded short form shown in findings ("gmbh")
    QStringList countries;  // ISO codes of the countries whose law has it
    QString family;         // forms of different families are different companies; "any" says nothing
    bool glued = false;     // also found stuck to the name ("BoschGmbH")
};

// How names are folded for screening; data so a legal form can be added without a rebuild.
struct NameFoldingData
{
    QList<LegalForm> legalForms;
    QList<QPair<QStringList, int>> legalFormsEnd; // token sequences (form or spelled) -> form, longest first
    QList<QPair<QStringList, int>> legalFormsStart;
    QList<QPair<QString, int>> scriptLegalForms;  // removed before transliteration ("有限公司")
    QHash<QString, int> gluedForms;               // joined letters ("gmbh", "coltd") -> form
    QStringList orgWords, genericWords, stopWords;
    QStringList placeWords; // weak words that are places: after a name they mark a branch
    QHash<QChar, QChar> homoglyphs;
    QHash<QString, QString> numbers;        // "third" -> "3"
    QHash<QString, QString> abbreviations;  // "tech" -> "technology"
    QStringList patronymicSuffixes;         // "ovich": a patronymic, not a second given name
    QStringList nameParticles;              // "bin", "van": part of a person's name, not a word of weight
    QList<QPair<QString, QString>> romanisationFolds; // "hs" -> "s": Wade-Giles, pinyin, BGN, Korean variants
    QString khmerLatinRules;                // ICU transliteration rules; ICU has no Khmer-Latin
    double orgWeight = 0.1, genericWeight = 0.3;
};

// Every rule of the engine, read from the rule data (":/rules" by default). Throws CaseError
// naming the file and the field when the data is wrong.
struct RuleBook
{
    QString disclaimer;
    QHash<QString, QString> qualityTags;
    QList<RuleRef> allRules; // in file order, for listing and citations

    QList<ItemRule> itemRules;
    QList<DestinationRule> destinationRules;
    std::optional<IsInformedRule> isInformed;
    std::optional<GuidanceRule> guidance;
    std::optional<RemoteAccessRule> remoteAccess;
    std::optional<ReviewBandRule> reviewBand;
    EntityListRule entityList;
    std::optional<AffiliatesRule> affiliates;
    QList<LocalPermitRule> localPermits;
    std::optional<AiDiffusionRule> aiDiffusion;
    std::optional<IaasKycRule> iaasKyc;

    CountryGroupTable countryGroups;
    QList<ReferenceChip> chips;
    ScreeningList entityListEntries;
    RedFlagData redFlags;
    NameFoldingData folding;

    static RuleBook load(const QString &directory = QStringLiteral(":/rules"));
    const RuleRef *rule(const QString &id) const;
    const ItemRule *itemRuleAt(QDate date) const;
    const DestinationRule *destinationRuleAt(QDate date) const;
    const ReferenceChip *referenceChip(const QString &nameOrKey) const;
    QStringList counterfactualIds() const;
};

// Shared by the loaders of rule data and of screening lists.
ScreeningList readScreeningListJson(const QString &path, const QString &displayName);
Places readPlaces(const class JsonField &field);

} // namespace chiptrail
