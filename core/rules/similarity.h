// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace chiptrail {

// Jaro-Winkler similarity in [0, 1]; names differ most often at the end ("Huawai"), which this
// measure forgives more than an edit distance does.
double jaroWinkler(QStringView a, QStringView b);

// How alike two folded name tokens are: 1 when equal, 0.85 when one abbreviates the other
// ("tech", "technology"), the Jaro-Winkler value when it reaches 0.88, else 0.
double tokenSimilarity(QStringView a, QStringView b);

} // namespace chiptrail
