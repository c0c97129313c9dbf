// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QComboBox>
#include <QLineEdit>

namespace chiptrail::gui {

// Form fields shared by the entity dialogs.

// Lets a combo box take a typed name: the list narrows to the entries that contain what was typed
// (a space types a space instead of opening the list), and when the field is left, the text must
// name an entry: an exact name (also without a trailing "(US)", or that code alone), else the only
// entry containing it, else the choice stays as it was.
void acceptTypedNames(QComboBox *box);

// Every country by name in the UI language; the value is the ISO 3166 code ("" = unknown).
class CountryBox : public QComboBox
{
    Q_OBJECT
public:
    explicit CountryBox(QWidget *parent = nullptr);
    QString code() const { return currentData().toString(); }
    void setCode(const QString &code);
};

class ConfidenceBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ConfidenceBox(QWidget *parent = nullptr);
    Confidence value() const { return Confidence(currentData().toInt()); }
    void setValue(Confidence c) { setCurrentIndex(findData(int(c))); }
};

// A date with the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD, or empty.
class PartialDateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PartialDateEdit(QWidget *parent = nullptr);
    bool isAcceptable() const;
    PartialDate value() const;
    void setValue(const PartialDate &date) { setText(date.toIso()); }
};

// Picks one record (party, product, site) by name; optional ones offer "none".
class RecordBox : public QComboBox
{
    Q_OBJECT
public:
    RecordBox(bool optional, QWidget *parent = nullptr);
    void addRecord(const QString &name, qint64 id) { addItem(name, id); }
    qint64 id() const { return currentData().toLongLong(); }
    void setId(qint64 id) { setCurrentIndex(std::max(0, findData(id))); }
};

} // namespace chiptrail::gui
