// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace chiptrail {

// A readable, unique record key from a name: "Indosat Ooredoo Hutchison" -> "indosat-ooredoo-hutchison".
// Names without Latin letters ("复旦大学") fall back to a numbered key.
QString makeKey(const QString &name, const QSet<QString> &taken, const QString &fallback = QStringLiteral("item"));

} // namespace chiptrail
