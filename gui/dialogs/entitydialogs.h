// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QFormLayout;
class QPlainTextEdit;
class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QCheckBox;
class QDialogButtonBox;

namespace chiptrail::gui {

class CountryBox;
class ConfidenceBox;
class PartialDateEdit;
class RecordBox;
class TypedNameCheck;

// One form per kind of entity. Each edits a copy; the caller turns the result into a command.

class PartyDialog : public QDialog
{
    Q_OBJECT
public:
    PartyDialog(const Party &party, QWidget *parent = nullptr);
    Party party() const;

private:
    void validate();
    Party m_party;
    QLineEdit *m_name;
    QPlainTextEdit *m_aliases;
    QComboBox *m_role;
    CountryBox *m_incorporation;
    CountryBox *m_headquarters;
    ConfidenceBox *m_confidence;
    QPlainTextEdit *m_description;
    TypedNameCheck *m_typedNames;
    QDialogButtonBox *m_buttons;
};

class LinkDialog : public QDialog
{
    Q_OBJECT
public:
    LinkDialog(const Link &link, const CaseData &context, QWidget *parent = nullptr);
    Link link() const;
    // "NVIDIA sells to Megaspeed": what the link says, from and to in words, per kind.
    static QString directionSentence(LinkKind kind, const QString &from, const QString &to);

private:
    void validate();
    void showDirection();
    Link m_link;
    QLabel *m_direction;
    QComboBox *m_kind;
    RecordBox *m_from;
    RecordBox *m_to;
    RecordBox *m_product;
    QLineEdit *m_quantity;
    QLineEdit *m_value;
    QLineEdit *m_currency;
    QLineEdit *m_share; // ownership links only
    QFormLayout *m_form;
    PartialDateEdit *m_dateFrom;
    PartialDateEdit *m_dateTo;
    RecordBox *m_site;
    CountryBox *m_shipFrom;
    CountryBox *m_shipTo;
    ConfidenceBox *m_confidence;
    QPlainTextEdit *m_description;
    TypedNameCheck *m_typedNames;
    QDialogButtonBox *m_buttons;
};

class SiteDialog : public QDialog
{
    Q_OBJECT
public:
    SiteDialog(const Site &site, const CaseData &context, QWidget *parent = nullptr);
    Site site() const;

private:
    Site m_site;
    QLineEdit *m_name;
    CountryBox *m_country;
    QLineEdit *m_city;
    RecordBox *m_operator;
    ConfidenceBox *m_confidence;
    QPlainTextEdit *m_description;
    QDialogButtonBox *m_buttons;
};

class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    ProductDialog(const Product &product, const CaseData &context, QWidget *parent = nullptr);
    Product product() const;

private:
    Product m_product;
    QLineEdit *m_name;
    QLineEdit *m_vendor;
    QComboBox *m_kind;
    QLineEdit *m_tpp, *m_dieArea, *m_density, *m_memory, *m_interconnect;
    QCheckBox *m_datacenter;
    RecordBox *m_contains;
    QSpinBox *m_chipsPerUnit;
    ConfidenceBox *m_confidence;
    QPlainTextEdit *m_description;
    QDialogButtonBox *m_buttons;
};

} // namespace chiptrail::gui
