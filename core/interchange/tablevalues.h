// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/partialdate.h"
#include "tablemapping.h"

#include <optional>

namespace chiptrail {

// Values of spreadsheet cells as German and English newsrooms write them. Each returns nullopt
// for text it cannot read with certainty; it never guesses a different value.

// "1.234,5", "1,234.5", "1234.5", "1 234,5", "€ 1.200", "-3": a number. Auto reads the separator
// that comes last as the decimal one, and a lone separator followed by exactly three digits as
// thousands ("1,234" and "1.234" are both 1234).
std::optional<double> parseTableNumber(const QString &text, NumberStyle style);
// A whole count: as above, refused when it has a fraction.
std::optional<qint64> parseTableQuantity(const QString &text, NumberStyle style);
// "31.12.2025", "2025-12-31", "12/31/2025", "Dec 2025", "Dezember 2025", "12.2025", "2025",
// "2025-12-31T10:00:00" (XLSX): with the precision given.
std::optional<PartialDate> parseTableDate(const QString &text, DateStyle style);
// ISO 3166-1 alpha-2 from "DE", "Germany" or "Deutschland".
std::optional<QString> parseCountry(const QString &text);
// ISO 4217 from "USD", "EUR", "$", "€", "US-Dollar".
std::optional<QString> parseCurrency(const QString &text);

} // namespace chiptrail
