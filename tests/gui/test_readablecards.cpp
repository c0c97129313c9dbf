// SPDX-License-Identifier: GPL-3.0-or-later
// At View → Fit a reporter must be able to read who is who: every card shows at least its name at
// 9 px or more on screen, and no link label lies on a card or another label (the legend says what
// is hidden or left out).
#include "canvas/chainnavigator.h"
#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/layoutcontroller.h"
#include "canvas/linkedgeitem.h"
#include "canvas/partynodeitem.h"
#include "casesession.h"
#include "mainwindow.h"
#include "picture/picturecheck.h"
#include "picture/picturegeometry.h"
#include "picture/picturepainter.h"
#include "store/casestore.h"
#include "../layout/layouttestdata.h"

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::gui;

class TestReadableCards : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // The window at 1600 × 1000 with the case open and laid out, then View → Fit.
    static bool openAndFit(MainWindow &window)
    {
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        if (!QTest::qWaitFor([&] { return !window.layoutController()->isRunning(); }, 120000))
            return false;
        window.chainNavigator()->fitAction()->trigger();
        QTest::qWait(400); // the legend's note follows the zoom a moment later
        return true;
    }

    // Every card's name at ≥ 9 px on screen, through the card's own level-of-detail rule.
    static void checkNamesReadable(const ChainScene &scene, double zoom, int parties)
    {
        int checked = 0;
        for (QGraphicsItem *item : scene.items())
            if (auto *node = qgraphicsitem_cast<PartyNodeItem *>(item)) {
                const picture::CardDetail detail = node->detailAt(zoom);
                const QString who = node->party().name;
                QVERIFY2(!detail.block, qPrintable(who + QStringLiteral(" is a block at zoom %1").arg(zoom)));
                QVERIFY2(!detail.nameLines.isEmpty() && !detail.nameLines.first().isEmpty(), qPrintable(who));
                QVERIFY2(detail.nameScreenPixels(zoom) >= picture::minNameScreenPixels,
                         qPrintable(QStringLiteral("%1: %2 px").arg(who).arg(detail.nameScreenPixels(zoom))));
                // What is drawn is the name, whole or cut with an ellipsis, never another text.
                const QString drawn = detail.nameLines.join(u' ');
                QVERIFY2(who.startsWith(drawn) || who.startsWith(QString(drawn).remove(QChar(0x2026)).trimmed()),
                         qPrintable(who + QStringLiteral(" drawn as ") + drawn));
                // The name's lines lie inside the card.
                QVERIFY2(node->card().rect.contains(detail.nameRect), qPrintable(who));
                ++checked;
            }
        QCOMPARE(checked, parties);
    }

    // No label that shows at this zoom lies on a card or another label (the geometry check every
    // export passes); the legend names those hidden.
    static void checkLabelsClearOfCards(const ChainScene &scene, const ChainView &view)
    {
        picture::ChainPicture drawn;
        for (QGraphicsItem *item : scene.items())
            if (auto *node = qgraphicsitem_cast<PartyNodeItem *>(item); node && node->isVisible()) {
                picture::Card card = node->card();
                card.rect = node->mapRectToScene(card.rect);
                drawn.cards.append(card);
            }
        int hidden = 0;
        for (const LinkEdgeItem *edge : scene.edges())
            if (!edge->label().isEmpty()) {
                if (edge->labelShownAt(view.zoom()))
                    drawn.labels.append(edge->labelData());
                else
                    ++hidden;
            }
        const picture::PictureFaults faults = picture::checkPicture(drawn);
        QCOMPARE(faults.labelOnCard, 0);
        QCOMPARE(faults.labelOnLabel, 0);
        if (hidden > 0) {
            QVERIFY(!view.hiddenLabelsNote().isEmpty());
            const auto *legend = view.findChild<QLabel *>(QStringLiteral("canvasLegend"));
            QVERIFY(legend && legend->text().contains(view.hiddenLabelsNote().toHtmlEscaped()));
        } else {
            QVERIFY2(!view.hiddenLabelsNote().contains(QStringLiteral("label")), qPrintable(view.hiddenLabelsNote()));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The rule itself: names first, then role and country, then the badge, as the zoom allows.
    void theCardShowsMoreAsTheZoomAllows()
    {
        Party party;
        party.id = PartyId(1);
        party.name = QStringLiteral("PT Indosat Ooredoo Hutchison");
        party.role = PartyRole::Telecom;
        party.headquartersCountry = QStringLiteral("ID");
        const picture::Card card = picture::makeCard(party, 2, QPointF());
        const picture::CardDetail close = picture::cardDetail(card, 1.0);
        QVERIFY(close.subtitle && close.badge);
        QCOMPARE(close.namePixelSize, picture::nameFontSize);
        double previous = 10;
        for (double zoom = 1.0; zoom >= picture::minNameLod(card); zoom *= 0.9) {
            const picture::CardDetail detail = picture::cardDetail(card, zoom);
            QVERIFY(!detail.block);
            QVERIFY2(detail.nameScreenPixels(zoom) >= 9, qPrintable(QString::number(zoom)));
            // Nothing else shows without the name; role and country go before the name shrinks.
            QVERIFY(!detail.subtitle || zoom >= 0.55);
            QVERIFY(!detail.badge || zoom >= 0.45);
            QVERIFY(detail.namePixelSize >= previous - 1e-9 || detail.namePixelSize == picture::nameFontSize);
            previous = detail.namePixelSize;
        }
        QVERIFY(picture::cardDetail(card, picture::minNameLod(card) * 0.9).block);
        QVERIFY(picture::minNameLod(card) < 0.25);
    }

    void theSampleAtFitShowsEveryNameReadably()
    {
        CaseSession session;
        MainWindow window(&session);
        session.openSample();
        QVERIFY(openAndFit(window));
        const double zoom = window.chainView()->zoom();
        qInfo("sample at Fit: zoom %.3f", zoom);
        // The whole sample fits the window at a readable size.
        QVERIFY(!window.chainView()->fitCutShort());
        const QRectF shown = window.chainView()->mapToScene(window.chainView()->viewport()->rect()).boundingRect();
        for (QGraphicsItem *item : window.chainScene()->items())
            if (auto *node = qgraphicsitem_cast<PartyNodeItem *>(item))
                QVERIFY2(shown.contains(node->sceneBoundingRect()), qPrintable(node->party().name));
        checkNamesReadable(*window.chainScene(), zoom, int(session.store()->load().parties.size()));
        checkLabelsClearOfCards(*window.chainScene(), *window.chainView());
    }

    void threeHundredPartiesAtFitShowEveryNameReadably()
    {
        const QString path = m_dir.filePath(QStringLiteral("three-hundred.chiptrail"));
        CaseStore::createFrom(path, layouttest::chainCase(300));
        CaseSession session;
        MainWindow window(&session);
        session.openFile(path);
        QVERIFY(openAndFit(window));
        const double zoom = window.chainView()->zoom();
        qInfo("300 parties at Fit: zoom %.3f", zoom);
        // Too wide for the window at a readable size: Fit stops there, and the legend says how to see all.
        QVERIFY(window.chainView()->fitCutShort());
        QVERIFY(window.chainView()->hiddenLabelsNote().contains(QStringLiteral("Ctrl+-")));
        QVERIFY(zoom <= window.chainScene()->readableZoom() + 1e-9);
        checkNamesReadable(*window.chainScene(), zoom, 300);
        checkLabelsClearOfCards(*window.chainScene(), *window.chainView());
    }
};

QTEST_MAIN(TestReadableCards)
#include "test_readablecards.moc"
