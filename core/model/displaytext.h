// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QCoreApplication>
#include <QString>

namespace chiptrail {

// Words the user reads for the machine words of the model, in the UI language.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    static QString role(PartyRole role);
    static QString rolePlural(PartyRole role);
    static QString linkKind(LinkKind kind);
    static QString confidence(Confidence confidence);
    static QString productKind(ProductKind kind);
    static QString country(const QString &isoCode); // "Indonesia (ID)"
    static QString date(const PartialDate &date);
    static QString shortDate(const QDate &date); // "7 Oct 2022", "7. Okt. 2022": chart labels
    static QString longDate(const QDate &date);  // "30 September 2026", "30. September 2026"
    static QString monthAxisFormat();            // "MMM yyyy": date axes of charts
    static QString dateRange(const PartialDate &from, const PartialDate &to);
    static QString language(const QString &code);
    // A claim attribute ("quantity", "date" …) in the UI language; unknown words as they are.
    static QString attribute(const QString &word);
    static QString number(double value);
};

} // namespace chiptrail
