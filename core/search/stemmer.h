// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace chiptrail::search {

enum class StemLanguage { German, English };

// The Snowball stem of one lower-case word ("kaufen" → "kauf", "buying" → "buy"). Snowball's
// stemmers are not reentrant, so each thread has its own (created on first use).
QString stem(StemLanguage language, const QString &lowerWord);

} // namespace chiptrail::search
