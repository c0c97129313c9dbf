// SPDX-License-Identifier: GPL-3.0-or-later
// View → "Panels Follow the As-of Date": off, the outline, the notes panels and search ignore the
// as-of date; on, they mark what lies after it (a sale not yet made, a note from a later source, a
// search hit from it) without hiding it, repaint only the rows whose mark changed, and the choice
// outlives the window.
#include "casesession.h"
#include "mainwindow.h"
#include "panels/caseoutlinemodel.h"
#include "panels/charts/timelineslider.h"
#include "panels/notecard.h"
#include "panels/notesdocks.h"
#include "panels/notespanel.h"
#include "panels/panelsasof.h"
#include "panels/searchpanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

template <typename T>
qint64 idOfKey(const QList<T> &records, const QString &key)
{
    for (const auto &r : records)
        if (r.key == key)
            return r.id.value;
    return 0;
}

struct Fixture
{
    CaseSession session;
    MainWindow window{&session};

    Fixture() { session.openSample(); }
    CaseStore *store() const { return session.store(); }
    QAbstractItemModel *outline() const { return window.outlineView()->model(); }
    QAction *toggle() const { return window.panelsAsOf()->toggleAction(); }
    void setAsOf(const QDate &date) { window.timelineSlider()->setAsOf(date); }
    QModelIndex linkRow(const QString &key) const
    {
        const qint64 id = idOfKey(store()->links(), key);
        return static_cast<CaseOutlineModel *>(outline())->indexOf({OutlineSubject::Kind::Link, id});
    }
    NoteCard *germanCard(const QString &noteKey) const
    {
        for (NoteCard *card : window.notesDocks()->germanPanel()->cards())
            if (!card->isPlaceholder() && card->property("noteKey").toString() == noteKey)
                return card;
        return nullptr;
    }
    QTreeWidgetItem *searchHit(SearchHit::Kind kind, qint64 id) const
    {
        QTreeWidget *tree = window.notesDocks()->searchPanel()->hitTree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
                if (item->data(0, Qt::UserRole + 1).toInt() == int(kind) && item->data(0, Qt::UserRole + 2).toLongLong() == id)
                    return item;
            }
        return nullptr;
    }
};

const QDate beforeTheSale(2025, 9, 1); // the Aivres → Indosat sale is dated October 2025

} // namespace

class TestAsOf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void offByDefaultAndThenNothingIsMarked()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.outline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(f.toggle()->isCheckable());
        QVERIFY(!f.toggle()->isChecked());
        QSignalSpy repaints(f.outline(), &QAbstractItemModel::dataChanged);
        f.setAsOf(beforeTheSale);
        QCOMPARE(repaints.count(), 0);
        const QModelIndex sale = f.linkRow(QStringLiteral("aivres-indosat-gb200"));
        QVERIFY(sale.isValid());
        QVERIFY(!sale.data(CaseOutlineModel::LaterRole).toBool());
        QVERIFY(!sale.data().toString().contains(QLatin1String("not yet")));

        const qint64 order = idOfKey(f.store()->links(), QStringLiteral("nvidia-alibaba-h200"));
        f.window.selectSubject({OutlineSubject::Kind::Link, order});
        NoteCard *card = f.germanCard(QStringLiteral("n004-order"));
        QVERIFY(card);
        QVERIFY(!card->isLater());
        QVERIFY(card->findChild<QLabel *>(QStringLiteral("laterLabel"))->isHidden());

        SearchPanel *search = f.window.notesDocks()->searchPanel();
        search->search(QStringLiteral("Alibaba"));
        QTreeWidgetItem *hit = f.searchHit(SearchHit::Kind::Note, idOfKey(f.store()->notes(), QStringLiteral("n004-order")));
        QVERIFY(hit);
        QVERIFY(!hit->data(0, SearchPanel::LaterRole).toBool());
        QVERIFY(!search->onlyUpToAsOfBox()->isEnabled());
    }

    void onTheOutlineNotesAndSearchMarkWhatIsLater()
    {
        Fixture f;
        QAbstractItemModelTester tester(f.outline(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 order = idOfKey(f.store()->links(), QStringLiteral("nvidia-alibaba-h200"));
        f.window.selectSubject({OutlineSubject::Kind::Link, order});
        SearchPanel *search = f.window.notesDocks()->searchPanel();
        search->search(QStringLiteral("Alibaba"));
        const qint64 orderNote = idOfKey(f.store()->notes(), QStringLiteral("n004-order"));
        QVERIFY(f.searchHit(SearchHit::Kind::Note, orderNote));
        f.setAsOf(beforeTheSale);

        QSignalSpy resets(f.outline(), &QAbstractItemModel::modelReset);
        QSignalSpy repaints(f.outline(), &QAbstractItemModel::dataChanged);
        f.toggle()->setChecked(true);
        QCOMPARE(resets.count(), 0);
        // Only dated rows after September 2025 repaint: the two October links, the two December
        // orders and the source of 10 December; not the undated rest.
        QCOMPARE(repaints.count(), 5);

        const QModelIndex sale = f.linkRow(QStringLiteral("aivres-indosat-gb200"));
        QVERIFY(sale.data(CaseOutlineModel::LaterRole).toBool());
        QVERIFY2(sale.data().toString().endsWith(QLatin1String("(not yet)")), qPrintable(sale.data().toString()));
        QVERIFY(sale.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(sale.data(Qt::ForegroundRole).isValid());
        const QModelIndex undated = f.linkRow(QStringLiteral("nvidia-aivres-b200"));
        QVERIFY(!undated.data(CaseOutlineModel::LaterRole).toBool()); // nothing says it had not happened

        NoteCard *card = f.germanCard(QStringLiteral("n004-order"));
        QVERIFY(card);
        QVERIFY(card->isLater());
        QVERIFY(!card->findChild<QLabel *>(QStringLiteral("laterLabel"))->isHidden());
        // A note from an undated source is not marked.
        for (NoteCard *other : f.window.notesDocks()->germanPanel()->cards())
            if (!other->isPlaceholder() && !other->property("noteKey").toString().startsWith(QLatin1String("n004")))
                QVERIFY(!other->isLater());

        QTreeWidgetItem *hit = f.searchHit(SearchHit::Kind::Note, orderNote);
        QVERIFY(hit); // the search did not run again: the same row, now marked
        QVERIFY(hit->data(0, SearchPanel::LaterRole).toBool());
        QVERIFY(hit->data(0, Qt::UserRole + 3).toString().contains(QLatin1String("published after the as-of date")));
        QVERIFY(!hit->isHidden());
        // "Only up to the as-of date" leaves it out, and says so.
        QVERIFY(search->onlyUpToAsOfBox()->isEnabled());
        search->onlyUpToAsOfBox()->setChecked(true);
        QVERIFY(hit->isHidden());
        search->onlyUpToAsOfBox()->setChecked(false);
        QVERIFY(!hit->isHidden());

        // A later as-of date: the October rows lose their mark, the December ones keep it.
        repaints.clear();
        f.setAsOf(QDate(2025, 11, 1));
        QCOMPARE(repaints.count(), 2);
        QVERIFY(!sale.data(CaseOutlineModel::LaterRole).toBool());
        QVERIFY(f.linkRow(QStringLiteral("nvidia-alibaba-h200")).data(CaseOutlineModel::LaterRole).toBool());
        QVERIFY(card->isLater());

        // Off again: every mark goes, nothing was reset.
        f.toggle()->setChecked(false);
        QVERIFY(!f.linkRow(QStringLiteral("nvidia-alibaba-h200")).data(CaseOutlineModel::LaterRole).toBool());
        QVERIFY(!card->isLater());
        QVERIFY(!hit->data(0, SearchPanel::LaterRole).toBool());
        QCOMPARE(resets.count(), 0);
    }

    void theToggleIsRemembered()
    {
        {
            Fixture f;
            f.toggle()->setChecked(true);
        }
        Fixture again;
        QVERIFY(again.toggle()->isChecked());
        // And a window that starts with it on marks as soon as the date is set.
        again.setAsOf(beforeTheSale);
        QVERIFY(again.linkRow(QStringLiteral("aivres-indosat-gb200")).data(CaseOutlineModel::LaterRole).toBool());
        again.toggle()->setChecked(false);
        Fixture third;
        QVERIFY(!third.toggle()->isChecked());
    }
};

QTEST_MAIN(TestAsOf)
#include "test_asof.moc"
