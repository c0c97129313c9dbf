// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "picture/chainpicture.h"
#include "store/casestore.h"

#include <QDate>

namespace chiptrail::picture {

// The texts around a drawn chain: title (given, or the case's), the case's description as subtitle,
// the as-of date, a legend of what the chain actually shows (verdicts, line kinds, confidence,
// badges), the numbered sources the drawn links and cards rest on, the credit and the disclaimer.
// Made after the chain is built, so the legend and the sources follow what is drawn.
PictureFrame makeFrame(const CaseData &data, const ChainPicture &chain, const QDate &asOf, const QString &title,
                       const QString &credit);

} // namespace chiptrail::picture
