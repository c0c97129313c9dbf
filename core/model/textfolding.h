// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace chiptrail {

// German spelling without umlauts and ß, the way people type on keyboards that lack them:
// ä→ae, ö→oe, ü→ue, ß→ss (upper case likewise). Everything else is kept as it is. The search
// index holds this form next to the text, so "Mueller" finds "Müller" and "Strasse" "Straße".
QString foldGerman(const QString &text);

// The words of a search query (letters and digits; everything else separates them).
QStringList searchTerms(const QString &query);

} // namespace chiptrail
