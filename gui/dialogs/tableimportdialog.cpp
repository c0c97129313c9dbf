// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableimportdialog.h"

#include "casesession.h"
#include "document/casedocument.h"
#include "error.h"
#include "model/displaytext.h"
#include "rules/rulebook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <climits>

namespace chiptrail::gui {
namespace {

enum Page { MappingPage, ReadingPage, ReviewPage };
constexpr int kSampleRows = 3;
constexpr int kPreviewRows = 20;

// Preview columns: what each row becomes.
enum PreviewColumn { RowColumn, PartiesColumn, ProductColumn, QuantityColumn, ValueColumn, DateColumn, RouteColumn,
                     SiteColumn, ProblemsColumn, PreviewColumns };

QColor problemColour() { return QColor(255, 224, 224); }

} // namespace

TableImportDialog::TableImportDialog(CaseSession *session, const QString &tablePath, QWidget *parent)
    : QDialog(parent), m_session(session), m_path(tablePath), m_reader(TableReader::open(tablePath)),
      m_pages(new QStackedWidget)
{
    setObjectName(QStringLiteral("tableImportDialog"));
    setWindowTitle(tr("Import Table — %1").arg(QFileInfo(tablePath).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *mapping = new QWidget;
    auto *reading = new QWidget;
    auto *review = new QWidget;
    buildMappingPage(mapping);
    buildReadingPage(reading);
    buildReviewPage(review);
    m_pages->addWidget(mapping);
    m_pages->addWidget(reading);
    m_pages->addWidget(review);
    layout->addWidget(m_pages, 1);

    auto *buttons = new QDialogButtonBox;
    m_back = buttons->addButton(tr("< &Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("back"));
    m_next = buttons->addButton(tr("&Next >"), QDialogButtonBox::ActionRole);
    m_next->setObjectName(QStringLiteral("next"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    layout->addWidget(buttons);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(MappingPage); });
    connect(m_next, &QPushButton::clicked, this, &TableImportDialog::readTable);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QStringList sheets = m_reader->sheetNames();
    m_filling = true; // the first sheet is read below, once
    m_sheet->addItems(sheets);
    m_filling = false;
    m_sheet->setVisible(sheets.size() > 1 || !sheets.value(0).isEmpty());
    m_sheetLabel->setVisible(m_sheet->isVisible());
    if (!sheets.isEmpty())
        m_reader->selectSheet(sheets.first());
    readHeader();
    fillColumns(TableMapping::guess(m_reader->hasHeader() ? m_header : QStringList()));
    showPage(MappingPage);
    resize(1100, 760);
}

TableImportDialog::~TableImportDialog() = default;

void TableImportDialog::buildMappingPage(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    m_found = new QLabel;
    m_found->setObjectName(QStringLiteral("tableFound"));
    m_found->setWordWrap(true);
    m_found->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_found);

    auto *top = new QHBoxLayout;
    m_sheetLabel = new QLabel(tr("&Sheet:"));
    m_sheet = new QComboBox;
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_sheetLabel->setBuddy(m_sheet);
    m_hasHeader = new QCheckBox(tr("&First row holds column names"));
    m_hasHeader->setObjectName(QStringLiteral("hasHeader"));
    top->addWidget(m_sheetLabel);
    top->addWidget(m_sheet);
    top->addSpacing(12);
    top->addWidget(m_hasHeader);
    top->addStretch(1);
    auto *load = new QPushButton(tr("&Load Mapping…"));
    load->setObjectName(QStringLiteral("loadMapping"));
    auto *save = new QPushButton(tr("Sa&ve Mapping…"));
    save->setObjectName(QStringLiteral("saveMapping"));
    top->addWidget(load);
    top->addWidget(save);
    layout->addLayout(top);
    connect(load, &QPushButton::clicked, this, &TableImportDialog::chooseLoadMapping);
    connect(save, &QPushButton::clicked, this, &TableImportDialog::chooseSaveMapping);

    auto *middle = new QHBoxLayout;
    m_columns = new QTableWidget(0, 3);
    m_columns->setObjectName(QStringLiteral("tableColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Becomes")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    middle->addWidget(m_columns, 3);

    auto *options = new QGroupBox(tr("How the cells read"));
    auto *form = new QFormLayout(options);
    m_numbers = new QComboBox;
    m_numbers->setObjectName(QStringLiteral("numberStyle"));
    m_numbers->addItem(tr("Automatic"), int(NumberStyle::Auto));
    m_numbers->addItem(tr("German (1.234,5)"), int(NumberStyle::German));
    m_numbers->addItem(tr("English (1,234.5)"), int(NumberStyle::English));
    form->addRow(tr("&Numbers:"), m_numbers);
    m_dates = new QComboBox;
    m_dates->setObjectName(QStringLiteral("dateStyle"));
    m_dates->addItem(tr("Automatic"), int(DateStyle::Auto));
    m_dates->addItem(tr("Day first (31.12.2025, 03/04 = 3 April)"), int(DateStyle::DayFirst));
    m_dates->addItem(tr("Month first (12/31/2025, 03/04 = March 4)"), int(DateStyle::MonthFirst));
    form->addRow(tr("&Dates:"), m_dates);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("linkKind"));
    for (const LinkKind kind : allLinkKinds())
        m_kind->addItem(DisplayText::linkKind(kind), int(kind));
    form->addRow(tr("Each row is a &link of kind:"), m_kind);
    m_currency = new QLineEdit;
    m_currency->setObjectName(QStringLiteral("defaultCurrency"));
    m_currency->setPlaceholderText(tr("e.g. EUR or USD"));
    m_currency->setMaxLength(3);
    form->addRow(tr("C&urrency when no column says:"), m_currency);
    middle->addWidget(options, 2);
    layout->addLayout(middle, 3);

    auto *previewLabel = new QLabel(tr("What the first rows become:"));
    layout->addWidget(previewLabel);
    m_previewTable = new QTableWidget(0, PreviewColumns);
    m_previewTable->setObjectName(QStringLiteral("tablePreview"));
    m_previewTable->setHorizontalHeaderLabels({tr("Row"), tr("Seller → buyer"), tr("Product"), tr("Quantity"), tr("Value"),
                                               tr("Date"), tr("From → to"), tr("Site"), tr("Problems")});
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_previewTable, 2);
    m_previewNote = new QLabel;
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_previewNote);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0)
            return;
        m_reader->selectSheet(m_sheet->itemText(index));
        readHeader();
        TableMapping guessed = TableMapping::guess(m_reader->hasHeader() ? m_header : QStringList());
        TableMapping current = mapping();
        guessed.numbers = current.numbers;
        guessed.dates = current.dates;
        guessed.linkKind = current.linkKind;
        guessed.currency = current.currency;
        fillColumns(guessed);
    });
    connect(m_hasHeader, &QCheckBox::toggled, this, [this](bool header) {
        if (m_filling)
            return;
        // The fields stay with their columns; only how the columns are named changes.
        QList<TableField> fields;
        for (int i = 0; i < m_fieldBoxes.size(); ++i)
            fields.append(field(i));
        TableMapping current = mapping();
        m_reader->setHasHeader(header);
        readHeader();
        if (header && std::all_of(fields.cbegin(), fields.cend(), [](TableField f) { return f == TableField::Ignore; }))
            current.columns = TableMapping::guess(m_header).columns;
        else {
            current.columns.clear();
            for (int i = 0; i < m_header.size(); ++i)
                current.columns.append({QString(), i, fields.value(i, TableField::Ignore)});
        }
        current.header = header;
        fillColumns(current);
    });
    for (QComboBox *box : {m_numbers, m_dates, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                updatePreview();
        });
    connect(m_currency, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            updatePreview();
    });
}

void TableImportDialog::buildReadingPage(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    m_readLabel = new QLabel;
    m_readLabel->setObjectName(QStringLiteral("readingLabel"));
    m_readLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_readLabel);
    m_readProgress = new QProgressBar;
    m_readProgress->setRange(0, 0); // how many rows there are is known only at the end
    layout->addWidget(m_readProgress);
    m_stop = new QPushButton(tr("&Stop Reading"));
    m_stop->setObjectName(QStringLiteral("stopReading"));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_stop);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_stop, &QPushButton::clicked, this, &TableImportDialog::stopReading);
}

void TableImportDialog::buildReviewPage(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *proposalsLabel = new QLabel(tr("Names that resemble another one. Tick those that are the same party; the "
                                         "others become parties of their own. Nothing is merged unless you tick it."));
    proposalsLabel->setWordWrap(true);
    layout->addWidget(proposalsLabel);
    m_proposals = new QTreeWidget;
    m_proposals->setObjectName(QStringLiteral("matchProposals"));
    m_proposals->setHeaderLabels({tr("Same party"), tr("Name in the table"), tr("Resembles"), tr("Score"), tr("Why")});
    m_proposals->setRootIsDecorated(false);
    m_proposals->setSelectionMode(QAbstractItemView::NoSelection);
    m_proposals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_proposals->header()->setStretchLastSection(true);
    layout->addWidget(m_proposals, 2);
    connect(m_proposals, &QTreeWidget::itemChanged, this, [this] { m_summary->setText(summaryText()); });

    auto *exactLabel = new QLabel(tr("Names that are parties of the case already (the same name once legal forms, "
                                     "case and punctuation are set aside) — their rows join those parties:"));
    exactLabel->setWordWrap(true);
    layout->addWidget(exactLabel);
    m_exact = new QTreeWidget;
    m_exact->setObjectName(QStringLiteral("exactMatches"));
    m_exact->setHeaderLabels({tr("Name in the table"), tr("Party of the case")});
    m_exact->setRootIsDecorated(false);
    m_exact->setSelectionMode(QAbstractItemView::NoSelection);
    m_exact->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_exact, 1);
}

void TableImportDialog::showPage(int page)
{
    m_pages->setCurrentIndex(page);
    m_back->setVisible(page == ReviewPage);
    m_next->setVisible(page == MappingPage);
    m_import->setVisible(page == ReviewPage);
    m_import->setEnabled(page == ReviewPage && m_plan.has_value());
    m_next->setEnabled(page == MappingPage && m_blocker.isEmpty());
    if (page == MappingPage)
        m_next->setDefault(true);
    else if (page == ReviewPage)
        m_import->setDefault(true);
}

void TableImportDialog::readHeader()
{
    m_header.clear();
    m_samples.clear();
    m_headerError.clear();
    int width = 0;
    bool first = true;
    const bool header = m_reader->hasHeader();
    QStringList firstRow;
    try {
        m_reader->readRows([&](const TableRow &row) {
            width = qMax(width, int(row.cells.size()));
            if (std::exchange(first, false)) {
                firstRow = row.cells;
                if (header)
                    return true;
            }
            m_samples.append(row.cells);
            return m_samples.size() < kSampleRows;
        });
    } catch (const CaseError &error) {
        m_headerError = error.message(); // a damaged sheet: said instead of the preview
    }
    for (int i = 0; i < width; ++i)
        m_header.append(header ? firstRow.value(i) : TableReader::columnLetter(i));
}

void TableImportDialog::fillColumns(const TableMapping &mapping)
{
    m_filling = true;
    if (!mapping.sheet.isEmpty() && m_sheet->findText(mapping.sheet) >= 0 && m_sheet->currentText() != mapping.sheet) {
        m_sheet->setCurrentIndex(m_sheet->findText(mapping.sheet));
        m_reader->selectSheet(mapping.sheet);
        readHeader();
    }
    if (mapping.header && *mapping.header != m_reader->hasHeader()) {
        m_reader->setHasHeader(*mapping.header);
        readHeader();
    }
    m_hasHeader->setChecked(m_reader->hasHeader());
    m_found->setText(tr("%1: %2").arg(QFileInfo(m_path).fileName(), m_reader->description()));

    // Which field each column gets: by its name in the header row, else by its position.
    const bool header = m_reader->hasHeader();
    QList<TableField> fields(m_header.size(), TableField::Ignore);
    for (const ColumnMapping &c : mapping.columns) {
        int column = -1;
        if (!c.header.isEmpty() && header) {
            column = int(m_header.indexOf(c.header));
            for (int i = 0; i < m_header.size() && column < 0; ++i)
                if (m_header.at(i).simplified().compare(c.header.simplified(), Qt::CaseInsensitive) == 0)
                    column = i;
        } else if (c.header.isEmpty())
            column = c.index;
        if (column >= 0 && column < fields.size())
            fields[column] = c.field;
    }

    // The view deletes replaced cell widgets later (from the event loop); until then they must not show.
    for (QComboBox *old : std::as_const(m_fieldBoxes))
        old->hide();
    m_fieldBoxes.clear();
    m_columns->setRowCount(int(m_header.size()));
    for (int i = 0; i < m_header.size(); ++i) {
        const QString name = header && !m_header.at(i).isEmpty()
            ? tr("%1 (%2)").arg(m_header.at(i), TableReader::columnLetter(i))
            : TableReader::columnLetter(i);
        m_columns->setItem(i, 0, new QTableWidgetItem(name));
        QStringList samples;
        for (const QStringList &row : std::as_const(m_samples))
            if (!row.value(i).trimmed().isEmpty())
                samples.append(messageExcerpt(row.value(i).simplified(), 40));
        auto *sampleItem = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        sampleItem->setToolTip(samples.join(QLatin1Char('\n')));
        m_columns->setItem(i, 1, sampleItem);
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("field%1").arg(i));
        for (const TableField f : allTableFields())
            box->addItem(fieldLabel(f), int(f));
        box->setCurrentIndex(box->findData(int(fields.at(i))));
        m_columns->setCellWidget(i, 2, box);
        m_fieldBoxes.append(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                updatePreview();
        });
    }
    // Cell widgets of rows below the fold are placed once the view lays itself out again.
    m_columns->resizeRowsToContents();
    m_columns->scrollToTop();
    QTimer::singleShot(0, m_columns, [table = m_columns] { table->doItemsLayout(); });
    m_numbers->setCurrentIndex(m_numbers->findData(int(mapping.numbers)));
    m_dates->setCurrentIndex(m_dates->findData(int(mapping.dates)));
    m_kind->setCurrentIndex(m_kind->findData(int(mapping.linkKind)));
    m_currency->setText(mapping.currency);
    m_filling = false;
    updatePreview();
}

TableField TableImportDialog::field(int column) const
{
    const QComboBox *box = m_fieldBoxes.value(column);
    return box ? TableField(box->currentData().toInt()) : TableField::Ignore;
}

void TableImportDialog::setField(int column, TableField field)
{
    if (QComboBox *box = m_fieldBoxes.value(column))
        box->setCurrentIndex(box->findData(int(field)));
}

TableMapping TableImportDialog::mapping() const
{
    TableMapping m;
    m.sheet = m_reader->sheet(); // empty for a CSV file
    m.header = m_reader->hasHeader();
    const bool header = m_reader->hasHeader();
    for (int i = 0; i < m_fieldBoxes.size(); ++i) {
        const TableField f = field(i);
        if (f == TableField::Ignore)
            continue;
        // By name when the name is there and says which column it is; else by position.
        const QString name = header ? m_header.value(i) : QString();
        if (!name.isEmpty() && m_header.count(name) == 1)
            m.columns.append({name, -1, f});
        else
            m.columns.append({QString(), i, f});
    }
    m.numbers = NumberStyle(m_numbers->currentData().toInt());
    m.dates = DateStyle(m_dates->currentData().toInt());
    m.linkKind = LinkKind(m_kind->currentData().toInt());
    m.currency = m_currency->text().trimmed().toUpper();
    return m;
}

void TableImportDialog::setMapping(const TableMapping &mapping)
{
    fillColumns(mapping);
}

void TableImportDialog::updatePreview()
{
    m_plan.reset();
    m_readError.clear();
    const TableMapping m = mapping();
    QStringList missing;
    for (const TableField needed : {TableField::Seller, TableField::Buyer})
        if (std::none_of(m.columns.cbegin(), m.columns.cend(), [&](const ColumnMapping &c) { return c.field == needed; }))
            missing.append(fieldLabel(needed).toLower());
    m_preview.clear();
    m_blocker.clear();
    if (!m_headerError.isEmpty()) {
        m_blocker = m_headerError;
    } else if (!missing.isEmpty()) {
        m_blocker = missing.size() == 2
            ? tr("Choose the columns that hold the seller and the buyer: every row becomes a link from the one to the other.")
            : missing.first() == fieldLabel(TableField::Seller).toLower()
            ? tr("Choose the column that holds the seller: every row becomes a link from the seller to the buyer.")
            : tr("Choose the column that holds the buyer: every row becomes a link from the seller to the buyer.");
    } else if (!m.currency.isEmpty() && (m.currency.size() != 3 || !std::all_of(m.currency.cbegin(), m.currency.cend(), [](QChar c) {
                                             return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
                                         }))) {
        m_blocker = tr("\"%1\" is not a currency code; write three letters such as EUR or USD, or leave it empty.").arg(m.currency);
    } else {
        try {
            m_preview = chiptrail::previewTable(*m_reader, m, kPreviewRows);
        } catch (const CaseError &error) {
            m_blocker = error.message(); // two columns for one field, …
        }
    }

    m_previewTable->setRowCount(int(m_preview.size()));
    const QLocale locale;
    int problemRows = 0;
    QString firstProblem;
    for (int r = 0; r < m_preview.size(); ++r) {
        const TablePreviewRow &p = m_preview.at(r);
        const TableRowValues &v = p.values;
        QString value;
        if (v.value)
            value = DisplayText::number(*v.value);
        if (!v.currency.isEmpty())
            value = value.isEmpty() ? QString() : tr("%1 %2").arg(value, v.currency);
        QString route;
        if (!v.shipFrom.isEmpty() || !v.shipTo.isEmpty())
            route = tr("%1 → %2").arg(v.shipFrom.isEmpty() ? QStringLiteral("?") : v.shipFrom,
                                      v.shipTo.isEmpty() ? QStringLiteral("?") : v.shipTo);
        const QStringList texts = {
            locale.toString(v.row),
            tr("%1 → %2").arg(v.seller.isEmpty() ? QStringLiteral("?") : v.seller, v.buyer.isEmpty() ? QStringLiteral("?") : v.buyer),
            v.product,
            v.quantity ? locale.toString(*v.quantity) : QString(),
            value,
            !v.date.isNull() ? DisplayText::date(v.date) : QString(),
            route,
            v.site,
            p.problems.join(QLatin1Char('\n')),
        };
        for (int c = 0; c < PreviewColumns; ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            if (c == RowColumn || c == QuantityColumn || c == ValueColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!p.problems.isEmpty()) {
                item->setBackground(problemColour());
                item->setForeground(QColor(Qt::black));
                item->setToolTip(p.problems.join(QLatin1Char('\n')));
            }
            m_previewTable->setItem(r, c, item);
        }
        if (!p.problems.isEmpty()) {
            if (problemRows == 0)
                firstProblem = p.problems.first();
            ++problemRows;
        }
    }
    m_previewTable->resizeColumnsToContents();
    if (!m_blocker.isEmpty())
        m_previewNote->clear();
    else if (problemRows > 0)
        m_previewNote->setText(tr("%n of these rows cannot be read as they are: %1. Fix the file or choose another "
                                  "column or style; the import takes every row or none.", nullptr, problemRows)
                                   .arg(firstProblem));
    else
        m_previewNote->setText(m_preview.isEmpty() ? tr("The table has no data rows.")
                                                   : tr("The first %n row(s) read without problems.", nullptr, int(m_preview.size())));
    m_previewNote->setStyleSheet(problemRows > 0 ? QStringLiteral("color: #a00000;") : QString());
    m_status->setText(m_blocker);
    m_status->setStyleSheet(m_blocker.isEmpty() ? QString() : QStringLiteral("color: #a00000;"));
    showPage(MappingPage);
    Q_EMIT previewUpdated();
}

QString TableImportDialog::loadMapping(const QString &path)
{
    try {
        TableMapping loaded = TableMapping::load(path);
        if (!loaded.sheet.isEmpty() && !m_reader->sheetNames().contains(loaded.sheet))
            return tr("%1: the mapping is for the sheet \"%2\", which %3 does not have")
                .arg(QFileInfo(path).fileName(), loaded.sheet, QFileInfo(m_path).fileName());
        fillColumns(loaded);
        // Columns the table does not have are named, not dropped in silence.
        QStringList absent;
        for (const ColumnMapping &c : std::as_const(loaded.columns))
            if (c.field != TableField::Ignore && !c.header.isEmpty() && m_reader->hasHeader()
                && std::none_of(m_header.cbegin(), m_header.cend(),
                                [&](const QString &h) { return h.simplified().compare(c.header.simplified(), Qt::CaseInsensitive) == 0; }))
                absent.append(tr("%1 (for %2)").arg(c.header, fieldLabel(c.field)));
        if (!absent.isEmpty())
            return tr("%1: the table has no column %2; choose those fields by hand")
                .arg(QFileInfo(path).fileName(), absent.join(QStringLiteral(", ")));
        return {};
    } catch (const CaseError &error) {
        return error.message();
    }
}

QString TableImportDialog::saveMapping(const QString &path)
{
    try {
        mapping().save(path);
        return {};
    } catch (const CaseError &error) {
        return error.message();
    }
}

void TableImportDialog::chooseLoadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), QFileInfo(m_path).absolutePath(),
                                                      tr("Table mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString problem = loadMapping(path);
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        m_status->setStyleSheet(QStringLiteral("color: #a00000;"));
    }
}

void TableImportDialog::chooseSaveMapping()
{
    const QString suggested = QFileInfo(m_path).absoluteDir().filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral("-mapping.json"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"), suggested, tr("Table mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    const QString problem = saveMapping(path);
    m_status->setText(problem.isEmpty() ? tr("Saved the mapping as %1.").arg(QDir::toNativeSeparators(path)) : problem);
    m_status->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #a00000;"));
}

void TableImportDialog::readTable()
{
    if (!m_blocker.isEmpty() || isReading())
        return;
    const TableMapping m = mapping();
    const QString path = m_path;
    const CaseData existing = m_session->document()->data(); // a copy: the worker reads it while the case may change
    const RuleBook *book = m_session->document()->ruleBook();
    const NameFoldingData folding = book ? book->folding : NameFoldingData{};
    auto rows = std::make_shared<std::atomic<qint64>>(0);
    m_readError.clear();
    m_plan.reset();
    m_readLabel->setText(tr("Reading %1 …").arg(QFileInfo(path).fileName()));
    showPage(ReadingPage);
    auto *ticker = new QTimer(m_readLabel);
    connect(ticker, &QTimer::timeout, m_readLabel, [this, rows, path] {
        m_readLabel->setText(tr("Reading %1: %2 rows so far …").arg(QFileInfo(path).fileName(), QLocale().toString(rows->load())));
    });
    connect(&m_jobs, &JobTracker::runningChanged, ticker, [ticker](bool running) {
        if (!running)
            ticker->deleteLater();
    });
    ticker->start(200);
    m_jobs.start([this, m, path, existing, folding, rows](const JobTracker::StopFlag &stop) -> JobTracker::Delivery {
        auto plan = std::make_shared<TableImportPlan>();
        QString error;
        bool cancelled = false;
        try {
            // A reader of its own: the dialog's reader stays on the GUI thread for the preview.
            const auto reader = TableReader::open(path);
            *plan = planTableImport(*reader, m, existing, folding, [rows, stop](qint64 done) {
                rows->store(done);
                return !stop->load();
            });
        } catch (const TableImportCancelled &) {
            cancelled = true;
        } catch (const CaseError &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = tr("%1: the table could not be read (%2)").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(e.what()));
        }
        return [this, plan, error, cancelled] {
            if (cancelled) {
                showPage(MappingPage);
                return;
            }
            if (!error.isEmpty()) {
                m_readError = error;
                m_status->setText(tr("Nothing was imported. %1").arg(error));
                m_status->setStyleSheet(QStringLiteral("color: #a00000;"));
                showPage(MappingPage);
                Q_EMIT readFailed(error);
                return;
            }
            plan->accept(AcceptMatches::Exact); // proposals stay unticked until the user ticks them
            m_plan = *plan;
            showReview();
            Q_EMIT planReady();
        };
    });
}

void TableImportDialog::stopReading()
{
    m_jobs.cancel();
    showPage(MappingPage);
}

void TableImportDialog::reject()
{
    m_jobs.cancel();
    QDialog::reject();
}

void TableImportDialog::showReview()
{
    const TableImportPlan &plan = *m_plan;
    const CaseData &data = m_session->document()->data();
    auto partyName = [&](PartyId id) {
        for (const Party &p : data.parties)
            if (p.id == id)
                return p.name;
        return QString();
    };
    m_proposals->blockSignals(true);
    m_proposals->clear();
    for (int i = 0; i < plan.proposals.size(); ++i) {
        const MatchProposal &p = plan.proposals.at(i);
        auto *item = new QTreeWidgetItem(m_proposals);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, p.accepted ? Qt::Checked : Qt::Unchecked);
        item->setText(1, plan.names.at(p.name));
        item->setText(2, p.existing.isValid() ? tr("%1 (in the case)").arg(p.candidate) : tr("%1 (in the table)").arg(p.candidate));
        item->setText(3, QLocale().toString(p.score, 'f', 2));
        item->setText(4, p.reasons.join(QStringLiteral("; ")));
        item->setToolTip(4, p.reasons.join(QLatin1Char('\n')));
        item->setData(0, Qt::UserRole, i);
    }
    m_proposals->blockSignals(false);
    m_proposals->setCurrentIndex({}); // no row looks chosen before the user chooses
    m_exact->clear();
    for (int i = 0; i < plan.names.size(); ++i)
        if (plan.exactParties.value(i))
            new QTreeWidgetItem(m_exact, {plan.names.at(i), partyName(*plan.exactParties.at(i))});
    m_summary->setText(summaryText());
    showPage(ReviewPage);
}

TableImportPlan TableImportDialog::plan() const
{
    if (!m_plan)
        return {};
    TableImportPlan plan = *m_plan;
    for (int i = 0; i < m_proposals->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_proposals->topLevelItem(i);
        const int index = item->data(0, Qt::UserRole).toInt();
        if (index >= 0 && index < plan.proposals.size())
            plan.proposals[index].accepted = item->checkState(0) == Qt::Checked;
    }
    return plan;
}

int TableImportDialog::proposalCount() const { return m_plan ? int(m_plan->proposals.size()) : 0; }

void TableImportDialog::setProposalAccepted(int proposal, bool accepted)
{
    for (int i = 0; i < m_proposals->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_proposals->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() == proposal)
            item->setCheckState(0, accepted ? Qt::Checked : Qt::Unchecked);
    }
}

QString TableImportDialog::summaryText() const
{
    if (!m_plan)
        return {};
    const TablePlanCounts c = counts();
    const QLocale locale;
    QStringList lines;
    lines << tr("%n row(s) become as many links (%1).", nullptr, int(qMin<qint64>(c.rows, INT_MAX)))
                 .arg(DisplayText::linkKind(mapping().linkKind));
    lines << tr("Parties: %1 new, %2 of the case.").arg(locale.toString(c.partiesCreated), locale.toString(c.partiesReused));
    lines << tr("Products: %1 new, %2 of the case.").arg(locale.toString(c.productsCreated), locale.toString(c.productsReused));
    lines << tr("Sites: %1 new, %2 of the case.").arg(locale.toString(c.sitesCreated), locale.toString(c.sitesReused));
    lines << tr("The import is one step: Edit → Undo takes all of it back.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace chiptrail::gui
