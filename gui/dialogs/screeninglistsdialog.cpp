// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeninglistsdialog.h"

#include "error.h"
#include "rules/liststore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace chiptrail::gui {
namespace {

enum Column { Active, Name, Url, Downloaded, Entries, ColumnCount };

// Name, source URL and download date of a file about to be imported, confirmed by the user.
bool askDetails(QWidget *parent, const QString &file, QString *name, QString *url, QDate *date)
{
    QDialog form(parent);
    form.setWindowTitle(ScreeningListsDialog::tr("Import Screening List"));
    auto *nameEdit = new QLineEdit(*name);
    auto *urlEdit = new QLineEdit;
    urlEdit->setPlaceholderText(QStringLiteral("https://"));
    auto *dateEdit = new QDateEdit(*date);
    dateEdit->setCalendarPopup(true);
    dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *layout = new QFormLayout(&form);
    layout->addRow(new QLabel(QFileInfo(file).fileName()));
    layout->addRow(ScreeningListsDialog::tr("Name:"), nameEdit);
    layout->addRow(ScreeningListsDialog::tr("Source URL:"), urlEdit);
    layout->addRow(ScreeningListsDialog::tr("Downloaded on:"), dateEdit);
    auto *hint = new QLabel(ScreeningListsDialog::tr("The file's own date is used when it gives one (the CSL's JSON "
                                                     "does); otherwise the date you confirm here. The same name "
                                                     "replaces a list imported before."));
    hint->setWordWrap(true);
    layout->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    layout->addRow(buttons);
    if (form.exec() != QDialog::Accepted || nameEdit->text().trimmed().isEmpty())
        return false;
    *name = nameEdit->text().trimmed();
    *url = urlEdit->text().trimmed();
    *date = dateEdit->date();
    return true;
}

} // namespace

ScreeningListsDialog::ScreeningListsDialog(const QString &storePath, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_table(new QTableWidget(0, ColumnCount)),
      m_import(new QPushButton(tr("&Import…"))), m_remove(new QPushButton(tr("&Remove"))), m_status(new QLabel),
      m_progressTimer(new QTimer(this)), m_done(std::make_shared<std::atomic<qint64>>(0))
{
    setObjectName(QStringLiteral("screeningListsDialog"));
    setWindowTitle(tr("Screening Lists"));
    resize(820, 420);
    m_table->setObjectName(QStringLiteral("listsTable"));
    m_table->setHorizontalHeaderLabels({tr("Active"), tr("Name"), tr("Source URL"), tr("Downloaded"), tr("Entries")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Url, QHeaderView::Stretch);
    auto *note = new QLabel(tr("Parties are screened against the active lists besides the Entity List entries shipped "
                               "with ChipTrail; every hit names its list and date. The Consolidated Screening List "
                               "(trade.gov) is a US government work in the public domain. OpenSanctions data is not "
                               "shipped with ChipTrail: its licence (CC BY-NC 4.0) allows non-commercial use, such as "
                               "by journalists, researchers and NGOs; commercial users need a licence from "
                               "OpenSanctions."));
    note->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("listsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QPushButton(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_import, &QPushButton::clicked, this, &ScreeningListsDialog::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &ScreeningListsDialog::removeSelected);
    connect(m_table, &QTableWidget::cellChanged, this, &ScreeningListsDialog::activeToggled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty() && !isImporting()); });
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progress)
            m_progress->setValue(int(qMin<qint64>(m_done->load() / 1024, m_progress->maximum())));
    });
    try {
        m_store = std::make_unique<ListStore>(storePath);
    } catch (const CaseError &e) {
        m_status->setText(e.message());
        m_import->setEnabled(false);
    }
    refresh();
}

ScreeningListsDialog::~ScreeningListsDialog() = default;

QString ScreeningListsDialog::statusText() const { return m_status->text(); }

void ScreeningListsDialog::refresh()
{
    m_refreshing = true;
    m_table->setRowCount(0);
    const QList<StoredList> lists = m_store ? m_store->lists() : QList<StoredList>();
    for (const StoredList &l : lists) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *active = new QTableWidgetItem;
        active->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        active->setCheckState(l.active ? Qt::Checked : Qt::Unchecked);
        active->setData(Qt::UserRole, l.name);
        m_table->setItem(row, Active, active);
        m_table->setItem(row, Name, new QTableWidgetItem(l.name));
        m_table->setItem(row, Url, new QTableWidgetItem(l.url));
        m_table->setItem(row, Downloaded, new QTableWidgetItem(l.downloaded.isValid() ? l.downloaded.toString(Qt::ISODate)
                                                                                       : tr("unknown")));
        auto *entries = new QTableWidgetItem(QLocale().toString(l.entries));
        entries->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Entries, entries);
    }
    m_table->resizeColumnToContents(Active);
    m_table->resizeColumnToContents(Downloaded);
    m_table->resizeColumnToContents(Entries);
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
    m_refreshing = false;
}

void ScreeningListsDialog::activeToggled(int row, int column)
{
    if (m_refreshing || column != Active || !m_store)
        return;
    const QTableWidgetItem *item = m_table->item(row, Active);
    try {
        m_store->setActive(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
        Q_EMIT listsChanged();
    } catch (const CaseError &e) {
        m_status->setText(e.message());
    }
}

void ScreeningListsDialog::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || !m_store)
        return;
    const QString name = m_table->item(selected.first()->row(), Active)->data(Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Remove Screening List"),
                              tr("Remove \"%1\" from your screening lists? Screening decisions in your cases keep "
                                 "its name and entry ids.").arg(name))
        != QMessageBox::Yes)
        return;
    try {
        m_store->remove(name);
        m_status->setText(tr("Removed \"%1\".").arg(name));
        Q_EMIT listsChanged();
    } catch (const CaseError &e) {
        m_status->setText(e.message());
    }
    refresh();
}

void ScreeningListsDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import Screening List"), QString(),
        tr("Screening lists (*.csv *.json *.jsonl *.ftm);;All files (*)"));
    if (file.isEmpty())
        return;
    QString name = QFileInfo(file).fileName().contains(QLatin1String("targets"), Qt::CaseInsensitive)
                       ? QStringLiteral("OpenSanctions")
                       : QStringLiteral("Consolidated Screening List"); // notr: the list's own name
    QString url;
    QDate date = QFileInfo(file).lastModified().date();
    if (askDetails(this, file, &name, &url, &date))
        importFile(file, name, url, date);
}

void ScreeningListsDialog::importFile(const QString &file, const QString &name, const QString &url, QDate date)
{
    if (!m_store || isImporting())
        return;
    m_status->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    m_import->setEnabled(false);
    m_remove->setEnabled(false);
    m_done->store(0);
    m_progress = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(file).fileName()), tr("Cancel"), 0,
                                     int(qMax<qint64>(1, QFileInfo(file).size() / 1024)), this);
    m_progress->setObjectName(QStringLiteral("listImportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ScreeningListsDialog::cancelImport);
    m_progressTimer->start(100);
    const QString storePath = m_storePath;
    const auto done = m_done;
    const auto stop = m_cancel = std::make_shared<std::atomic_bool>(false);
    m_jobs.start([this, file, name, url, date, storePath, done, stop](const JobTracker::StopFlag &) -> JobTracker::Delivery {
        QString error, result;
        bool cancelled = false;
        try {
            // A connection of its own: SQLite connections do not cross threads here.
            const StoredList list = ListStore(storePath).importFile(file, name, url, date, [&](qint64 bytes) {
                done->store(bytes);
                return !stop->load();
            });
            result = ScreeningListsDialog::tr("Imported \"%1\": %n entries, downloaded %2.", nullptr,
                                              int(qMin<qint64>(list.entries, INT_MAX)))
                         .arg(list.name, list.downloaded.toString(Qt::ISODate));
        } catch (const ListImportCancelled &) {
            cancelled = true;
        } catch (const CaseError &e) {
            error = e.message();
        }
        return [this, error, result, cancelled] { finishImport(error, result, cancelled); };
    });
}

void ScreeningListsDialog::cancelImport()
{
    // Not JobTracker::cancel: the job must still say whether it stopped before its commit.
    if (m_cancel)
        m_cancel->store(true);
}

void ScreeningListsDialog::finishImport(const QString &error, const QString &result, bool cancelled)
{
    m_progressTimer->stop();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_import->setEnabled(m_store != nullptr);
    m_status->setText(cancelled ? tr("Import cancelled; the screening lists are unchanged.")
                      : error.isEmpty() ? result
                                        : tr("Nothing was imported: %1").arg(error));
    refresh();
    if (!cancelled && error.isEmpty())
        Q_EMIT listsChanged();
}

} // namespace chiptrail::gui
