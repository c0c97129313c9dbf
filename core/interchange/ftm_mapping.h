// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the FtM writer and reader agree on: identifier schemes and their FtM properties,
// languages, and how long a value of each FtM type may be.

#include <QString>
#include <QStringList>
#include <utility>

namespace chiptrail::ftm {

// ChipTrail identifier scheme <-> LegalEntity property ("lei" <-> "leiCode"). Schemes
// "registry:<name>" go to registrationNumber; the exact scheme travels in the extras.
const QList<std::pair<QString, QString>> &identifierProperties();
QString propertyForScheme(const QString &scheme);

// "de" <-> "deu" (FtM languages are ISO 639-3); empty when FtM has no such language.
QString ftmLanguage(const QString &bcp47);
QString caseLanguage(const QString &ftm);

// FtM `text` values hold at most 65,000 characters: a longer text goes as several values, cut
// between code points, and is joined again on import.
inline constexpr qsizetype maxTextValue = 65'000;
QStringList textChunks(const QString &text);

// "ct-party-nvidia": the key when it is a plain word, else its SHA-1, so ids are stable and short.
QString entityId(const char *kind, const QString &key);

// Numbers as FtM writes them: the shortest text that reads back as the same double.
QString numberText(double value);

} // namespace chiptrail::ftm
