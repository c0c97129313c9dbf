// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/jobtracker.h"

#include <QDate>
#include <QDialog>
#include <atomic>
#include <memory>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTableWidget;
class QTimer;

namespace chiptrail {
class ListStore;
}

namespace chiptrail::gui {

// Tools → Screening Lists: the lists in the user's store with their source, date and size, a box
// to switch each on or off, Import… and Remove. An import reads and writes off the GUI thread
// with progress and Cancel; a cancelled or failed import leaves the store as it was.
class ScreeningListsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScreeningListsDialog(const QString &storePath, QWidget *parent = nullptr);
    ~ScreeningListsDialog() override;

    // What Import… does after the user chose the file and confirmed name, URL and date; tests call
    // it directly. `date` is used when the file does not carry one.
    void importFile(const QString &file, const QString &name, const QString &url, QDate date);
    bool isImporting() const { return m_jobs.isRunning(); }
    void cancelImport();
    void waitForImport() { m_jobs.waitForIdle(); }
    QString statusText() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void listsChanged(); // a list was imported, removed, switched on or off

private:
    void refresh();
    void chooseFile();
    void removeSelected();
    void activeToggled(int row, int column);
    void finishImport(const QString &error, const QString &result, bool cancelled);

    QString m_storePath;
    std::unique_ptr<ListStore> m_store;
    QTableWidget *m_table;
    QPushButton *m_import, *m_remove;
    QLabel *m_status;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_progressTimer;
    std::shared_ptr<std::atomic<qint64>> m_done; // bytes read
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_refreshing = false;
    JobTracker m_jobs;
};

} // namespace chiptrail::gui
