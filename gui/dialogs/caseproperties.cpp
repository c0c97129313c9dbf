// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseproperties.h"

#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chiptrail::gui {

CasePropertiesDialog::CasePropertiesDialog(const CaseInfo &info, QWidget *parent)
    : QDialog(parent),
      m_info(info),
      m_title(new QLineEdit(info.title)),
      m_subtitle(new QLineEdit(info.subtitle)),
      m_description(new QPlainTextEdit(info.description)),
      m_author(new QLineEdit(info.author)),
      m_credit(new QLineEdit(info.credit)),
      m_language(new QComboBox)
{
    setObjectName(QStringLiteral("casePropertiesDialog"));
    setWindowTitle(tr("Case Properties"));
    m_title->setObjectName(QStringLiteral("title"));
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setPlaceholderText(tr("First sentence of the description"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_author->setObjectName(QStringLiteral("author"));
    m_author->setPlaceholderText(tr("e.g. Investigations desk, Example Daily"));
    m_credit->setObjectName(QStringLiteral("credit"));
    m_credit->setPlaceholderText(tr("Newsroom or author, as above"));
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own name, as in View → Language.
    m_language->addItem(tr("Not set"), QString());
    for (const QString &code : UiLanguage::supported())
        m_language->addItem(UiLanguage::nativeName(code), code);
    const int current = m_language->findData(info.language);
    if (current < 0) // a language this list does not know stays as it is
        m_language->addItem(info.language, info.language);
    m_language->setCurrentIndex(m_language->findData(info.language));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Subtitle:"), m_subtitle);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Newsroom or author:"), m_author);
    form->addRow(tr("&Credit line:"), m_credit);
    form->addRow(tr("Case &language:"), m_language);
    auto *hint = new QLabel(tr("Title, subtitle and credit line are printed on every image and PDF of the chain."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(m_title, &QLineEdit::textChanged, this, &CasePropertiesDialog::updateOk);
    updateOk();
    resize(640, sizeHint().height());
}

void CasePropertiesDialog::updateOk()
{
    // A case without a title would print an empty heading on every export.
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
}

CaseInfo CasePropertiesDialog::info() const
{
    CaseInfo info = m_info;
    info.title = m_title->text().trimmed();
    info.subtitle = m_subtitle->text().trimmed();
    info.description = m_description->toPlainText();
    info.author = m_author->text().trimmed();
    info.credit = m_credit->text().trimmed();
    info.language = m_language->currentData().toString();
    return info;
}

} // namespace chiptrail::gui
