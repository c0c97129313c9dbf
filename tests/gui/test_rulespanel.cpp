// SPDX-License-Identifier: GPL-3.0-or-later
// The rule panel and the canvas colours for the seed chain, as a journalist would read them.
#include "canvas/chainscene.h"
#include "canvas/linkedgeitem.h"
#include "casesession.h"
#include "commands/entitycommands.h"
#include "document/casedocument.h"
#include "model/displaytext.h"
#include "mainwindow.h"
#include "panels/findingshtml.h"
#include "panels/rulespanel.h"
#include "uilanguage.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

template <typename T>
qint64 idOf(const QList<T> &list, const char *key)
{
    for (const auto &item : list)
        if (item.key == QLatin1String(key))
            return item.id.value;
    return 0;
}

// The window on the sample case, its findings shown.
struct SampleWindow
{
    CaseSession session;
    MainWindow window{&session};
    RulesPanel *panel = window.rulesPanel();
    QSignalSpy checked{panel, &RulesPanel::checked};

    bool open()
    {
        session.openSample();
        return checked.wait(10000);
    }
};

} // namespace

class TestRulesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSeedChainShowsItsVerdictsInThePanelAndOnTheCanvas()
    {
        SampleWindow sample;
        QVERIFY(sample.open());
        CaseSession &session = sample.session;
        MainWindow &window = sample.window;
        RulesPanel *panel = sample.panel;
        const CaseData data = session.store()->load();

        // The lease: not an export, the cloud loophole, with its guidance cited.
        panel->setSubject({OutlineSubject::Kind::Link, idOf(data.links, "indosat-inftech-lease")});
        QString text = panel->shownText();
        QVERIFY(text.contains(QStringLiteral("Not legal advice.")));
        QVERIFY2(text.contains(QStringLiteral("not_an_export")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("cloud_access_loophole")));
        QVERIFY(text.contains(QStringLiteral("IaaS")) || text.contains(QStringLiteral("734.13")));

        // The rack sale: 4A090.a, no licence to Indonesia.
        panel->setSubject({OutlineSubject::Kind::Link, idOf(data.links, "aivres-indosat-gb200")});
        text = panel->shownText();
        QVERIFY(text.contains(QStringLiteral("no_license_required")));
        QVERIFY(text.contains(QStringLiteral("4A090.a")));

        // Whole case: unverified facts stay marked (an undated link is checked as of today, [U]).
        panel->setSubject({});
        QVERIFY(panel->shownText().contains(QStringLiteral("[U] unverified")));

        // Aivres: the suspected tie to Inspur, listed since 2023-03-02.
        panel->setSubject({OutlineSubject::Kind::Party, idOf(data.parties, "aivres")});
        text = panel->shownText();
        QVERIFY(text.contains(QStringLiteral("ties_to_listed_party")));
        QVERIFY(text.contains(QStringLiteral("Inspur")));

        // Nvidia → Aivres stays inside the US.
        panel->setSubject({OutlineSubject::Kind::Link, idOf(data.links, "nvidia-aivres-b200")});
        QVERIFY(panel->shownText().contains(QStringLiteral("not_an_export")));

        // The tenant, the telecom and the university: no Entity List match.
        for (const char *key : {"inf-tech", "indosat", "fudan"}) {
            panel->setSubject({OutlineSubject::Kind::Party, idOf(data.parties, key)});
            QVERIFY2(panel->shownText().contains(QStringLiteral("No Entity List match")), key);
        }

        // The H200 orders: Nvidia sells its own chips, so their origin is not flagged unknown.
        panel->setSubject({OutlineSubject::Kind::Link, idOf(data.links, "nvidia-alibaba-h200")});
        text = panel->shownText();
        QVERIFY(text.contains(QStringLiteral("license_required")));
        QVERIFY2(!text.contains(QStringLiteral("unknown_origin")), qPrintable(text));

        // On the canvas, the sale is blue (no licence required) and the lease is flagged orange
        // (the colour-blind-safe verdict palette, chainstyle.cpp).
        ChainScene *scene = window.chainScene();
        const QColor sale = scene->edge(LinkId(idOf(data.links, "aivres-indosat-gb200")))->pen().color();
        const QColor lease = scene->edge(LinkId(idOf(data.links, "indosat-inftech-lease")))->pen().color();
        QCOMPARE(sale, QColor(0x00, 0x72, 0xB2));
        QCOMPARE(lease, QColor(0xEB, 0xA8, 0x00));
    }

    // A case with many links that need a licence: the whole-case view lists one line per link and
    // says how to see the steps; the link itself still shows its steps and their sources.
    void aLongListShowsALinePerLinkAndTheLinkItsSteps()
    {
        SampleWindow sample;
        QVERIFY(sample.open());
        CaseSession &session = sample.session;
        MainWindow &window = sample.window;
        RulesPanel *panel = sample.panel;
        const CaseData data = session.store()->load();
        Link order;
        for (const Link &link : data.links)
            if (link.key == QLatin1String("nvidia-alibaba-h200"))
                order = link;
        QVERIFY(order.id.value > 0);
        panel->setSubject({OutlineSubject::Kind::Link, order.id.value});
        const QString steps = panel->shownText();
        QVERIFY2(steps.contains(QStringLiteral("license_required")) && steps.contains(QStringLiteral("official text")),
                 qPrintable(steps));

        panel->setSubject({});
        QVERIFY2(!panel->shownText().contains(QStringLiteral("Select a link to see the steps")), qPrintable(panel->shownText()));
        for (int i = 0; i < 14; ++i) { // more orders of the same kind, a month apart
            Link more = order;
            more.id = LinkId();
            more.key.clear();
            more.quantity = 100 + i;
            session.perform(std::make_unique<AddLinkCommand>(&session, more));
        }
        QTRY_VERIFY_WITH_TIMEOUT(panel->shownText().contains(QStringLiteral("Select a link to see the steps")), 20000);
        const QString whole = panel->shownText();
        // Each order is a line: the verdict and both parties, no steps and no quality marks.
        const QString line = QStringLiteral("licence required  NVIDIA → Alibaba");
        QVERIFY2(whole.count(line) == 15, qPrintable(whole));
        QString firstStep;
        for (const LinkFinding &f : session.document()->findings().links)
            if (f.link == order.id && !f.steps.isEmpty())
                firstStep = f.steps.first().text;
        QVERIFY(!firstStep.isEmpty());
        QVERIFY2(!whole.contains(firstStep), qPrintable(firstStep));

        // Each line tells its order by date and quantity, and a click on it selects the link,
        // which shows its steps again.
        for (const int units : {100, 107, 113})
            QVERIFY2(whole.contains(QStringLiteral("NVIDIA → Alibaba · %1 · %2 unit").arg(DisplayText::date(order.dateFrom)).arg(units)),
                     qPrintable(whole));
        auto *browser = panel->findChild<QTextBrowser *>();
        QVERIFY(browser);
        const QString target = QStringLiteral("select:link:%1").arg(order.id.value);
        QVERIFY(browser->toHtml().contains(target));
        QSignalSpy shown(&window, &MainWindow::currentSubjectChanged);
        Q_EMIT browser->anchorClicked(QUrl(target));
        QVERIFY(!shown.isEmpty());
        const auto subject = shown.last().at(0).value<OutlineSubject>();
        QCOMPARE(subject.kind, OutlineSubject::Kind::Link);
        QCOMPARE(subject.id, order.id.value);
        QVERIFY(panel->shownText().contains(firstStep));
    }

    void theAiDiffusionCounterfactualShowsWhatChanges()
    {
        SampleWindow sample;
        QVERIFY(sample.open());
        CaseSession &session = sample.session;
        MainWindow &window = sample.window;
        RulesPanel *panel = sample.panel;
        panel->setCounterfactuals({QStringLiteral("ai_diffusion")});
        QVERIFY(sample.checked.wait(10000));
        const CaseData data = session.store()->load();
        panel->setSubject({OutlineSubject::Kind::Link, idOf(data.links, "aivres-indosat-gb200")});
        const QString text = panel->shownText();
        QVERIFY(text.contains(QStringLiteral("What the counterfactual changes")));
        QVERIFY(text.contains(QStringLiteral("aivres-indosat-gb200")));
        QVERIFY2(text.contains(QStringLiteral("license_required")), qPrintable(text));
        QCOMPARE(window.chainScene()->edge(LinkId(idOf(data.links, "aivres-indosat-gb200")))->pen().color(),
                 QColor(0xB2, 0x3A, 0x00)); // licence required: dark vermillion
    }

    // The checker's words in place of a classification number read in the window's language; the
    // number itself stays as the rules write it.
    void theItemReadsInGermanUnlessItIsAClassificationNumber()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("de"));
        CaseData data;
        LinkFinding finding;
        finding.fromKey = QStringLiteral("nvidia");
        finding.toKey = QStringLiteral("megaspeed");
        finding.verdict = Verdict::NoLicenseRequired;
        const QList<std::pair<QString, QString>> shown{{QStringLiteral("unknown"), QStringLiteral("Gut <b>unbekannt</b>")},
                                                       {QStringLiteral("not controlled"), QStringLiteral("Gut <b>nicht gelistet</b>")},
                                                       {QStringLiteral("3A090.a"), QStringLiteral("Gut <b>3A090.a</b>")}};
        for (const auto &[item, expected] : shown) {
            finding.item = item;
            const QString html = findingshtml::linkHtml(finding, data);
            QVERIFY2(html.contains(expected), qPrintable(html));
        }
        language.applySaved(QStringLiteral("en"));
        finding.item = QStringLiteral("unknown");
        QVERIFY(findingshtml::linkHtml(finding, data).contains(QStringLiteral("item <b>unknown</b>")));
    }
};

QTEST_MAIN(TestRulesPanel)
#include "test_rulespanel.moc"
