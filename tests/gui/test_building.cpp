// SPDX-License-Identifier: GPL-3.0-or-later
// Building a chain by hand (issue 14): links go from the first card picked to the second, new
// cards land in their tier and country without piling up, the timeline follows the case, dates
// are typed as people write them, the canvas works from the keyboard, and chart labels speak
// proper German (typed names in the forms' boxes: test_typednames).
#include "canvas/cardkeyboard.h"
#include "canvas/chaineditor.h"
#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/countryboxitem.h"
#include "canvas/layoutcontroller.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "commands/entitycommands.h"
#include "dialogs/entitydialogs.h"
#include "document/casedocument.h"
#include "layout/placement.h"
#include "mainwindow.h"
#include "panels/charts/asofedit.h"
#include "panels/charts/chartbuilder.h"
#include "panels/charts/timelineslider.h"
#include "panels/charts/timelineticks.h"
#include "panels/rulespanel.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainterPath>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// Runs `fill` on the next modal dialog as soon as it opens; `fill` closes it.
void onNextDialog(std::function<void(QDialog *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        fill(dialog);
    });
    timer->start();
}

Party party(const QString &name, PartyRole role, const QString &country)
{
    Party p;
    p.name = name;
    p.role = role;
    p.headquartersCountry = country;
    return p;
}

PartyId idOf(const CaseSession &session, const QString &name)
{
    for (const Party &p : session.document()->data().parties)
        if (p.name == name)
            return p.id;
    return {};
}

QPoint centreOf(ChainView *view, PartyId id)
{
    return view->mapFromScene(static_cast<ChainScene *>(view->scene())->node(id)->pos());
}

QString overlapReport(const ChainScene &scene)
{
    QStringList problems;
    const QList<PartyNodeItem *> cards = [&scene] {
        QList<PartyNodeItem *> all;
        for (const Party &p : scene.caseData().parties)
            if (PartyNodeItem *card = scene.node(p.id))
                all.append(card);
        return all;
    }();
    for (qsizetype i = 0; i < cards.size(); ++i)
        for (qsizetype j = i + 1; j < cards.size(); ++j)
            if (cards.at(i)->sceneBoundingRect().intersects(cards.at(j)->sceneBoundingRect()))
                problems << QStringLiteral("cards %1 and %2").arg(cards.at(i)->party().name, cards.at(j)->party().name);
    const QList<CountryBoxItem *> boxes = scene.countryBoxes();
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size(); ++j)
            if (boxes.at(i)->sceneBoundingRect().intersects(boxes.at(j)->sceneBoundingRect()))
                problems << QStringLiteral("boxes %1 and %2").arg(boxes.at(i)->isoCode(), boxes.at(j)->isoCode());
    return problems.join(QStringLiteral("; "));
}

} // namespace

class TestBuilding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ChipTrailTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_building"));
        QSettings().clear();
    }

    // "Click the seller, Ctrl+click the buyer": real clicks, both orders, and the swap button.
    void aLinkGoesFromTheFirstCardClickedToTheSecond()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("en"));
        CaseSession session;
        MainWindow window(&session);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        session.newCase(QStringLiteral("Direction"));
        ChainEditor *editor = window.chainEditor();
        QVERIFY(editor->addParty(party(QStringLiteral("NVIDIA"), PartyRole::Manufacturer, QStringLiteral("US"))));
        QVERIFY(editor->addParty(party(QStringLiteral("Megaspeed"), PartyRole::Distributor, QStringLiteral("SG"))));
        const PartyId nvidia = idOf(session, QStringLiteral("NVIDIA")), megaspeed = idOf(session, QStringLiteral("Megaspeed"));
        QVERIFY(nvidia.value < megaspeed.value); // so an order by id would not pass by chance
        ChainView *view = window.chainView();
        window.chainView()->fitAll();
        QTest::qWait(50);

        // Seller first.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(view, nvidia));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, centreOf(view, megaspeed));
        QCOMPARE(window.chainScene()->selectedParties(), (QList<PartyId>{nvidia, megaspeed}));
        QStringList shown;
        onNextDialog([&shown](QDialog *d) {
            auto *direction = d->findChild<QLabel *>(QStringLiteral("direction"));
            auto *swap = d->findChild<QPushButton *>(QStringLiteral("swapDirection"));
            QVERIFY(direction && swap);
            shown << direction->text();
            QTest::mouseClick(swap, Qt::LeftButton);
            shown << direction->text();
            QTest::mouseClick(swap, Qt::LeftButton);
            shown << direction->text();
            d->accept();
        });
        view->setFocus();
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(session.document()->data().links.size(), 1);
        QCOMPARE(shown, (QStringList{QStringLiteral("NVIDIA sells to Megaspeed"), QStringLiteral("Megaspeed sells to NVIDIA"),
                                     QStringLiteral("NVIDIA sells to Megaspeed")}));
        Link first = session.document()->data().links.first();
        QCOMPARE(first.from, nvidia);
        QCOMPARE(first.to, megaspeed);

        // Buyer first: the form says so, and one swap puts it right.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centreOf(view, megaspeed));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, centreOf(view, nvidia));
        QCOMPARE(window.chainScene()->selectedParties(), (QList<PartyId>{megaspeed, nvidia}));
        shown.clear();
        onNextDialog([&shown](QDialog *d) {
            auto *direction = d->findChild<QLabel *>(QStringLiteral("direction"));
            shown << direction->text();
            QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("swapDirection")), Qt::LeftButton);
            d->accept();
        });
        view->setFocus();
        QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(session.document()->data().links.size(), 2);
        QCOMPARE(shown, QStringList{QStringLiteral("Megaspeed sells to NVIDIA")});
        const Link second = session.document()->data().links.at(1);
        QCOMPARE(second.from, nvidia);
        QCOMPARE(second.to, megaspeed);
    }

    void theDirectionReadsInGermanPerKind()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("de"));
        QCOMPARE(LinkDialog::directionSentence(LinkKind::Sale, QStringLiteral("NVIDIA"), QStringLiteral("Megaspeed")),
                 QStringLiteral("NVIDIA verkauft an Megaspeed"));
        QCOMPARE(LinkDialog::directionSentence(LinkKind::Lease, QStringLiteral("Indosat"), QStringLiteral("INF Tech")),
                 QStringLiteral("Indosat vermietet Rechenleistung an INF Tech"));
        language.applySaved(QStringLiteral("en"));
        QCOMPARE(LinkDialog::directionSentence(LinkKind::Ownership, QStringLiteral("A"), QStringLiteral("B")),
                 QStringLiteral("A owns or controls B"));
    }

    // The first card of a new case is in view at once (it was off screen until Fit), and the
    // status bar counts it as a reporter would say it, in English and in German.
    void aNewCasesFirstCardIsInViewAndCountedInBothLanguages()
    {
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("en"), QStringLiteral("1 party · 0 links · 0 sources · 0 notes · 1 unsourced claim")},
            {QStringLiteral("de"), QStringLiteral("1 Akteur · 0 Verbindungen · 0 Quellen · 0 Notizen · 1 Angabe ohne Quelle")}};
        for (const auto &[code, counts] : expected) {
            UiLanguage language;
            language.applySaved(code);
            CaseSession session;
            MainWindow window(&session);
            window.resize(1400, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // The empty canvas says how to begin, naming the menu entries as the menus do.
            const auto *hint = window.chainView()->findChild<QLabel *>(QStringLiteral("emptyCanvasHint"));
            const auto menuText = [&window](const char *name) {
                return window.findChild<QAction *>(QString::fromLatin1(name))->text().remove(QLatin1Char('&'));
            };
            QVERIFY(hint && hint->isVisible());
            QVERIFY2(hint->text().contains(menuText("newCase")) && hint->text().contains(menuText("openCase")),
                     qPrintable(hint->text() + QLatin1Char('|') + menuText("newCase") + QLatin1Char('|') + menuText("openCase")));
            session.newCase(QStringLiteral("First card"));
            QTest::qWait(100); // the new case's Fit has run
            QVERIFY(hint->isVisible());
            QVERIFY2(hint->text().contains(menuText("addParty")), qPrintable(hint->text()));
            // A legend of three lines, as the verdict legend is, whenever the findings come.
            window.chainView()->setLegend(QStringLiteral("<b>Legend</b><br>one line<br>another line"));
            const auto *legend = window.chainView()->findChild<QLabel *>(QStringLiteral("canvasLegend"));
            QVERIFY(legend && legend->isVisible());
            // As the form comes: a distributor, no country (so no country box to hold it).
            QVERIFY(window.chainEditor()->addParty(party(QStringLiteral("NVIDIA"), PartyRole::Distributor, QString())));
            const PartyNodeItem *card = window.chainScene()->node(idOf(session, QStringLiteral("NVIDIA")));
            QVERIFY(card);
            ChainView *view = window.chainView();
            const QRect onScreen = view->mapFromScene(card->sceneBoundingRect()).boundingRect();
            QVERIFY2(view->viewport()->rect().contains(onScreen),
                     qPrintable(QStringLiteral("card at %1,%2 %3x%4, viewport %5x%6")
                                    .arg(onScreen.x()).arg(onScreen.y()).arg(onScreen.width()).arg(onScreen.height())
                                    .arg(view->viewport()->width()).arg(view->viewport()->height())));
            // Not under the legend that floats over the canvas's bottom either.
            const QRect legendOnScreen = legend->geometry().translated(-view->viewport()->pos());
            QVERIFY2(!legendOnScreen.intersects(onScreen),
                     qPrintable(QStringLiteral("card from y %1 to %2, legend from y %3")
                                    .arg(onScreen.top()).arg(onScreen.bottom()).arg(legendOnScreen.top())));
            QTRY_COMPARE(window.statusBar()->currentMessage(), counts);
            QVERIFY(!hint->isVisible()); // the card is there: nothing to say
            QVERIFY(window.chainEditor()->addParty(party(QStringLiteral("Megaspeed"), PartyRole::Distributor, QStringLiteral("SG"))));
            QTRY_VERIFY(window.statusBar()->currentMessage().startsWith(code == u"en" ? QStringLiteral("2 parties · ")
                                                                                      : QStringLiteral("2 Akteure · ")));
            session.undoStack()->undo();
            session.undoStack()->undo();
            QTRY_VERIFY(hint->isVisible()); // empty again
        }
        UiLanguage().applySaved(QStringLiteral("en"));
    }

    // Thirty parties of mixed tiers and countries, added and linked through the editor as the
    // Add Party and Add Link forms do: no card on another, no country box on another, every card
    // in its tier's column, none pinned.
    void thirtyPartiesAddedByHandNeverPileUp()
    {
        CaseSession session;
        MainWindow window(&session);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.newCase(QStringLiteral("Thirty"));
        ChainEditor *editor = window.chainEditor();
        ChainScene *scene = window.chainScene();
        const QList<PartyRole> roles{PartyRole::Manufacturer, PartyRole::ServerIntegrator, PartyRole::Distributor,
                                     PartyRole::Telecom, PartyRole::DataCentreOperator, PartyRole::CloudTenant};
        const QStringList countries{QStringLiteral("US"), QStringLiteral("TW"), QStringLiteral("SG"), QStringLiteral("MY"),
                                    QStringLiteral("ID"), QStringLiteral("CN"), QStringLiteral("AE"), QString()};
        QRandomGenerator random(14);
        for (int i = 0; i < 30; ++i) {
            const Party p = party(QStringLiteral("Party %1").arg(i), roles.at(random.bounded(int(roles.size()))),
                                  countries.at(random.bounded(int(countries.size()))));
            // Now and then with a card picked first, as Ctrl+P does next to the selection.
            std::optional<QPointF> near;
            const QList<Party> &existing = session.document()->data().parties;
            if (!existing.isEmpty() && random.bounded(3) == 0)
                near = scene->node(existing.at(random.bounded(int(existing.size()))).id)->pos();
            QVERIFY(editor->addParty(p, near));
            // Most new parties get a link from one already there.
            if (i > 0 && random.bounded(4) != 0) {
                Link link;
                link.kind = LinkKind::Sale;
                link.from = existing.at(random.bounded(int(existing.size()) - 1)).id;
                link.to = existing.last().id;
                QVERIFY(editor->addLink(link));
            }
            const QString overlaps = overlapReport(*scene);
            QVERIFY2(overlaps.isEmpty(), qPrintable(QStringLiteral("after party %1: %2").arg(i).arg(overlaps)));
        }
        QTRY_VERIFY(!window.layoutController()->isRunning());
        QCOMPARE(scene->caseData().parties.size(), 30);
        const QString overlaps = overlapReport(*scene);
        QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps));
        QVERIFY(scene->countryBoxes().size() >= 5);
        QHash<int, double> columnOfTier;
        for (const Party &p : scene->caseData().parties) {
            const double x = scene->node(p.id)->pos().x();
            const int tier = chainTier(p.role);
            QVERIFY2(!columnOfTier.contains(tier) || qFuzzyCompare(columnOfTier.value(tier), x), qPrintable(p.name));
            columnOfTier.insert(tier, x);
        }
        for (const NodePosition &place : session.store()->nodePositions())
            QVERIFY(!place.pinned);

        // Undo takes the adds back one at a time, places and all.
        const int edits = session.undoStack()->count();
        session.undoStack()->undo();
        QCOMPARE(session.undoStack()->index(), edits - 1);
        QVERIFY(overlapReport(*scene).isEmpty());
    }

    // The chain of the seed story, built as a reporter builds it: a party, then its link, and so
    // on. Upstream stands left of downstream, every card in its country's box, nothing covered.
    // (CHIPTRAIL_KEEP_BUILT_CASE=path keeps the case, for the guide's screenshot.)
    void aHandBuiltChainReadsAlongItsTiers()
    {
        CaseSession session;
        MainWindow window(&session);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.newCase(QStringLiteral("GB200 racks to INF Tech"));
        ChainEditor *editor = window.chainEditor();
        const auto add = [&](const QString &name, PartyRole role, const QString &country) {
            QVERIFY(editor->addParty(party(name, role, country)));
        };
        const auto link = [&](const QString &from, const QString &to, LinkKind kind, const char *date) {
            Link l;
            l.kind = kind;
            l.from = idOf(session, from);
            l.to = idOf(session, to);
            l.dateFrom = *PartialDate::fromIso(QString::fromLatin1(date));
            QVERIFY(editor->addLink(l));
        };
        add(QStringLiteral("NVIDIA"), PartyRole::Manufacturer, QStringLiteral("US"));
        add(QStringLiteral("Aivres"), PartyRole::ServerIntegrator, QStringLiteral("US"));
        link(QStringLiteral("NVIDIA"), QStringLiteral("Aivres"), LinkKind::Sale, "2025-03");
        add(QStringLiteral("Indosat Ooredoo Hutchison"), PartyRole::Telecom, QStringLiteral("ID"));
        link(QStringLiteral("Aivres"), QStringLiteral("Indosat Ooredoo Hutchison"), LinkKind::Sale, "2025-10");
        add(QStringLiteral("INF Tech"), PartyRole::CloudTenant, QStringLiteral("CN"));
        link(QStringLiteral("Indosat Ooredoo Hutchison"), QStringLiteral("INF Tech"), LinkKind::Lease, "2025-12");
        add(QStringLiteral("Megaspeed"), PartyRole::Distributor, QStringLiteral("SG"));
        link(QStringLiteral("NVIDIA"), QStringLiteral("Megaspeed"), LinkKind::Sale, "2024-06");
        add(QStringLiteral("Supermicro"), PartyRole::ServerIntegrator, QStringLiteral("US"));
        link(QStringLiteral("NVIDIA"), QStringLiteral("Supermicro"), LinkKind::Sale, "2024-11");
        add(QStringLiteral("Biznet Gio"), PartyRole::DataCentreOperator, QStringLiteral("ID"));
        link(QStringLiteral("Megaspeed"), QStringLiteral("Biznet Gio"), LinkKind::Shipment, "2025-02");
        QTRY_VERIFY(!window.layoutController()->isRunning());

        ChainScene *scene = window.chainScene();
        const QString overlaps = overlapReport(*scene);
        QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps));
        QCOMPARE(scene->countryBoxes().size(), 4);
        for (const Link &l : session.document()->data().links) {
            const PartyNodeItem *from = scene->node(l.from), *to = scene->node(l.to);
            const QString name = from->party().name + QStringLiteral(" → ") + to->party().name;
            QVERIFY2(from->pos().x() < to->pos().x(), qPrintable(name));
            // Its line runs under no third card (it would read as a link to that party).
            QPainterPath line(from->pos());
            line.lineTo(to->pos());
            for (const Party &p : session.document()->data().parties)
                if (p.id != l.from && p.id != l.to) {
                    QPainterPath card;
                    card.addRect(scene->node(p.id)->sceneBoundingRect());
                    QVERIFY2(!card.intersects(line), qPrintable(name + QStringLiteral(" under ") + p.name));
                }
        }
        for (CountryBoxItem *box : scene->countryBoxes())
            for (const Party &p : session.document()->data().parties)
                if (p.headquartersCountry == box->isoCode())
                    QVERIFY(box->sceneBoundingRect().contains(scene->node(p.id)->sceneBoundingRect()));
        if (const QString keep = qEnvironmentVariable("CHIPTRAIL_KEEP_BUILT_CASE"); !keep.isEmpty())
            session.saveAs(keep);
    }

    void theFallbackMovesAHemmedInCountryBelowTheRest()
    {
        // US in tier 0 hemmed in by a Chinese card above and below in its column.
        using namespace chiptrail::layout;
        const QSizeF card(160, 60);
        const auto at = [&card](qint64 id, double x, double y, const QString &country, bool pinned = false) {
            return PlacedCard{id, QRectF(QPointF(x, y) - QPointF(80, 30), card), country, pinned};
        };
        const QList<PlacedCard> cards{at(1, 0, 0, QStringLiteral("US")), at(2, 0, -140, QStringLiteral("CN")),
                                      at(3, 0, 140, QStringLiteral("CN")), at(4, 320, 0, QStringLiteral("CN"))};
        PlacementRequest request;
        request.size = card;
        request.country = QStringLiteral("US");
        request.columnX = 640;
        const Placement place = findPlace(cards, request);
        QCOMPARE(place.moves.size(), 1);
        QCOMPARE(place.moves.first().party, 1);
        QVERIFY(place.moves.first().centre.y() > 140);
        QRectF us = countryBoxAround(QRectF(place.moves.first().centre - QPointF(80, 30), card))
                        .united(countryBoxAround(QRectF(place.centre - QPointF(80, 30), card)));
        QRectF cn;
        for (const PlacedCard &c : cards.mid(1))
            cn |= countryBoxAround(c.rect);
        QVERIFY(!us.intersects(cn));
    }

    // 20,000 cards in six tier columns and forty countries: a new card still finds its place at
    // once (the search looks at the cards near its column only) and on none of them.
    void placingInABigCaseLooksOnlyNearTheColumn()
    {
        using namespace chiptrail::layout;
        const QSizeF card(160, 60);
        QList<PlacedCard> cards;
        for (int i = 0; i < 20000; ++i) {
            const int tier = i % 6, row = i / 6;
            const QPointF centre(tier * 320.0, row * 110.0);
            cards.append({i + 1, QRectF(centre - QPointF(80, 30), card), QStringLiteral("C%1").arg(row / 84), false});
        }
        PlacementRequest request;
        request.size = card;
        request.country = QStringLiteral("C20");
        request.columnX = 3 * 320.0;
        request.near = QPointF(2 * 320.0, 1700 * 110.0);
        request.lineFromNear = true;
        QElapsedTimer clock;
        clock.start();
        const Placement place = findPlace(cards, request);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        const QRectF placed(place.centre - QPointF(80, 30), card);
        for (const PlacedCard &c : std::as_const(cards))
            QVERIFY(!placed.intersects(c.rect));
        QCOMPARE(place.centre.x(), request.columnX);
    }

    void unpinAllIsOneUndoableEdit()
    {
        CaseSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.newCase(QStringLiteral("Pins"));
        ChainEditor *editor = window.chainEditor();
        QVERIFY(editor->addParty(party(QStringLiteral("Aivres"), PartyRole::ServerIntegrator, QStringLiteral("US"))));
        const PartyId aivres = idOf(session, QStringLiteral("Aivres"));
        editor->keyboard()->makeCurrent(aivres);
        window.chainView()->setFocus();
        QTest::keyClick(window.chainView(), Qt::Key_Down, Qt::ShiftModifier); // moved by hand: pinned
        QVERIFY(session.store()->nodePosition(aivres)->pinned);
        auto *unpin = window.findChild<QAction *>(QStringLiteral("unpinAll"));
        QVERIFY(unpin);
        unpin->trigger();
        QVERIFY(!session.store()->nodePosition(aivres)->pinned);
        session.undoStack()->undo();
        QVERIFY(session.store()->nodePosition(aivres)->pinned);
    }

    void cardsAreReachedSelectedMovedAndEditedByKeyboard()
    {
        CaseSession session;
        MainWindow window(&session);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        session.newCase(QStringLiteral("Keys"));
        ChainEditor *editor = window.chainEditor();
        for (const Party &p : {party(QStringLiteral("Maker"), PartyRole::Manufacturer, QStringLiteral("US")),
                               party(QStringLiteral("Builder"), PartyRole::ServerIntegrator, QStringLiteral("US")),
                               party(QStringLiteral("Other builder"), PartyRole::ServerIntegrator, QStringLiteral("US")),
                               party(QStringLiteral("Telecom"), PartyRole::Telecom, QStringLiteral("ID"))})
            QVERIFY(editor->addParty(p));
        const PartyId maker = idOf(session, QStringLiteral("Maker")), builder = idOf(session, QStringLiteral("Builder")),
                      other = idOf(session, QStringLiteral("Other builder")), telecom = idOf(session, QStringLiteral("Telecom"));
        for (const auto &[from, to] : {std::pair{maker, builder}, std::pair{builder, telecom}}) {
            Link link;
            link.from = from;
            link.to = to;
            QVERIFY(editor->addLink(link));
        }
        ChainView *view = window.chainView();
        ChainScene *scene = window.chainScene();
        scene->clearSelection();
        view->setFocus();
        const auto currentIs = [scene](PartyId id) {
            return scene->selectedParties() == QList<PartyId>{id} && scene->focusItem() == scene->node(id);
        };

        QTest::keyClick(view, Qt::Key_Right); // nothing current: the chain's first card
        QVERIFY(currentIs(maker));
        QTest::keyClick(view, Qt::Key_Right); // downstream along the link
        QVERIFY(currentIs(builder));
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(currentIs(telecom));
        QTest::keyClick(view, Qt::Key_Left); // upstream
        QVERIFY(currentIs(builder));
        const bool otherBelow = scene->node(other)->pos().y() > scene->node(builder)->pos().y();
        QTest::keyClick(view, otherBelow ? Qt::Key_Down : Qt::Key_Up); // within the tier
        QVERIFY(currentIs(other));
        QTest::keyClick(view, otherBelow ? Qt::Key_Up : Qt::Key_Down);
        QVERIFY(currentIs(builder));
        QTest::keyClick(view, Qt::Key_Tab); // the next card along the chain
        QVERIFY(!currentIs(builder));
        QTest::keyClick(view, Qt::Key_Backtab);
        QVERIFY(currentIs(builder));

        // Enter edits the card.
        QSignalSpy edits(editor->keyboard(), &CardKeyboard::editRequested);
        QString opened;
        onNextDialog([&opened](QDialog *d) {
            opened = d->objectName();
            d->reject();
        });
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened, QStringLiteral("partyDialog"));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().first().value<PartyId>(), builder);

        // Shift+arrows nudge: one undoable move each, and the card is pinned.
        const QPointF before = scene->node(builder)->pos();
        const int steps = session.undoStack()->count();
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(scene->node(builder)->pos(), before + QPointF(CardKeyboard::nudge, CardKeyboard::nudge));
        QCOMPARE(session.undoStack()->count(), steps + 2);
        QVERIFY(session.store()->nodePosition(builder)->pinned);
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(scene->node(builder)->pos(), before);
        QVERIFY(!session.store()->nodePosition(builder)->pinned);

        // The Menu key and Shift+F10 open the card's menu.
        for (const auto &[key, mods] : {std::pair{Qt::Key_Menu, Qt::KeyboardModifiers{}},
                                         std::pair{Qt::Key_F10, Qt::KeyboardModifiers{Qt::ShiftModifier}}}) {
            QStringList entries;
            QTimer::singleShot(100, [&entries] {
                if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                    for (const QAction *a : menu->actions())
                        entries << a->text();
                    menu->close();
                }
            });
            editor->keyboard()->makeCurrent(builder);
            QTest::keyClick(view, key, mods);
            QTRY_VERIFY(!entries.isEmpty());
            QVERIFY2(entries.join(QLatin1Char('|')).contains(QStringLiteral("Edit")), qPrintable(entries.join(QLatin1Char('|'))));
        }
    }

    void theTimelineWakesUpWhenTheFirstDatedLinkIsAdded()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("en"));
        CaseSession session;
        MainWindow window(&session);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session.newCase(QStringLiteral("Dates"));
        auto *slider = window.findChild<QSlider *>(QStringLiteral("asOfSlider"));
        QVERIFY(slider);
        QVERIFY(!slider->isEnabled());
        ChainEditor *editor = window.chainEditor();
        QVERIFY(editor->addParty(party(QStringLiteral("Aivres"), PartyRole::ServerIntegrator, QStringLiteral("US"))));
        QVERIFY(editor->addParty(party(QStringLiteral("Indosat"), PartyRole::Telecom, QStringLiteral("ID"))));
        Link link;
        link.from = idOf(session, QStringLiteral("Aivres"));
        link.to = idOf(session, QStringLiteral("Indosat"));
        QVERIFY(editor->addLink(link)); // undated: still nothing to replay
        QVERIFY(!slider->isEnabled());
        Link dated = session.document()->data().links.first();
        Link before = dated;
        dated.dateFrom = *PartialDate::fromIso(QStringLiteral("2025-10"));
        QVERIFY(session.attempt(QStringLiteral("Edit link"), std::make_unique<EditLinkCommand>(&session, before, dated)));
        QVERIFY(slider->isEnabled());
        QCOMPARE(window.timelineSlider()->first(), QDate(2023, 1, 1));
        // Under the slider: the years, where a reader can see them.
        QTRY_VERIFY(window.timelineSlider()->ticks()->labels().contains(QStringLiteral("2025")));
        QVERIFY(window.timelineSlider()->ticks()->labels().contains(QStringLiteral("2023")));
    }

    void asOfDatesAreTypedAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            const auto row = [&language](const char *typed, QDate expected) {
                QTest::addRow("%s %s", qPrintable(language), typed) << language << QString::fromUtf8(typed) << expected;
            };
            row("2025", QDate(2025, 12, 31));
            row("10/2025", QDate(2025, 10, 31));
            row("Oct 2025", QDate(2025, 10, 31));
            row("15.10.2025", QDate(2025, 10, 15));
            row("2025-10-15", QDate(2025, 10, 15));
            row("2025-02", QDate(2025, 2, 28));
            row("nonsense", QDate());
            row("13/2025", QDate());
        }
        const auto row = [](const char *language, const char *typed, QDate expected) {
            QTest::addRow("%s %s", language, typed) << QString::fromLatin1(language) << QString::fromUtf8(typed) << expected;
        };
        row("de", "Okt. 2025", QDate(2025, 10, 31));
        row("de", "Oktober 2025", QDate(2025, 10, 31));
        row("de", "März 2024", QDate(2024, 3, 31));
        row("de", "15. Okt. 2025", QDate(2025, 10, 15));
        row("en", "October 2025", QDate(2025, 10, 31));
        row("en", "10/15/2025", QDate(2025, 10, 15));
        row("de", "15/10/2025", QDate(2025, 10, 15));
    }

    void asOfDatesAreTypedAsPeopleWriteThem()
    {
        QFETCH(QString, language);
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        const QLocale locale = language == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                                               : QLocale(QLocale::English, QLocale::UnitedStates);
        const std::optional<QDate> read = AsOfEdit::readDate(typed, locale);
        QCOMPARE(read.value_or(QDate()), expected);
    }

    void theToolbarBoxTakesATypedDate()
    {
        for (const QString &code : {QStringLiteral("en"), QStringLiteral("de")}) {
            UiLanguage language;
            language.applySaved(code);
            CaseSession session;
            MainWindow window(&session);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            session.openSample();
            auto *box = window.findChild<AsOfEdit *>(QStringLiteral("asOfDate"));
            auto *on = window.findChild<QCheckBox *>(QStringLiteral("asOfEnabled"));
            QVERIFY(box && on && box->isEnabled());
            box->setFocus();
            box->selectAll();
            QTest::keyClicks(box, code == QLatin1String("de") ? QStringLiteral("Okt. 2025") : QStringLiteral("Oct 2025"));
            QTest::keyClick(box, Qt::Key_Return);
            QVERIFY(on->isChecked());
            QCOMPARE(window.chainScene()->asOf(), QDate(2025, 10, 31));
            QCOMPARE(window.timelineSlider()->asOf(), QDate(2025, 10, 31));
            box->selectAll();
            QTest::keyClicks(box, QStringLiteral("2024"));
            QTest::keyClick(box, Qt::Key_Return);
            QCOMPARE(window.chainScene()->asOf(), QDate(2024, 12, 31));
            box->selectAll();
            QTest::keyClicks(box, QStringLiteral("soon"));
            QTest::keyClick(box, Qt::Key_Return);
            QCOMPARE(window.chainScene()->asOf(), QDate(2024, 12, 31)); // no date: nothing changes
        }
        UiLanguage().applySaved(QStringLiteral("en"));
    }

    // A verdict reads without its colour: the rule panel puts the canvas's shape before its word,
    // also for links that had not happened yet as of the timeline's date.
    void verdictsInTheRulePanelHaveShapesAndWords()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("en"));
        CaseSession session;
        MainWindow window(&session);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(QStringLiteral("rulesDock"))->raise(); // it renders when seen
        session.openSample();
        window.timelineSlider()->setAsOf(QDate(2025, 9, 30)); // before the October 2025 sale
        QTRY_VERIFY(!window.rulesPanel()->isChecking());
        auto *view = window.findChild<QTextBrowser *>(QStringLiteral("findingsView"));
        QVERIFY(view);
        QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("not yet happened")));
        const QString text = view->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("○ not yet happened")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("▲ licence required")));
    }

    void chartLabelsUseGermanNouns()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("de"));
        QCOMPARE(ChartBuilder::kindWord(LinkKind::Sale), QStringLiteral("Verkauf"));
        QCOMPARE(ChartBuilder::kindWord(LinkKind::Lease), QStringLiteral("Vermietung / Fernzugriff"));
        for (const LinkKind kind : allLinkKinds())
            QVERIFY2(ChartBuilder::kindWord(kind).at(0).isUpper(), qPrintable(ChartBuilder::kindWord(kind)));
        language.applySaved(QStringLiteral("en"));
        QCOMPARE(ChartBuilder::kindWord(LinkKind::Sale), QStringLiteral("sale"));
        QCOMPARE(ChartBuilder::kindWord(LinkKind::Lease), QStringLiteral("lease / remote access"));
    }
};

QTEST_MAIN(TestBuilding)
#include "test_building.moc"
