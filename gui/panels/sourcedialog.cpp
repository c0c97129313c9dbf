// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcedialog.h"

#include "dialogs/formfields.h"
#include "error.h"
#include "panels/sourcefile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace chiptrail::gui {

SourceDialog::SourceDialog(const Source &source, QWidget *parent)
    : QDialog(parent), m_source(source), m_title(new QLineEdit), m_publisher(new QLineEdit),
      m_url(new QLineEdit), m_date(new PartialDateEdit), m_language(new QComboBox), m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(source.id.isValid() ? tr("Edit source") : tr("Add source"));
    resize(640, 560);
    m_title->setObjectName(QStringLiteral("title"));
    m_publisher->setObjectName(QStringLiteral("publisher"));
    m_url->setObjectName(QStringLiteral("url"));
    m_date->setObjectName(QStringLiteral("date"));
    m_language->setObjectName(QStringLiteral("language"));
    m_text->setObjectName(QStringLiteral("text"));
    m_language->setEditable(true);
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->addItem(tr("English"), QStringLiteral("en"));

    m_title->setText(source.title);
    m_publisher->setText(source.publisher);
    m_url->setText(source.url);
    m_date->setValue(source.date);
    const int known = m_language->findData(source.language.isEmpty() ? QStringLiteral("de") : source.language);
    if (known >= 0)
        m_language->setCurrentIndex(known);
    else
        m_language->setEditText(source.language);
    // Plain text only: pasted HTML arrives as its text, never as formatting.
    m_text->setPlainText(source.text);
    m_text->setPlaceholderText(tr("Paste the text of the article here, or open a file."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Publisher"), m_publisher);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Link"), m_url);
    auto *open = new QPushButton(tr("Open &File…"));
    open->setObjectName(QStringLiteral("openFile"));
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, &SourceDialog::chooseFile);
    form->addRow(tr("Te&xt"), open);
    form->addRow(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    form->addRow(buttons);
}

Source SourceDialog::source() const
{
    Source s = m_source;
    s.title = m_title->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    s.url = m_url->text().trimmed();
    s.date = m_date->value();
    const int index = m_language->findText(m_language->currentText());
    s.language = index >= 0 ? m_language->itemData(index).toString() : m_language->currentText().trimmed().toLower();
    s.text = m_text->toPlainText();
    return s;
}

void SourceDialog::loadFile(const QString &path)
{
    const SourceFileText file = readSourceFile(path);
    m_text->setPlainText(file.text);
    if (m_title->text().isEmpty())
        m_title->setText(file.title);
}

void SourceDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open source text"), QString(),
                                                      tr("Texts (*.txt *.md *.html *.htm);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        loadFile(path);
    } catch (const CaseError &error) {
        QMessageBox::warning(this, tr("Open source text"), error.message());
    }
}

void SourceDialog::accept()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("A source needs a title.");
    else if (m_text->toPlainText().trimmed().isEmpty())
        problem = tr("A source needs its text: paste it or open a file.");
    else if (!m_date->isAcceptable())
        problem = tr("The date must be YYYY, YYYY-MM or YYYY-MM-DD.");
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    QDialog::accept();
}

} // namespace chiptrail::gui
