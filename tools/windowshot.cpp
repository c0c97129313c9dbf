// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowshot.h"

#include "canvas/chainscene.h"
#include "canvas/chainview.h"
#include "canvas/layoutcontroller.h"
#include "casesession.h"
#include "mainwindow.h"
#include "panels/charts/timelineslider.h"
#include "panels/rulespanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// Messages go to the developer running the script: plain English, not tr()'d.
int refuse(const QString &message)
{
    QTextStream(stderr) << "chiptrail_guideshots: " << message << '\n';
    return 2;
}

OutlineSubject subjectFromKey(const CaseStore &store, const QString &spec)
{
    const QString kind = spec.section(QLatin1Char(':'), 0, 0);
    const QString key = spec.section(QLatin1Char(':'), 1);
    const auto find = [&](const auto &records, OutlineSubject::Kind as) -> OutlineSubject {
        for (const auto &record : records)
            if (record.key == key)
                return {as, record.id.value};
        return {};
    };
    if (kind == u"party")
        return find(store.parties(), OutlineSubject::Kind::Party);
    if (kind == u"link")
        return find(store.links(), OutlineSubject::Kind::Link);
    if (kind == u"site")
        return find(store.sites(), OutlineSubject::Kind::Site);
    if (kind == u"product")
        return find(store.products(), OutlineSubject::Kind::Product);
    if (kind == u"source")
        return find(store.sources(), OutlineSubject::Kind::Source);
    return {};
}

// Layout and rule checks run in the background; the picture shows the finished canvas.
void waitForQuiet(MainWindow &window)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!window.layoutController()->isRunning() && !window.rulesPanel()->isChecking())
            break;
        QThread::msleep(20);
    }
}

void settle(int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

int takeWindowShot(CaseSession &session, MainWindow &window, const WindowShot &shot)
{
    const bool opened = shot.caseFile.isEmpty()
                            ? window.attempt(QStringLiteral("Open sample case"), [&] { session.openSample(); })
                            : window.attempt(QStringLiteral("Open case"), [&] { session.openFile(shot.caseFile); });
    if (!opened || !session.hasCase())
        return refuse(QStringLiteral("could not open %1").arg(shot.caseFile.isEmpty() ? QStringLiteral("the sample case")
                                                                                       : shot.caseFile));
    if (!shot.chart.isEmpty()) {
        const auto kind = charts::chartKindFromWord(shot.chart);
        if (!kind)
            return refuse(QStringLiteral("--chart: expected hops, countries, timeline or findings"));
        window.showChart(*kind);
    }
    if (!shot.asOf.isEmpty()) {
        const QDate date = QDate::fromString(shot.asOf, Qt::ISODate);
        if (!date.isValid())
            return refuse(QStringLiteral("--as-of: expected YYYY-MM-DD"));
        window.timelineSlider()->setAsOf(date);
    }
    if (!shot.select.isEmpty()) {
        const OutlineSubject subject = subjectFromKey(*session.store(), shot.select);
        if (subject.kind == OutlineSubject::Kind::None)
            return refuse(QStringLiteral("--select: there is no %1 in this case").arg(shot.select));
        window.selectSubject(subject);
    }
    if (!shot.counterfactuals.isEmpty())
        window.rulesPanel()->setCounterfactuals(shot.counterfactuals);
    if (shot.rulesPanelAlone || !shot.counterfactuals.isEmpty())
        window.showRulesPanel();
    if (!shot.collapse.isEmpty()) {
        const QString kind = shot.collapse.section(u':', 0, 0);
        const QString key = shot.collapse.section(u':', 1);
        std::optional<CollapseKey> fold;
        if (kind == u"country")
            fold = CollapseKey::forCountry(key);
        else if (kind == u"group")
            for (const Party &party : session.store()->parties())
                if (party.key == key)
                    fold = window.chainScene()->companyGroupOf(party.id);
        if (!fold)
            return refuse(QStringLiteral("--collapse: nothing to fold for %1").arg(shot.collapse));
        window.chainScene()->collapse(*fold);
    }

    // The rule panel alone, floating at a size where steps, citations and evidence can be read.
    QWidget *pictured = &window;
    if (shot.rulesPanelAlone) {
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("rulesDock"));
        if (!dock)
            return refuse(QStringLiteral("the window has no rulesDock"));
        dock->setFloating(true);
        dock->resize(720, 1180);
        pictured = dock;
    }
    waitForQuiet(window);
    window.chainView()->fitAll();
    if (shot.zoom > 0) {
        const QPointF middle = window.chainScene()->contentRect().center();
        window.chainView()->zoomBy(shot.zoom / window.chainView()->zoom()); // as Ctrl+wheel does
        window.chainView()->centerOn(middle);
    }
    settle(300);
    if (!pictured->grab().save(shot.out))
        return refuse(QStringLiteral("cannot write %1").arg(shot.out));
    return 0;
}
