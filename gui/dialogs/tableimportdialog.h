// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/jobtracker.h"
#include "interchange/tableimport.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace chiptrail::gui {

class CaseSession;

// File → Import Table…: which column of a spreadsheet holds what, with a live preview of what the
// first rows become; then the whole table is read once off the GUI thread (progress, Cancel) and
// the names that resemble parties of the case are shown for review. Nothing is written here: when
// the dialog is accepted, mapping() and plan() say what to import (TableImportActions writes it
// as one undoable edit).
class TableImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens the table; throws CaseError (naming the file) when it cannot be read.
    TableImportDialog(CaseSession *session, const QString &tablePath, QWidget *parent = nullptr);
    ~TableImportDialog() override;

    QString tablePath() const { return m_path; }
    // The mapping as the dialog shows it.
    TableMapping mapping() const;
    void setMapping(const TableMapping &mapping);
    // Load Mapping… and Save Mapping… without their file dialogs; errors come back as text.
    QString loadMapping(const QString &path);
    QString saveMapping(const QString &path);

    // The columns of the table (as the header row names them, or A, B, …) and the field of each.
    QStringList columnNames() const { return m_header; }
    TableField field(int column) const;
    void setField(int column, TableField field);

    // The preview: the first rows as the mapping reads them, with their problems.
    const QList<TablePreviewRow> &previewRows() const { return m_preview; }
    QTableWidget *previewTable() const { return m_previewTable; }
    // Why the next step is not possible yet (no seller column, …); empty when it is.
    QString blocker() const { return m_blocker; }

    // Next: reads the whole table in the background and shows the review page, or an error
    // naming sheet, row and column on the mapping page.
    void readTable();
    void stopReading();
    bool isReading() const { return m_jobs.isRunning(); }
    void waitForIdle() { m_jobs.waitForIdle(); }
    QString readError() const { return m_readError; }

    // The review page: what the table would add, with the user's answers to the proposals.
    bool hasPlan() const { return m_plan.has_value(); }
    TableImportPlan plan() const;
    int proposalCount() const;
    void setProposalAccepted(int proposal, bool accepted);
    TablePlanCounts counts() const { return countTableImport(plan()); }
    QString summaryText() const;

    void reject() override; // stops reading first

Q_SIGNALS:
    void previewUpdated();
    void planReady();
    void readFailed(const QString &message);

private:
    void buildMappingPage(QWidget *page);
    void buildReadingPage(QWidget *page);
    void buildReviewPage(QWidget *page);
    void readHeader();   // the header and a few sample rows of the selected sheet
    void fillColumns(const TableMapping &mapping);
    void updatePreview();
    void showReview();
    void showPage(int page);
    void chooseLoadMapping();
    void chooseSaveMapping();

    CaseSession *m_session;
    QString m_path;
    std::unique_ptr<TableReader> m_reader; // GUI thread: header, samples and the preview
    QStringList m_header;
    QList<QStringList> m_samples;
    QList<TablePreviewRow> m_preview;
    QString m_blocker;
    QString m_headerError;
    QString m_readError;
    std::optional<TableImportPlan> m_plan;
    bool m_filling = false;

    QStackedWidget *m_pages;
    QLabel *m_found;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QCheckBox *m_hasHeader;
    QTableWidget *m_columns;
    QList<QComboBox *> m_fieldBoxes;
    QComboBox *m_numbers;
    QComboBox *m_dates;
    QComboBox *m_kind;
    QLineEdit *m_currency;
    QTableWidget *m_previewTable;
    QLabel *m_previewNote;
    QLabel *m_status;
    QLabel *m_readLabel;
    QProgressBar *m_readProgress;
    QLabel *m_summary;
    QTreeWidget *m_exact;
    QTreeWidget *m_proposals;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
    QPushButton *m_stop;
    JobTracker m_jobs; // last: destroyed first, so the reading has stopped before the rest goes
};

} // namespace chiptrail::gui
