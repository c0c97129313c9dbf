// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import Table in the window: the dialog guesses which column holds what from a German or
// English header, previews what the first rows become (German numbers and dates read), names a bad
// cell by row and column, reads the table off the GUI thread, lists near matches for the user to
// tick, and writes the rows as one undo step the views hear of; Cancel leaves the case unchanged.
#include "casesession.h"
#include "commands/tableimportcommand.h"
#include "dialogs/tableimportdialog.h"
#include "document/casedelta.h"
#include "document/casedocument.h"
#include "interchange/tableimportactions.h"
#include "interchange/xlsxwriter.h"
#include "canvas/chainscene.h"
#include "mainwindow.h"
#include "model/displaytext.h"
#include "store/casestore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// As a German newsroom's spreadsheet program saves it: semicolons, Windows-1252, "1.234,5", "31.12.2025".
const QByteArray germanCsv = QByteArray(
    "Verk\xe4ufer;K\xe4ufer;Produkt;Menge;Wert;Datum\r\n"
    "NVIDIA Corporation;Aivres Systems Inc.;GB200 NVL72;32;1.234,5;31.12.2025\r\n"
    "Aivres Systems Inc.;Indosat Ooredoo Hutchison;GB200 NVL72;1.200;2.000.000,00;15.01.2026\r\n"
    "Inspur;INF Tech;H100;8;;2025\r\n"
    "INF Tech;Bitdeer Technologies;H100;4;10.000;M\xe4rz 2026\r\n");

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

PartyId partyNamed(const CaseData &data, const QString &name)
{
    for (const Party &p : data.parties)
        if (p.name == name)
            return p.id;
    return {};
}

int columnOf(const TableImportDialog &dialog, const QString &name)
{
    return int(dialog.columnNames().indexOf(name));
}

// The dialog reads the table in the background; this waits for the review page or the error.
bool readAll(TableImportDialog &dialog)
{
    QSignalSpy ready(&dialog, &TableImportDialog::planReady);
    QSignalSpy failed(&dialog, &TableImportDialog::readFailed);
    dialog.readTable();
    return QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 30000) && ready.count() == 1;
}

} // namespace

class TestTableGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuEntryFollowsTheOtherImports()
    {
        CaseSession session;
        session.openSample();
        MainWindow window(&session);
        auto *table = window.findChild<QAction *>(QStringLiteral("importTable"));
        auto *ftm = window.findChild<QAction *>(QStringLiteral("importFtm"));
        QVERIFY(table && ftm);
        QVERIFY(table->isEnabled());
        QMenu *file = window.menuBar()->actions().first()->menu();
        const QList<QAction *> entries = file->actions();
        QCOMPARE(entries.indexOf(table), entries.indexOf(ftm) + 1);
    }

    void germanCsvGuessPreviewImportUndoRedo()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("lieferungen.csv"), germanCsv);
        CaseSession session;
        session.openSample();
        QWidget window;
        TableImportActions actions(&session, &window);
        const CaseData before = session.store()->load();
        const int steps = session.undoStack()->count();

        TableImportDialog *dialog = actions.openDialog(path);
        QVERIFY(dialog);
        auto *found = dialog->findChild<QLabel *>(QStringLiteral("tableFound"));
        QVERIFY2(found->text().contains(QStringLiteral("separated by ;")), qPrintable(found->text()));
        QVERIFY(found->text().contains(QStringLiteral("Windows-1252")));
        QCOMPARE(dialog->columnNames(), (QStringList{QStringLiteral("Verkäufer"), QStringLiteral("Käufer"), QStringLiteral("Produkt"),
                                                      QStringLiteral("Menge"), QStringLiteral("Wert"), QStringLiteral("Datum")}));
        // Guessed from the German header.
        QCOMPARE(dialog->field(0), TableField::Seller);
        QCOMPARE(dialog->field(1), TableField::Buyer);
        QCOMPARE(dialog->field(2), TableField::Product);
        QCOMPARE(dialog->field(3), TableField::Quantity);
        QCOMPARE(dialog->field(4), TableField::Value);
        QCOMPARE(dialog->field(5), TableField::Date);

        // German number style: the preview reads "1.234,5" and "1.200" and the German dates.
        auto *numbers = dialog->findChild<QComboBox *>(QStringLiteral("numberStyle"));
        numbers->setCurrentIndex(numbers->findData(int(NumberStyle::German)));
        auto *currency = dialog->findChild<QLineEdit *>(QStringLiteral("defaultCurrency"));
        currency->setText(QStringLiteral("eur"));
        QCOMPARE(dialog->mapping().numbers, NumberStyle::German);
        QCOMPARE(dialog->mapping().currency, QStringLiteral("EUR"));
        QVERIFY2(dialog->blocker().isEmpty(), qPrintable(dialog->blocker()));
        const QList<TablePreviewRow> &rows = dialog->previewRows();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).values.seller, QStringLiteral("NVIDIA Corporation"));
        QCOMPARE(rows.at(0).values.quantity, 32);
        QCOMPARE(rows.at(0).values.value, 1234.5);
        QCOMPARE(rows.at(0).values.date.toIso(), QStringLiteral("2025-12-31"));
        QCOMPARE(rows.at(1).values.quantity, 1200);
        QCOMPARE(rows.at(1).values.value, 2000000.0);
        QCOMPARE(rows.at(3).values.date.toIso(), QStringLiteral("2026-03"));
        for (const TablePreviewRow &row : rows)
            QVERIFY2(row.problems.isEmpty(), qPrintable(row.problems.join(QLatin1Char('\n'))));
        // What the user sees in the preview table.
        QTableWidget *preview = dialog->previewTable();
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("NVIDIA Corporation → Aivres Systems Inc."));
        QCOMPARE(preview->item(0, 3)->text(), QLocale().toString(32));
        QCOMPARE(preview->item(0, 4)->text(), DisplayText::number(1234.5) + QStringLiteral(" EUR"));
        QCOMPARE(preview->item(0, 5)->text(), DisplayText::date(PartialDate::fromIso(QStringLiteral("2025-12-31")).value()));

        // Without a seller column there is no next step, and the dialog says why.
        auto *next = dialog->findChild<QPushButton *>(QStringLiteral("next"));
        QVERIFY(next->isEnabled());
        dialog->setField(0, TableField::Ignore);
        QVERIFY(!next->isEnabled());
        QVERIFY2(dialog->blocker().contains(QStringLiteral("seller")), qPrintable(dialog->blocker()));
        QVERIFY(dialog->previewRows().isEmpty());
        dialog->setField(0, TableField::Seller);
        QVERIFY(next->isEnabled());

        // Without a header row the columns are A, B, …, keep their fields, and row 1 is data:
        // "Menge" is then no number, named by row and column.
        auto *hasHeader = dialog->findChild<QCheckBox *>(QStringLiteral("hasHeader"));
        QVERIFY(hasHeader->isChecked());
        hasHeader->setChecked(false);
        QCOMPARE(dialog->columnNames().first(), QStringLiteral("A"));
        QCOMPARE(dialog->field(3), TableField::Quantity);
        QCOMPARE(dialog->mapping().header, false);
        QCOMPARE(dialog->previewRows().size(), 5);
        QCOMPARE(dialog->previewRows().first().values.seller, QStringLiteral("Verkäufer"));
        QVERIFY2(dialog->previewRows().first().problems.join(QLatin1Char(' ')).contains(QStringLiteral("row 1, column D")),
                 qPrintable(dialog->previewRows().first().problems.join(QLatin1Char(' '))));
        hasHeader->setChecked(true);
        QCOMPARE(dialog->columnNames().first(), QStringLiteral("Verkäufer"));
        QCOMPARE(dialog->field(3), TableField::Quantity);
        QCOMPARE(dialog->previewRows().size(), 4);

        // Save Mapping, change a field, Load Mapping: the saved choice comes back.
        const QString mappingPath = dir.filePath(QStringLiteral("zuordnung.json"));
        QCOMPARE(dialog->saveMapping(mappingPath), QString());
        dialog->setField(2, TableField::Note);
        numbers->setCurrentIndex(numbers->findData(int(NumberStyle::English)));
        QCOMPARE(dialog->loadMapping(mappingPath), QString());
        QCOMPARE(dialog->field(2), TableField::Product);
        QCOMPARE(dialog->mapping().numbers, NumberStyle::German);
        QCOMPARE(TableMapping::load(mappingPath), dialog->mapping());

        // Reading the whole table: the names are matched against the sample case.
        QVERIFY2(readAll(*dialog), qPrintable(dialog->readError()));
        QVERIFY(dialog->hasPlan());
        const TableImportPlan planned = dialog->plan();
        QCOMPARE(planned.rows, 4);
        // "NVIDIA Corporation" is the sample's "NVIDIA", exactly (legal forms and case aside).
        const int nvidiaName = int(planned.names.indexOf(QStringLiteral("NVIDIA Corporation")));
        QVERIFY(planned.exactParties.at(nvidiaName).has_value());
        QCOMPARE(*planned.exactParties.at(nvidiaName), partyNamed(before, QStringLiteral("NVIDIA")));
        // "Aivres Systems Inc." only resembles "Aivres": proposed, not ticked.
        int aivres = -1;
        for (int i = 0; i < planned.proposals.size(); ++i)
            if (planned.names.at(planned.proposals.at(i).name) == QLatin1String("Aivres Systems Inc."))
                aivres = i;
        QVERIFY(aivres >= 0);
        QCOMPARE(planned.proposals.at(aivres).candidate, QStringLiteral("Aivres"));
        QVERIFY(!planned.proposals.at(aivres).accepted);
        QCOMPARE(dialog->counts().partiesCreated, 2); // Aivres Systems Inc., Bitdeer Technologies
        dialog->setProposalAccepted(aivres, true);
        QVERIFY(dialog->plan().proposals.at(aivres).accepted);
        QCOMPARE(dialog->counts().partiesCreated, 1);
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("Parties: 1 new, 5 of the case")), qPrintable(dialog->summaryText()));
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Products: 2 new")));

        // Import: one undo step; the views hear of it through the document.
        QSignalSpy imported(&actions, &TableImportActions::imported);
        QSignalSpy documentChanged(session.document(), &CaseDocument::changed);
        const int fullLoads = session.document()->fullLoads();
        auto *import = dialog->findChild<QPushButton *>(QStringLiteral("import"));
        QVERIFY(import->isVisible() && import->isEnabled());
        import->click();
        QCOMPARE(imported.count(), 1);
        QCOMPARE(session.undoStack()->count(), steps + 1);
        QCOMPARE(documentChanged.count(), 1);
        // The views hear which rows were added, not "everything": nobody reads the whole case again.
        const CaseDelta delta = documentChanged.first().first().value<CaseDelta>();
        QCOMPARE(delta.links.added.size(), 4);
        QCOMPARE(delta.parties.added.size(), 1);
        QCOMPARE(session.document()->fullLoads(), fullLoads);
        const CaseData after = session.store()->load();
        QCOMPARE(after.links.size(), before.links.size() + 4);
        QCOMPARE(after.parties.size(), before.parties.size() + 1);
        QCOMPARE(session.document()->data().links.size(), after.links.size());
        QCOMPARE(session.document()->data().parties.size(), after.parties.size());
        const Link &first = after.links.at(before.links.size());
        QCOMPARE(first.from, partyNamed(before, QStringLiteral("NVIDIA")));
        QCOMPARE(first.to, partyNamed(before, QStringLiteral("Aivres"))); // the ticked proposal
        QCOMPARE(first.quantity, 32);
        QCOMPARE(first.value, 1234.5);
        QCOMPARE(first.currency, QStringLiteral("EUR"));
        QCOMPARE(first.dateFrom.toIso(), QStringLiteral("2025-12-31"));
        QCOMPARE(first.kind, LinkKind::Sale);
        QVERIFY(partyNamed(after, QStringLiteral("Bitdeer Technologies")).isValid());
        QVERIFY(!partyNamed(after, QStringLiteral("Aivres Systems Inc.")).isValid());

        // Undo takes all of it back; redo puts it back as it was.
        session.undoStack()->undo();
        QCOMPARE(session.store()->load(), before);
        QCOMPARE(session.document()->data().links.size(), before.links.size());
        session.undoStack()->redo();
        QCOMPARE(session.store()->load(), after);
        QCOMPARE(session.document()->data().parties.size(), after.parties.size());
    }

    void theCanvasShowsTheImportAndItsUndo()
    {
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("lieferungen.csv"), germanCsv);
        CaseSession session;
        session.openSample();
        MainWindow window(&session);
        auto *actions = window.findChild<TableImportActions *>();
        QVERIFY(actions);
        TableImportDialog *dialog = actions->openDialog(path);
        QVERIFY(dialog);
        QVERIFY2(readAll(*dialog), qPrintable(dialog->readError()));
        dialog->findChild<QPushButton *>(QStringLiteral("import"))->click();
        const PartyId bitdeer = partyNamed(session.document()->data(), QStringLiteral("Bitdeer Technologies"));
        QVERIFY(bitdeer.isValid());
        QVERIFY(window.chainScene()->node(bitdeer)); // a card for the new party, without reopening the case
        session.undoStack()->undo();
        QVERIFY(!window.chainScene()->node(bitdeer));
        session.undoStack()->redo();
        QVERIFY(window.chainScene()->node(bitdeer));
    }

    void badCellIsNamedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        QByteArray bad = germanCsv;
        bad.replace("2.000.000,00", "2.000.000,00 EUR?");
        const QString path = write(dir, QStringLiteral("falsch.csv"), bad);
        CaseSession session;
        session.openSample();
        QWidget window;
        TableImportActions actions(&session, &window);
        const CaseData before = session.store()->load();
        TableImportDialog *dialog = actions.openDialog(path);
        QVERIFY(dialog);
        // The preview marks the row and names row 3, column E (Wert).
        const QList<TablePreviewRow> &rows = dialog->previewRows();
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.at(0).problems.isEmpty());
        QCOMPARE(rows.at(1).problems.size(), 1);
        QVERIFY2(rows.at(1).problems.first().contains(QStringLiteral("falsch.csv, row 3, column E (Wert)")),
                 qPrintable(rows.at(1).problems.first()));
        QTableWidget *preview = dialog->previewTable();
        QCOMPARE(preview->item(1, 8)->text(), rows.at(1).problems.first());
        QVERIFY(preview->item(1, 1)->background() != preview->item(0, 1)->background());
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("previewNote"));
        QVERIFY2(note->text().contains(QStringLiteral("row 3, column E (Wert)")), qPrintable(note->text()));
        // Reading the whole table stops at the cell, says where, and writes nothing.
        QVERIFY(!readAll(*dialog));
        QVERIFY2(dialog->readError().contains(QStringLiteral("row 3, column E (Wert)")), qPrintable(dialog->readError()));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("mappingStatus"));
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(dialog->readError()));
        QVERIFY(!dialog->hasPlan());
        QCOMPARE(session.store()->load(), before);
        QCOMPARE(session.undoStack()->count(), 0);
    }

    void xlsxSheetChoiceAndEnglishHeader()
    {
        QTemporaryDir dir;
        SheetTable notes;
        notes.name = QStringLiteral("Notes");
        notes.headers = {QStringLiteral("Compiled by")};
        notes.rows = {{QStringLiteral("Investigations desk")}};
        SheetTable shipments;
        shipments.name = QStringLiteral("Shipments");
        shipments.headers = {QStringLiteral("Seller"), QStringLiteral("Buyer"), QStringLiteral("Product"), QStringLiteral("Quantity"),
                             QStringLiteral("Value"), QStringLiteral("Currency"), QStringLiteral("Date"), QStringLiteral("Ship from"),
                             QStringLiteral("Ship to"), QStringLiteral("Site")};
        shipments.rows = {
            {QStringLiteral("Nvidia Corp."), QStringLiteral("Aivres"), QStringLiteral("GB200 NVL72"), QStringLiteral("32"),
             QStringLiteral("3200000"), QStringLiteral("USD"), QStringLiteral("12/31/2025"), QStringLiteral("United States"),
             QStringLiteral("Indonesia"), QStringLiteral("Jakarta GPU hall")},
            {QStringLiteral("Aivres"), QStringLiteral("Indosat Ooredoo Hutchison"), QStringLiteral("GB200 NVL72"), QStringLiteral("32"),
             QStringLiteral(""), QStringLiteral("USD"), QStringLiteral("Jan 2026"), QStringLiteral("US"), QStringLiteral("ID"),
             QStringLiteral("Jakarta GPU hall")},
        };
        shipments.numberColumns = {3, 4};
        const QString path = write(dir, QStringLiteral("shipments.xlsx"), writeXlsx({notes, shipments}));

        CaseSession session;
        session.openSample();
        QWidget window;
        TableImportActions actions(&session, &window);
        const CaseData before = session.store()->load();
        TableImportDialog *dialog = actions.openDialog(path);
        QVERIFY(dialog);
        auto *sheet = dialog->findChild<QComboBox *>(QStringLiteral("sheet"));
        QCOMPARE(sheet->count(), 2);
        QVERIFY(!sheet->isHidden());
        QVERIFY(!dialog->blocker().isEmpty()); // the first sheet has no seller
        sheet->setCurrentIndex(1);
        QCOMPARE(dialog->mapping().sheet, QStringLiteral("Shipments"));
        QCOMPARE(dialog->field(columnOf(*dialog, QStringLiteral("Seller"))), TableField::Seller);
        QCOMPARE(dialog->field(columnOf(*dialog, QStringLiteral("Ship from"))), TableField::ShipFrom);
        QCOMPARE(dialog->field(columnOf(*dialog, QStringLiteral("Ship to"))), TableField::ShipTo);
        QCOMPARE(dialog->field(columnOf(*dialog, QStringLiteral("Site"))), TableField::Site);
        QCOMPARE(dialog->field(columnOf(*dialog, QStringLiteral("Currency"))), TableField::Currency);
        QVERIFY2(dialog->blocker().isEmpty(), qPrintable(dialog->blocker()));
        auto *dates = dialog->findChild<QComboBox *>(QStringLiteral("dateStyle"));
        dates->setCurrentIndex(dates->findData(int(DateStyle::MonthFirst)));
        const QList<TablePreviewRow> &rows = dialog->previewRows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).values.value, 3200000.0);
        QCOMPARE(rows.at(0).values.currency, QStringLiteral("USD"));
        QCOMPARE(rows.at(0).values.date.toIso(), QStringLiteral("2025-12-31"));
        QCOMPARE(rows.at(0).values.shipFrom, QStringLiteral("US"));
        QCOMPARE(rows.at(0).values.shipTo, QStringLiteral("ID"));
        QCOMPARE(dialog->previewTable()->item(0, 6)->text(), QStringLiteral("US → ID"));

        QVERIFY2(readAll(*dialog), qPrintable(dialog->readError()));
        QCOMPARE(dialog->proposalCount(), 0); // every name is a party of the sample already
        QCOMPARE(dialog->counts().partiesCreated, 0);
        QCOMPARE(dialog->counts().sitesCreated, 1);
        QVERIFY(actions.importPlan(path, dialog->mapping(), dialog->plan()));
        const CaseData after = session.store()->load();
        QCOMPARE(after.parties.size(), before.parties.size());
        QCOMPARE(after.links.size(), before.links.size() + 2);
        QCOMPARE(after.sites.size(), before.sites.size() + 1);
        QCOMPARE(after.sites.last().name, QStringLiteral("Jakarta GPU hall"));
        QCOMPARE(after.sites.last().country, QStringLiteral("ID"));
        QCOMPARE(after.links.last().site, after.sites.last().id);
        session.undoStack()->undo();
        QCOMPARE(session.store()->load(), before);
        dialog->close();
    }

    void cancelLeavesTheCaseUnchanged()
    {
        QTemporaryDir dir;
        QByteArray big = "Verk\xe4ufer;K\xe4ufer;Menge\r\n";
        for (int i = 0; i < 10000; ++i)
            big += "Inspur;Kunde " + QByteArray::number(i % 50) + ";" + QByteArray::number(i + 1) + "\r\n";
        const QString path = write(dir, QStringLiteral("viele.csv"), big);
        CaseSession session;
        session.openSample();
        QWidget window;
        TableImportActions actions(&session, &window);
        const CaseData before = session.store()->load();
        TableImportDialog *dialog = actions.openDialog(path);
        QVERIFY(dialog);

        // Stopping the read goes back to the mapping and keeps no plan.
        dialog->readTable();
        QVERIFY(dialog->isReading());
        dialog->stopReading();
        dialog->waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!dialog->hasPlan());
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("next"))->isVisible());

        QVERIFY2(readAll(*dialog), qPrintable(dialog->readError()));
        QCOMPARE(dialog->plan().rows, 10000);
        // Cancel while writing (as the progress dialog's button does, after the first rows).
        QSignalSpy cancelled(&actions, &TableImportActions::cancelled);
        qint64 seen = 0;
        connect(&actions, &TableImportActions::progress, this, [&](qint64 rows, qint64 total) {
            QCOMPARE(total, 10000);
            seen = rows;
            if (rows > 0)
                actions.cancel();
        });
        QVERIFY(!actions.importPlan(path, dialog->mapping(), dialog->plan()));
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(seen > 0 && seen < 10000);
        QCOMPARE(session.store()->load(), before);
        QCOMPARE(session.document()->data().links.size(), before.links.size());
        QCOMPARE(session.undoStack()->count(), 0);
        QVERIFY(session.store()->integrityProblems().isEmpty());

        // Without Cancel the same plan goes in whole.
        disconnect(&actions, &TableImportActions::progress, this, nullptr);
        QVERIFY(actions.importPlan(path, dialog->mapping(), dialog->plan()));
        QCOMPARE(session.store()->load().links.size(), before.links.size() + 10000);
        dialog->close();
    }
};

QTEST_MAIN(TestTableGui)
#include "test_tablegui.moc"
