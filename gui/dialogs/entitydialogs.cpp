// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydialogs.h"

#include "dialogs/formfields.h"
#include "model/displaytext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace chiptrail::gui {
namespace {

QDialogButtonBox *okCancel(QDialog *dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    return buttons;
}

QPlainTextEdit *textArea(const QString &text, int lines)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// Numbers are typed in the UI language ("1.234,5" in German) and stored as plain numbers.
std::optional<double> readNumber(const QLineEdit *edit, bool *ok = nullptr)
{
    const QString text = edit->text().trimmed();
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    bool parsed = false;
    const double value = QLocale().toDouble(text, &parsed);
    if (!parsed) {
        const double c = QLocale::c().toDouble(text, &parsed);
        if (parsed)
            return c;
        if (ok)
            *ok = false;
        return std::nullopt;
    }
    return value;
}

QString showNumber(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 12) : QString();
}

QLineEdit *numberEdit(const std::optional<double> &value)
{
    auto *edit = new QLineEdit(showNumber(value));
    edit->setPlaceholderText(PartyDialog::tr("unknown"));
    return edit;
}

} // namespace

// --- party ---------------------------------------------------------------------------------

PartyDialog::PartyDialog(const Party &party, QWidget *parent) : QDialog(parent), m_party(party)
{
    setWindowTitle(party.id.isValid() ? tr("Edit party") : tr("New party"));
    setObjectName(QStringLiteral("partyDialog"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(party.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_aliases = textArea(party.aliases.join(QLatin1Char('\n')), 3);
    m_aliases->setPlaceholderText(tr("one name per line, any script"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("role"));
    for (const PartyRole role : allPartyRoles())
        m_role->addItem(DisplayText::role(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(party.role)));
    acceptTypedNames(m_role);
    m_incorporation = new CountryBox;
    m_incorporation->setCode(party.incorporationCountry);
    m_headquarters = new CountryBox;
    m_headquarters->setObjectName(QStringLiteral("headquarters"));
    m_headquarters->setCode(party.headquartersCountry);
    m_confidence = new ConfidenceBox;
    m_confidence->setValue(party.confidence);
    m_description = textArea(party.description, 4);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Also known as"), m_aliases);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Headquarters"), m_headquarters);
    form->addRow(tr("&Incorporated in"), m_incorporation);
    form->addRow(tr("&Confidence"), m_confidence);
    form->addRow(tr("&Description"), m_description);
    m_typedNames = new TypedNameCheck(form);
    m_buttons = okCancel(this, form);
    connect(m_name, &QLineEdit::textChanged, this, &PartyDialog::validate);
    connect(m_typedNames, &TypedNameCheck::textChanged, this, &PartyDialog::validate);
    validate();
}

void PartyDialog::validate()
{
    const bool namesFit = m_typedNames->allFit();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(namesFit && !m_name->text().trimmed().isEmpty());
}

Party PartyDialog::party() const
{
    Party p = m_party;
    p.name = m_name->text().trimmed();
    p.aliases.clear();
    for (const QString &line : m_aliases->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            p.aliases << line.trimmed();
    p.role = PartyRole(m_role->currentData().toInt());
    p.incorporationCountry = m_incorporation->code();
    p.headquartersCountry = m_headquarters->code();
    p.confidence = m_confidence->value();
    p.description = m_description->toPlainText();
    return p;
}

// --- link ----------------------------------------------------------------------------------

LinkDialog::LinkDialog(const Link &link, const CaseData &context, QWidget *parent) : QDialog(parent), m_link(link)
{
    setWindowTitle(link.id.isValid() ? tr("Edit link") : tr("New link"));
    setObjectName(QStringLiteral("linkDialog"));
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const LinkKind kind : allLinkKinds())
        m_kind->addItem(DisplayText::linkKind(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(link.kind)));
    acceptTypedNames(m_kind);
    m_from = new RecordBox(false);
    m_to = new RecordBox(false);
    for (const auto &p : context.parties) {
        m_from->addRecord(p.name, p.id.value);
        m_to->addRecord(p.name, p.id.value);
    }
    m_from->setId(link.from.value);
    m_to->setId(link.to.value);
    m_product = new RecordBox(true);
    for (const auto &p : context.products)
        m_product->addRecord(p.name, p.id.value);
    m_product->setId(link.product ? link.product->value : 0);
    m_quantity = new QLineEdit(link.quantity ? QLocale().toString(*link.quantity) : QString());
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setPlaceholderText(tr("units of the product (racks for a rack)"));
    m_value = numberEdit(link.value);
    m_currency = new QLineEdit(link.currency.isEmpty() ? QStringLiteral("USD") : link.currency);
    m_currency->setMaxLength(3);
    m_currency->setInputMask(QStringLiteral(">AAA;_"));
    m_share = numberEdit(link.ownershipShare);
    m_share->setObjectName(QStringLiteral("ownershipShare"));
    m_share->setPlaceholderText(tr("percent held by the owner, 0 to 100; empty when unknown"));
    m_dateFrom = new PartialDateEdit;
    m_dateFrom->setObjectName(QStringLiteral("dateFrom"));
    m_dateFrom->setValue(link.dateFrom);
    m_dateTo = new PartialDateEdit;
    m_dateTo->setValue(link.dateTo);
    m_site = new RecordBox(true);
    for (const auto &s : context.sites)
        m_site->addRecord(tr("%1 (%2)").arg(s.name, s.country), s.id.value);
    m_site->setId(link.site ? link.site->value : 0);
    m_shipFrom = new CountryBox;
    m_shipFrom->setCode(link.shipFromCountry);
    m_shipTo = new CountryBox;
    m_shipTo->setCode(link.shipToCountry);
    m_confidence = new ConfidenceBox;
    m_confidence->setValue(link.confidence);
    m_description = textArea(link.description, 3);

    // The direction in words: a reversed sale changes the export-rule verdict.
    m_direction = new QLabel;
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->setWordWrap(true);
    auto *swap = new QPushButton(tr("S&wap direction"));
    swap->setObjectName(QStringLiteral("swapDirection"));
    auto *directionRow = new QHBoxLayout;
    directionRow->addWidget(m_direction, 1);
    directionRow->addWidget(swap);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&To"), m_to);
    form->addRow(tr("Direction"), directionRow);
    connect(swap, &QPushButton::clicked, this, [this] {
        const qint64 from = m_from->id();
        m_from->setId(m_to->id());
        m_to->setId(from);
    });
    for (QComboBox *box : {m_kind, static_cast<QComboBox *>(m_from), static_cast<QComboBox *>(m_to)})
        connect(box, &QComboBox::currentIndexChanged, this, &LinkDialog::showDirection);
    showDirection();
    form->addRow(tr("&Product"), m_product);
    form->addRow(tr("&Quantity"), m_quantity);
    form->addRow(tr("&Value"), m_value);
    form->addRow(tr("C&urrency"), m_currency);
    form->addRow(tr("Owner's s&hare (%)"), m_share);
    m_form = form;
    form->addRow(tr("&Date (from)"), m_dateFrom);
    form->addRow(tr("Date (&until)"), m_dateTo);
    form->addRow(tr("&Site"), m_site);
    form->addRow(tr("Ships f&rom"), m_shipFrom);
    form->addRow(tr("Ships t&o"), m_shipTo);
    form->addRow(tr("&Confidence"), m_confidence);
    form->addRow(tr("D&escription"), m_description);
    m_typedNames = new TypedNameCheck(form);
    m_buttons = okCancel(this, form);
    connect(m_typedNames, &TypedNameCheck::textChanged, this, &LinkDialog::validate);
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_quantity), m_value, m_share, static_cast<QLineEdit *>(m_dateFrom),
                            static_cast<QLineEdit *>(m_dateTo)})
        connect(edit, &QLineEdit::textChanged, this, &LinkDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LinkDialog::validate);
    validate();
}

QString LinkDialog::directionSentence(LinkKind kind, const QString &from, const QString &to)
{
    switch (kind) {
    case LinkKind::Sale: return tr("%1 sells to %2").arg(from, to);
    case LinkKind::Shipment: return tr("%1 ships to %2").arg(from, to);
    case LinkKind::Lease: return tr("%1 rents compute out to %2").arg(from, to);
    case LinkKind::Ownership: return tr("%1 owns or controls %2").arg(from, to);
    case LinkKind::Contract: return tr("%1 has a contract with %2").arg(from, to);
    case LinkKind::Affiliation: return tr("%1 has ties to %2").arg(from, to);
    case LinkKind::Founder: return tr("%1 founded or works for %2").arg(from, to);
    }
    return {};
}

void LinkDialog::showDirection()
{
    m_direction->setText(directionSentence(LinkKind(m_kind->currentData().toInt()), m_from->currentText(), m_to->currentText()));
}

void LinkDialog::validate()
{
    bool quantityOk = true, valueOk = true;
    const QString quantity = m_quantity->text().trimmed();
    if (!quantity.isEmpty())
        QLocale().toLongLong(quantity, &quantityOk);
    readNumber(m_value, &valueOk);
    // Only an ownership link has an owner's share; the store refuses one elsewhere.
    const bool ownership = LinkKind(m_kind->currentData().toInt()) == LinkKind::Ownership;
    m_form->setRowVisible(m_share, ownership);
    bool shareOk = true;
    const auto share = readNumber(m_share, &shareOk);
    shareOk = !ownership || (shareOk && (!share || (*share >= 0 && *share <= 100)));
    const bool namesFit = m_typedNames->allFit();
    const bool ok = namesFit && quantityOk && valueOk && shareOk && m_dateFrom->isAcceptable() && m_dateTo->isAcceptable()
        && m_from->count() > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

Link LinkDialog::link() const
{
    Link l = m_link;
    l.kind = LinkKind(m_kind->currentData().toInt());
    l.from = PartyId(m_from->id());
    l.to = PartyId(m_to->id());
    l.product = m_product->id() ? std::optional(ProductId(m_product->id())) : std::nullopt;
    bool ok = false;
    const qint64 quantity = QLocale().toLongLong(m_quantity->text().trimmed(), &ok);
    l.quantity = ok ? std::optional(quantity) : std::nullopt;
    l.value = readNumber(m_value);
    l.currency = l.value ? m_currency->text().trimmed() : QString();
    l.ownershipShare = l.kind == LinkKind::Ownership ? readNumber(m_share) : std::nullopt;
    l.dateFrom = m_dateFrom->value();
    l.dateTo = m_dateTo->value();
    l.site = m_site->id() ? std::optional(SiteId(m_site->id())) : std::nullopt;
    l.shipFromCountry = m_shipFrom->code();
    l.shipToCountry = m_shipTo->code();
    l.confidence = m_confidence->value();
    l.description = m_description->toPlainText();
    return l;
}

// --- site ----------------------------------------------------------------------------------

SiteDialog::SiteDialog(const Site &site, const CaseData &context, QWidget *parent) : QDialog(parent), m_site(site)
{
    setWindowTitle(site.id.isValid() ? tr("Edit site") : tr("New site"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(site.name);
    m_country = new CountryBox;
    m_country->setCode(site.country);
    m_city = new QLineEdit(site.city);
    m_operator = new RecordBox(true);
    for (const auto &p : context.parties)
        m_operator->addRecord(p.name, p.id.value);
    m_operator->setId(site.operatorParty ? site.operatorParty->value : 0);
    m_confidence = new ConfidenceBox;
    m_confidence->setValue(site.confidence);
    m_description = textArea(site.description, 3);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("C&ountry"), m_country);
    form->addRow(tr("&City"), m_city);
    form->addRow(tr("O&perator"), m_operator);
    form->addRow(tr("Con&fidence"), m_confidence);
    form->addRow(tr("&Description"), m_description);
    auto *typedNames = new TypedNameCheck(form);
    m_buttons = okCancel(this, form);
    const auto validate = [this, typedNames] {
        const bool namesFit = typedNames->allFit();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(namesFit && !m_name->text().trimmed().isEmpty() && !m_country->code().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_country, &QComboBox::currentIndexChanged, this, validate);
    connect(typedNames, &TypedNameCheck::textChanged, this, validate);
    validate();
}

Site SiteDialog::site() const
{
    Site s = m_site;
    s.name = m_name->text().trimmed();
    s.country = m_country->code();
    s.city = m_city->text().trimmed();
    s.operatorParty = m_operator->id() ? std::optional(PartyId(m_operator->id())) : std::nullopt;
    s.confidence = m_confidence->value();
    s.description = m_description->toPlainText();
    return s;
}

// --- product -------------------------------------------------------------------------------

ProductDialog::ProductDialog(const Product &product, const CaseData &context, QWidget *parent)
    : QDialog(parent), m_product(product)
{
    setWindowTitle(product.id.isValid() ? tr("Edit product") : tr("New product"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(product.name);
    m_vendor = new QLineEdit(product.vendor);
    m_kind = new QComboBox;
    m_kind->addItem(DisplayText::productKind(ProductKind::Chip), int(ProductKind::Chip));
    m_kind->addItem(DisplayText::productKind(ProductKind::System), int(ProductKind::System));
    m_kind->setCurrentIndex(m_kind->findData(int(product.kind)));
    m_tpp = numberEdit(product.chip.tpp);
    m_dieArea = numberEdit(product.chip.dieAreaMm2);
    m_density = numberEdit(product.chip.performanceDensity);
    m_memory = numberEdit(product.chip.memoryBandwidthGBps);
    m_interconnect = numberEdit(product.chip.interconnectGBps);
    m_datacenter = new QCheckBox(tr("designed or marketed for data centres"));
    m_datacenter->setChecked(product.chip.datacenter);
    m_contains = new RecordBox(true);
    for (const auto &p : context.products)
        if (p.kind == ProductKind::Chip && p.id != product.id)
            m_contains->addRecord(p.name, p.id.value);
    m_contains->setId(product.contains ? product.contains->value : 0);
    m_chipsPerUnit = new QSpinBox;
    m_chipsPerUnit->setRange(0, 1'000'000);
    m_chipsPerUnit->setValue(product.chipsPerUnit);
    m_confidence = new ConfidenceBox;
    m_confidence->setValue(product.confidence);
    m_description = textArea(product.description, 3);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Vendor"), m_vendor);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&TPP"), m_tpp);
    form->addRow(tr("Die &area (mm²)"), m_dieArea);
    form->addRow(tr("&Performance density"), m_density);
    form->addRow(tr("&Memory bandwidth (GB/s)"), m_memory);
    form->addRow(tr("&Interconnect (GB/s)"), m_interconnect);
    form->addRow(QString(), m_datacenter);
    form->addRow(tr("C&ontains (for systems)"), m_contains);
    form->addRow(tr("C&hips per unit"), m_chipsPerUnit);
    form->addRow(tr("Con&fidence"), m_confidence);
    form->addRow(tr("&Description"), m_description);
    auto *typedNames = new TypedNameCheck(form);
    m_buttons = okCancel(this, form);
    const auto validate = [this, typedNames] {
        bool numbersOk = true;
        for (const QLineEdit *edit : {m_tpp, m_dieArea, m_density, m_memory, m_interconnect}) {
            bool ok = true;
            readNumber(edit, &ok);
            numbersOk = numbersOk && ok;
        }
        const bool system = ProductKind(m_kind->currentData().toInt()) == ProductKind::System;
        const bool systemOk = !system || (m_contains->id() != 0 && m_chipsPerUnit->value() > 0);
        const bool namesFit = typedNames->allFit();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(namesFit && !m_name->text().trimmed().isEmpty() && numbersOk && systemOk);
    };
    for (QLineEdit *edit : {m_name, m_tpp, m_dieArea, m_density, m_memory, m_interconnect})
        connect(edit, &QLineEdit::textChanged, this, validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, validate);
    connect(m_contains, &QComboBox::currentIndexChanged, this, validate);
    connect(m_chipsPerUnit, &QSpinBox::valueChanged, this, validate);
    connect(typedNames, &TypedNameCheck::textChanged, this, validate);
    validate();
}

Product ProductDialog::product() const
{
    Product p = m_product;
    p.name = m_name->text().trimmed();
    p.vendor = m_vendor->text().trimmed();
    p.kind = ProductKind(m_kind->currentData().toInt());
    p.chip.tpp = readNumber(m_tpp);
    p.chip.dieAreaMm2 = readNumber(m_dieArea);
    p.chip.performanceDensity = readNumber(m_density);
    p.chip.memoryBandwidthGBps = readNumber(m_memory);
    p.chip.interconnectGBps = readNumber(m_interconnect);
    p.chip.datacenter = m_datacenter->isChecked();
    const bool system = p.kind == ProductKind::System;
    p.contains = system && m_contains->id() ? std::optional(ProductId(m_contains->id())) : std::nullopt;
    p.chipsPerUnit = system ? m_chipsPerUnit->value() : 0;
    p.confidence = m_confidence->value();
    p.description = m_description->toPlainText();
    return p;
}

} // namespace chiptrail::gui
