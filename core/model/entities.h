// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "ids.h"
#include "partialdate.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace chiptrail {

// Every entity carries a `key`: a short stable text id ("indosat") used by the case JSON to
// refer between records, so files stay readable and diffs stay small. Row ids never leave a file.

struct Identifier
{
    QString scheme; // e.g. "lei", "website", "registry:ID-AHU", "wikidata"
    QString value;
    bool operator==(const Identifier &) const = default;
};

// Confidence of one attribute when it differs from the claim's own ("the value is only reported").
using AttributeConfidence = QMap<QString, Confidence>;

struct Party
{
    PartyId id;
    QString key;
    QString name;
    QStringList aliases;
    PartyRole role = PartyRole::Other;
    QString incorporationCountry; // ISO 3166-1 alpha-2, empty when unknown
    QString headquartersCountry;
    QList<Identifier> identifiers;
    QString description;
    Confidence confidence = Confidence::Reported;
    AttributeConfidence attributeConfidence;
    bool operator==(const Party &) const = default;
};

struct Site
{
    SiteId id;
    QString key;
    QString name;
    QString country;
    QString city;
    std::optional<PartyId> operatorParty;
    QString description;
    Confidence confidence = Confidence::Reported;
    AttributeConfidence attributeConfidence;
    bool operator==(const Site &) const = default;
};

// The figures the export rules need. Absent figures stay absent: a rule that needs one says so.
struct ChipSpec
{
    std::optional<double> tpp;                  // total processing performance
    std::optional<double> dieAreaMm2;           // applicable die area
    std::optional<double> performanceDensity;   // TPP / die area
    std::optional<double> memoryBandwidthGBps;
    std::optional<double> interconnectGBps;     // aggregate bidirectional
    bool datacenter = true;                     // designed or marketed for data centres
    bool operator==(const ChipSpec &) const = default;
};

struct Product
{
    ProductId id;
    QString key;
    QString name;
    QString vendor;
    ProductKind kind = ProductKind::Chip;
    ChipSpec chip;                     // for chips
    std::optional<ProductId> contains; // for systems: the chip inside
    int chipsPerUnit = 0;              // for systems: e.g. 72 in a GB200 NVL72 rack
    QString description;
    Confidence confidence = Confidence::Reported;
    AttributeConfidence attributeConfidence;
    bool operator==(const Product &) const = default;
};

struct Link
{
    LinkId id;
    QString key;
    LinkKind kind = LinkKind::Sale;
    PartyId from;
    PartyId to;
    std::optional<ProductId> product;
    std::optional<qint64> quantity; // units of the product (racks for a rack, chips for a chip)
    std::optional<double> value;
    QString currency; // ISO 4217
    // Percent of the owned party held by the owner (0-100), ownership links only. Unknown stays
    // unknown: the rules that turn on control say so rather than guess.
    std::optional<double> ownershipShare;
    PartialDate dateFrom;
    PartialDate dateTo; // null for a single date
    std::optional<SiteId> site;
    QString shipFromCountry;
    QString shipToCountry;
    QString description;
    Confidence confidence = Confidence::Reported;
    AttributeConfidence attributeConfidence;
    bool operator==(const Link &) const = default;
};

// The document a source was read from (a PDF), kept in the case byte for byte: the case file is
// the only state, and a court filing must still be there when the story is checked.
struct SourceFile
{
    QString name;      // the file name it was added from, without folders
    QString mediaType; // "application/pdf"
    QString sha256;    // hex, of `bytes`
    QByteArray bytes;
    bool operator==(const SourceFile &) const = default;
};

struct Source
{
    SourceId id;
    QString key;
    QString title;
    QString publisher;
    PartialDate date;
    QString language; // BCP 47 primary tag: "de", "en", or "und" (another language)
    QString url;
    QString text;
    PartialDate retrieved; // when the reporter read it at `url`
    QString archiveUrl;    // a copy in a web archive
    // Where each page of a paged document (PDF) begins in `text`, in code points; page N is
    // pageStarts[N-1]. Empty for a text that has no pages.
    QList<int> pageStarts;
    std::optional<SourceFile> file;
    bool operator==(const Source &) const = default;
};

// The 1-based page of `source` that holds code point `offset`, or 0 when it has no pages.
int pageAt(const Source &source, int offset);

// What a note supports: a whole party/site/product/link, or one attribute of it.
struct ClaimRef
{
    SubjectKind subject = SubjectKind::Party;
    qint64 subjectId = 0;
    QString attribute; // empty for the whole claim; otherwise e.g. "quantity", "date", "value"
    bool operator==(const ClaimRef &) const = default;
};

struct Note
{
    NoteId id;
    QString key;
    SourceId source;
    int start = 0;  // offset into the source text, in Unicode code points
    int length = 0; // in Unicode code points
    QString excerpt; // the words of the source at [start, start + length)
    std::optional<NoteId> translationOf; // the note this one translates
    QList<ClaimRef> claims;
    bool operator==(const Note &) const = default;
};

// The user's word on a screening hit: "this party is (not) the listed entity", with a reason.
struct ScreeningDecision
{
    PartyId party;
    QString entryId;  // id of the list entry (e.g. "el-inspur-group" or a CSL _id)
    QString listName; // e.g. "Entity List"
    bool isMatch = false;
    QString reason;
    QString decidedAt; // ISO 8601 date-time, as the user's clock said
    bool operator==(const ScreeningDecision &) const = default;
};

struct CaseInfo
{
    QString title;
    QString subtitle;    // the line under the title of an image; empty: the description's first sentence
    QString description;
    QString author;      // the newsroom or author the case belongs to
    QString credit;      // credit line of images ("Graphic: …"); a credit given for one export wins
    QString language;    // language the case is written in, "en" or "de"
    bool operator==(const CaseInfo &) const = default;
};

// A whole case in memory: what JSON import builds and export writes.
struct CaseData
{
    CaseInfo info;
    QList<Party> parties;
    QList<Site> sites;
    QList<Product> products;
    QList<Link> links;
    QList<Source> sources;
    QList<Note> notes;
    QList<ScreeningDecision> screeningDecisions;
    bool operator==(const CaseData &) const = default;
};

// Code-point offsets <-> QString (UTF-16) positions. Sources hold text outside the BMP (emoji).
int codePointToUtf16Index(const QString &text, int codePoint);
int utf16IndexToCodePoint(const QString &text, int index);
// The excerpt [start, start+length) in code points, or a null string when out of range.
QString codePointSlice(const QString &text, int start, int length);
int codePointLength(const QString &text);

} // namespace chiptrail
