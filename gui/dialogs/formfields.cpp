// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include "model/displaytext.h"

#include <QLocale>
#include <algorithm>

namespace chiptrail::gui {

CountryBox::CountryBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(false);
    QList<QPair<QString, QString>> countries;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter())
            countries.append({DisplayText::country(code), code});
    }
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    addItem(tr("— unknown —"), QString());
    for (const auto &[name, code] : countries)
        if (findData(code) < 0)
            addItem(name, code);
}

void CountryBox::setCode(const QString &code)
{
    const int index = findData(code);
    if (index >= 0) {
        setCurrentIndex(index);
    } else if (!code.isEmpty()) {
        addItem(code, code); // a code Qt does not know stays as it was
        setCurrentIndex(count() - 1);
    } else {
        setCurrentIndex(0);
    }
}

ConfidenceBox::ConfidenceBox(QWidget *parent) : QComboBox(parent)
{
    for (const Confidence c : allConfidences())
        addItem(DisplayText::confidence(c), int(c));
    setValue(Confidence::Reported);
}

PartialDateEdit::PartialDateEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    connect(this, &QLineEdit::textChanged, this, [this] {
        setStyleSheet(isAcceptable() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #b00020; }"));
    });
}

bool PartialDateEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || PartialDate::fromIso(text().trimmed()).has_value();
}

PartialDate PartialDateEdit::value() const
{
    return PartialDate::fromIso(text().trimmed()).value_or(PartialDate{});
}

RecordBox::RecordBox(bool optional, QWidget *parent) : QComboBox(parent)
{
    if (optional)
        addItem(tr("— none —"), qint64(0));
}

} // namespace chiptrail::gui
