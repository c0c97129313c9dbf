// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcedialog.h"

#include "dialogs/formfields.h"
#include "document/jobtracker.h"
#include "error.h"
#include "panels/sourcefile.h"
#include "panels/sourcepdf.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>

namespace chiptrail::gui {
namespace {

bool isPdf(const QString &path) { return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0; }

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

SourceDialog::SourceDialog(const Source &source, QWidget *parent)
    : QDialog(parent), m_source(source), m_title(new QLineEdit), m_publisher(new QLineEdit), m_url(new QLineEdit),
      m_archive(new QLineEdit), m_date(new PartialDateEdit), m_retrieved(new PartialDateEdit),
      m_language(new QComboBox), m_text(new QPlainTextEdit), m_fileLine(new QLabel), m_jobs(new JobTracker(this))
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(source.id.isValid() ? tr("Edit source") : tr("Add source"));
    resize(640, 600);
    m_title->setObjectName(QStringLiteral("title"));
    m_publisher->setObjectName(QStringLiteral("publisher"));
    m_url->setObjectName(QStringLiteral("url"));
    m_archive->setObjectName(QStringLiteral("archiveUrl"));
    m_date->setObjectName(QStringLiteral("date"));
    m_retrieved->setObjectName(QStringLiteral("retrieved"));
    m_language->setObjectName(QStringLiteral("language"));
    m_text->setObjectName(QStringLiteral("text"));
    m_fileLine->setObjectName(QStringLiteral("fileLine"));
    m_fileLine->setTextFormat(Qt::PlainText);
    m_fileLine->setWordWrap(true);
    // A list, not free text: search and the two notes panels go by the language's code.
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Other language"), QStringLiteral("und"));
    const QString language = source.language.isEmpty() ? QStringLiteral("de") : source.language;
    if (m_language->findData(language) < 0) // an older file's own code is kept, not silently changed
        m_language->addItem(language, language);
    m_language->setCurrentIndex(m_language->findData(language));

    m_title->setText(source.title);
    m_publisher->setText(source.publisher);
    m_url->setText(source.url);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_archive->setText(source.archiveUrl);
    m_archive->setPlaceholderText(tr("e.g. https://web.archive.org/web/…"));
    m_date->setValue(source.date);
    m_retrieved->setValue(source.retrieved);
    // Plain text only: pasted HTML arrives as its text, never as formatting.
    m_text->setPlainText(source.text);
    m_text->setPlaceholderText(tr("Paste the text of the article here, or open a file."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Publisher"), m_publisher);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Link"), m_url);
    form->addRow(tr("&Retrieved on"), m_retrieved);
    form->addRow(tr("&Archived copy"), m_archive);
    auto *open = new QPushButton(tr("Open &File…"));
    open->setObjectName(QStringLiteral("openFile"));
    open->setAutoDefault(false);
    open->setEnabled(!source.file); // a PDF source keeps its PDF
    connect(open, &QPushButton::clicked, this, &SourceDialog::chooseFile);
    form->addRow(tr("Te&xt"), open);
    form->addRow(m_fileLine);
    form->addRow(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    form->addRow(buttons);
    updateFileLine();
}

SourceDialog::~SourceDialog()
{
    // The reader must be done before the dialog it reports to is gone.
    m_jobs->cancel();
    delete m_jobs;
}

Source SourceDialog::source() const
{
    Source s = m_source;
    s.title = m_title->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    s.url = m_url->text().trimmed();
    s.archiveUrl = m_archive->text().trimmed();
    s.date = m_date->value();
    s.retrieved = m_retrieved->value();
    s.language = m_language->currentData().toString();
    s.text = m_text->toPlainText();
    return s;
}

void SourceDialog::updateFileLine()
{
    // The pages point into the text as read from the PDF: it is not edited by hand.
    m_text->setReadOnly(m_source.file.has_value());
    m_fileLine->setVisible(m_source.file.has_value());
    if (m_source.file)
        m_fileLine->setText(tr("PDF %1, %n page(s); the text is the PDF's own and cannot be edited here.", nullptr,
                               int(m_source.pageStarts.size()))
                                .arg(m_source.file->name));
}

void SourceDialog::setPdf(const PdfSource &pdf)
{
    m_source.file = pdf.file;
    m_source.pageStarts = pdf.pageStarts;
    m_text->setPlainText(pdf.text);
    if (m_title->text().isEmpty())
        m_title->setText(pdf.title.isEmpty() ? QFileInfo(pdf.file.name).completeBaseName() : pdf.title);
    updateFileLine();
}

bool SourceDialog::isLoading() const { return m_jobs->isRunning(); }

void SourceDialog::cancelLoading() { m_jobs->cancel(); }

void SourceDialog::loadPdf(const QString &path, const std::function<void(const QString &)> &done)
{
    m_jobs->start([this, path, done](const JobTracker::StopFlag &stop) -> JobTracker::Delivery {
        std::optional<PdfSource> pdf;
        QString error;
        try {
            pdf = readPdf(path, [this, &stop](int page, int pages) {
                QMetaObject::invokeMethod(this, [this, page, pages] { Q_EMIT pdfProgress(page, pages); },
                                          Qt::QueuedConnection);
                return !stop->load();
            });
        } catch (const CaseError &e) {
            error = e.message();
        }
        return [this, pdf, error, done] {
            if (pdf)
                setPdf(*pdf);
            done(error);
        };
    });
}

void SourceDialog::loadFile(const QString &path)
{
    if (!isPdf(path)) {
        const SourceFileText file = readSourceFile(path);
        m_source.file.reset();
        m_source.pageStarts.clear();
        m_text->setPlainText(file.text);
        if (m_title->text().isEmpty())
            m_title->setText(file.title);
        updateFileLine();
        return;
    }
    // Hundreds of pages take seconds: the window stays responsive, the user can cancel.
    auto *progress = new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("pdfProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoReset(false);
    connect(this, &SourceDialog::pdfProgress, progress, [progress](int page, int pages) {
        progress->setMaximum(pages);
        progress->setValue(page);
        progress->setLabelText(tr("Reading page %1 of %2…").arg(page).arg(pages));
    });
    connect(progress, &QProgressDialog::canceled, this, [this, progress] {
        cancelLoading();
        progress->deleteLater();
    });
    loadPdf(path, [this, progress](const QString &error) {
        progress->deleteLater();
        if (!error.isEmpty()) {
            QMessageBox box(QMessageBox::Warning, tr("Open source text"), error, QMessageBox::Ok, this);
            box.setTextFormat(Qt::PlainText);
            box.exec();
        }
    });
}

void SourceDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open source text"), QString(),
                                                      tr("Texts and PDFs (*.txt *.md *.html *.htm *.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        loadFile(path);
    } catch (const CaseError &error) {
        QMessageBox box(QMessageBox::Warning, tr("Open source text"), error.message(), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void SourceDialog::accept()
{
    QString problem;
    if (isLoading())
        problem = tr("The PDF is still being read: wait for it or cancel it.");
    else if (m_title->text().trimmed().isEmpty())
        problem = tr("A source needs a title.");
    else if (m_text->toPlainText().trimmed().isEmpty())
        problem = tr("A source needs its text: paste it or open a file.");
    else if (!m_date->isAcceptable() || !m_retrieved->isAcceptable())
        problem = tr("The date must be YYYY, YYYY-MM or YYYY-MM-DD.");
    else if (!m_url->text().trimmed().isEmpty() && !isWebAddress(m_url->text().trimmed()))
        problem = tr("The link must be a web address starting with https:// or http://.");
    else if (!m_archive->text().trimmed().isEmpty() && !isWebAddress(m_archive->text().trimmed()))
        problem = tr("The archived copy must be a web address starting with https:// or http://.");
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), problem, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    QDialog::accept();
}

} // namespace chiptrail::gui
