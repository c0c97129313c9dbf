// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <functional>

class QIODevice;

namespace chiptrail {

// FollowTheMoney (FtM), the entity model of OCCRP Aleph and OpenSanctions: a case as entity JSON
// lines and back (docs/aleph.md has the mapping). Parties become Company, Organization, PublicBody,
// Person or LegalEntity; links Ownership, Employment, Payment or UnknownLink; sources Document;
// notes Documentation; sites Address; products Asset. What FtM has no property for (roles,
// confidence, keys, quantities, note offsets) travels in each entity's `summary` as one value
// "ChipTrail: {JSON}", so a round trip keeps the case. Entity ids are "ct-<kind>-<key>", the same
// at every export of the case.

// Which FtM value prefix marks ChipTrail's own data in `summary`.
inline constexpr char ftmExtrasPrefix[] = "ChipTrail: ";

// Reports how far the work is, from 0 to `total`; returns false to cancel.
using FtmProgress = std::function<bool(qint64 done, qint64 total)>;

// The case as JSON lines, one entity per line, in a stable order. Source files (PDF bytes) are
// not carried: FtM holds documents' text, and Aleph takes files through `alephclient crawldir`.
// Returns an empty array when `progress` cancelled.
QByteArray writeFtm(const CaseData &data, const FtmProgress &progress = {});
// Writes atomically (the file is whole or untouched). Returns false when cancelled; throws CaseError.
bool writeFtmFile(const CaseData &data, const QString &path, const FtmProgress &progress = {});

struct FtmImport
{
    CaseData data;                   // ids numbered from 1, references resolved, like readCaseJson
    qint64 entities = 0;             // lines read
    QMap<QString, int> skipped;      // schema (or "schema: reason") -> how many were not taken
    bool cancelled = false;
};

// Reads FtM entity JSON lines (Aleph's or OpenSanctions' plain entity form, or ChipTrail's own
// export) into case data. Entities of schemas ChipTrail has no place for are counted in
// `skipped`, never dropped silently. Throws CaseError naming file, line and property for a bad
// value or a reference to an entity not in the file.
FtmImport readFtm(QIODevice &in, const QString &fileName, const FtmProgress &progress = {});
FtmImport readFtmFile(const QString &path, const FtmProgress &progress = {});

// What an import says to the user: "N parties, N links, … ; not taken: 3 Sanction, 1 Vessel".
QString describeFtmImport(const FtmImport &result);

} // namespace chiptrail
