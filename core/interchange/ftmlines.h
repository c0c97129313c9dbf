// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace chiptrail {

// One FollowTheMoney entity as a JSON line holds it ("plain" form, as `ftm export`, Aleph and
// OpenSanctions write it): every property is a list of strings. A nested entity in a property
// (the "full" form) is read as its id, so references look the same in both forms.
struct FtmEntity
{
    QString id;
    QString schema;
    QHash<QString, QStringList> properties;
    qint64 line = 0; // 1-based line in the file, for messages
    // What OpenSanctions adds beside the entity (absent in Aleph's and `ftm`'s files): whether it
    // is a target (a listed party, not an address or a sanction record), its datasets and the
    // dates its crawler first and last saw it ("2023-10-20T00:00:00").
    std::optional<bool> target;
    QStringList datasets;
    QString firstSeen, lastSeen;
};

// Bounds on what one line may hold; a file from a stranger must not exhaust memory.
namespace ftmlimits {
// A source's body text may be 10 million characters (model/limits.h), up to 30 MB of UTF-8, and
// JSON escapes can double that.
inline constexpr qint64 maxLineBytes = 64 * 1024 * 1024;
inline constexpr int maxProperties = 500;          // property names per entity
inline constexpr int maxValues = 20'000;            // values over all properties of one entity
inline constexpr qsizetype maxIdLength = 1'000;     // entity ids and schema names
} // namespace ftmlimits

// Reads FtM entity JSON lines from `in`: one entity object per line, blank lines skipped, a
// byte-order mark at the start allowed. Calls `each` per entity in file order; `each` returns
// false to stop (a cancel), which ends the reading without an error.
// Throws CaseError "<fileName>: line N: <reason>" for the first bad line (not JSON, not an
// object, no id or schema, a value that is neither a string nor an entity, text that is not
// UTF-8, a line or entity over the bounds above).
void readFtmLines(QIODevice &in, const QString &fileName, const std::function<bool(const FtmEntity &)> &each);

} // namespace chiptrail
