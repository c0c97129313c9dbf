// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "rulebook.h"

#include <functional>

class QIODevice;

namespace chiptrail {

// Bounds on a list from a stranger. The real lists are far inside them: the CSL holds about
// 13,000 entries, OpenSanctions' default collection well under a million targets.
inline constexpr qsizetype kMaxListEntries = 2'000'000;
inline constexpr qsizetype kMaxListCell = 100'000; // one cell: an address block, remarks
inline constexpr qsizetype kMaxListAliases = 1'000;
inline constexpr qint64 kMaxListJsonBytes = 512LL * 1024 * 1024; // a JSON list is read whole

// Thrown when the progress callback asked to stop; nothing of the list is kept.
class ListImportCancelled : public CaseError
{
public:
    using CaseError::CaseError;
};

enum class ListFormat { CslCsv, CslJson, OpenSanctionsCsv, OpenSanctionsFtm, ChipTrailJson };
// "csl-csv", "csl-json", "opensanctions-csv", "opensanctions-ftm", "chiptrail-json"
QString toWord(ListFormat format);

// Told the bytes read so far now and then; returning false cancels the import.
using ListProgress = std::function<bool(qint64 bytesRead)>;
// Takes each entry as it is read, so a list of millions never sits in memory whole.
using ListSink = std::function<void(ListEntry &&entry)>;

// Screening lists from outside: the trade.gov Consolidated Screening List (CSV or JSON
// {"results": [...]}), OpenSanctions targets.simple.csv or FtM entities (never shipped: CC BY-NC), or a list in
// ChipTrail's own format (entity_list.json). Throws CaseError naming the file, line or JSON path
// and column; a list over kMaxListEntries entries is refused, not cut short.
ScreeningList importCslCsv(QIODevice &in, const QString &fileName, const ListProgress &progress = {});
ScreeningList importCslJson(const QByteArray &json, const QString &fileName);
ScreeningList importOpenSanctionsCsv(QIODevice &in, const QString &fileName, const ListProgress &progress = {});
ScreeningList importCslCsv(const QString &text, const QString &fileName);
ScreeningList importOpenSanctionsCsv(const QString &text, const QString &fileName);
// OpenSanctions' (or Aleph's) FollowTheMoney entities, one JSON object per line
// (entities.ftm.json). Parties (Person, Company, Organization, LegalEntity, PublicBody) become
// entries; where the file marks targets, only targets do. Sanction entities give the listing
// date, end date, authority and programme of the party they name; the file is read twice for
// that, so it is never held in memory.
ScreeningList importOpenSanctionsFtm(QIODevice &in, const QString &fileName, const ListProgress &progress = {});
// Picks the format from the content.
ScreeningList importScreeningList(const QString &path, const ListProgress &progress = {}, ListFormat *format = nullptr);
// The same, handing each entry to `sink`; returns the list's name and date without entries.
ScreeningList importScreeningList(const QString &path, const ListSink &sink, const ListProgress &progress,
                                  ListFormat *format);

} // namespace chiptrail
