// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QComboBox>
#include <QLineEdit>

class QFormLayout;
class QLabel;

namespace chiptrail::gui {

// Form fields shared by the entity dialogs.

// Lets a combo box take a typed name: the list narrows to the entries that contain what was typed
// (a space types a space instead of opening the list), and when the field is left, the text must
// name an entry: an exact name (also without a trailing "(US)", or that code alone), else the only
// entry containing it. A text that names none or several stays as typed, in red: quietly
// putting the old choice back would let Enter save a value the user did not pick.
void acceptTypedNames(QComboBox *box);

// Whether the box's text is empty, its current entry, or names exactly one entry.
bool typedNameFits(const QComboBox *box);

// Keeps a form from being accepted while one of its boxes that take typed names holds a text that
// names no single entry, and says under the form which field and what the text could mean. Made
// after the form's fields are in it; the form's check of its OK button follows textChanged and
// calls allFit().
class TypedNameCheck : public QObject
{
    Q_OBJECT
public:
    explicit TypedNameCheck(QFormLayout *form);
    bool allFit(); // and shows or hides the message

Q_SIGNALS:
    void textChanged(); // of one of the boxes

private:
    QFormLayout *m_form;
    QLabel *m_message;
    QList<QComboBox *> m_boxes;
};

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
