// SPDX-License-Identifier: GPL-3.0-or-later
// German and English throughout: the .ts files are complete and current, no text for people
// bypasses tr(), the German window shows no English, and the switch works without a restart.
#include "casesession.h"
#include "mainwindow.h"
#include "panels/caseoutlinemodel.h"
#include "rules/rulebook.h"
#include "rules/rulechecker.h"
#include "interchange/casejson.h"
#include "trscanner.h"
#include "tsfile.h"
#include "uilanguage.h"
#include "windowhost.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

const QString sourceDir = QStringLiteral(CHIPTRAIL_SOURCE_DIR);

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(90));
}

// Runs lupdate like the update_translations target does, on a copy: what the sources say now.
QList<TsMessage> refreshedCopy(const QString &name, const QStringList &extra)
{
    static QTemporaryDir scratch;
    const QString copy = scratch.filePath(name);
    QFile::remove(copy);
    if (!QFile::copy(sourceDir + QStringLiteral("/translations/") + name, copy))
        return {};
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir);
    lupdate.start(QStringLiteral(CHIPTRAIL_LUPDATE),
                  QStringList{QStringLiteral("-recursive"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("core"), QStringLiteral("gui"), QStringLiteral("-source-language"),
                              QStringLiteral("en")}
                      + extra + QStringList{QStringLiteral("-ts"), copy});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
        qWarning("%s", lupdate.readAllStandardError().constData());
    QString error;
    QList<TsMessage> messages = readTsFile(copy, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return messages;
}

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
    text.remove(QRegularExpression(QStringLiteral("\\t.*$"))); // shortcut text after a tab
    return text.trimmed();
}

// English texts of the user interface that German gives differently, so seeing one in a German
// window means it escaped translation. Texts with %1 or markup are matched by their words.
struct EnglishTexts
{
    QSet<QString> whole;
    QStringList phrases; // three words or more, searched for inside longer texts
};

EnglishTexts englishTexts()
{
    QString error;
    EnglishTexts texts;
    const auto messages = readTsFile(sourceDir + QStringLiteral("/translations/chiptrail_de.ts"), &error);
    for (const TsMessage &m : messages) {
        if (m.plural || m.translations.value(0) == m.source)
            continue;
        const QString plain = withoutMnemonic(m.source);
        if (!plain.contains(QLatin1Char('%')) && !plain.contains(QLatin1Char('<')))
            texts.whole.insert(plain);
        static const QRegularExpression fixed(QStringLiteral("[^%<>]{20,}"));
        auto it = fixed.globalMatch(plain);
        while (it.hasNext()) {
            const QString phrase = it.next().captured().trimmed();
            if (phrase.count(QLatin1Char(' ')) >= 2)
                texts.phrases << phrase;
        }
    }
    return texts;
}

QStringList visibleTexts(QWidget *window)
{
    QStringList texts;
    texts << window->windowTitle();
    const auto menus = window->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        texts << menu->title();
        const auto actions = menu->actions();
        for (QAction *action : actions)
            texts << action->text() << action->toolTip();
    }
    const auto docks = window->findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        texts << dock->windowTitle();
    const auto tabs = window->findChildren<QTabWidget *>();
    for (QTabWidget *tab : tabs)
        for (int i = 0; i < tab->count(); ++i)
            texts << tab->tabText(i);
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels)
        texts << label->text() << label->toolTip();
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons)
        texts << button->text() << button->toolTip();
    const auto groups = window->findChildren<QGroupBox *>();
    for (QGroupBox *group : groups)
        texts << group->title();
    const auto actions = window->findChildren<QAction *>();
    for (QAction *action : actions)
        texts << action->text() << action->toolTip() << action->statusTip();
    // Languages are offered in their own names ("English", "Deutsch"), whatever the UI language.
    for (QAction *action : actions)
        if (action->objectName().startsWith(QLatin1String("language_")))
            texts.removeAll(action->text());
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of this test never touch the user's
        QApplication::setOrganizationName(QStringLiteral("ChipTrailTest"));
        QApplication::setApplicationName(QStringLiteral("test_translations"));
    }

    void germanFileHoldsEveryTextOfTheCodeTranslated()
    {
        const auto messages = refreshedCopy(QStringLiteral("chiptrail_de.ts"),
                                            {QStringLiteral("-target-language"), QStringLiteral("de")});
        QVERIFY2(messages.size() > 500, "lupdate found too few texts: is it installed?");
        QStringList unfinished, vanished;
        for (const TsMessage &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                vanished << describe(m);
            else if (m.type == QLatin1String("unfinished") || m.translations.contains(QString()))
                unfinished << describe(m);
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 texts lack a German translation (run the update_translations "
                                           "target and translate them):\n").arg(unfinished.size())
                            + unfinished.mid(0, 40).join(QLatin1Char('\n'))));
        QVERIFY2(vanished.isEmpty(),
                 qPrintable(QStringLiteral("%1 entries are no longer in the code (update_translations drops them):\n")
                                .arg(vanished.size())
                            + vanished.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void englishFileHasEveryPluralForm()
    {
        const auto messages = refreshedCopy(QStringLiteral("chiptrail_en.ts"),
                                            {QStringLiteral("-target-language"), QStringLiteral("en"),
                                             QStringLiteral("-pluralonly")});
        int plurals = 0;
        QStringList incomplete;
        for (const TsMessage &m : messages) {
            if (!m.plural)
                continue;
            ++plurals;
            if (m.type == QLatin1String("unfinished") || m.type == QLatin1String("vanished")
                || m.translations.size() != 2 || m.translations.contains(QString()))
                incomplete << describe(m);
        }
        QVERIFY(plurals > 0);
        QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.join(QLatin1Char('\n'))));
    }

    void noTextForPeopleBypassesTr()
    {
        QStringList problems;
        for (const QString &folder : {QStringLiteral("/core"), QStringLiteral("/gui")}) {
            QDirIterator it(sourceDir + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const auto findings = trscan::scanSource(path.mid(sourceDir.size() + 1), QString::fromUtf8(file.readAll()));
                for (const auto &f : findings)
                    problems << QStringLiteral("%1:%2: \"%3\"").arg(f.file).arg(f.line).arg(f.literal);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("text for people outside tr() (or mark the line // notr):\n")
                            + problems.join(QLatin1Char('\n'))));
    }

    void theScannerCatchesWhatItShould()
    {
        // The scanner is itself code that could rot into accepting everything.
        const QString bad = QStringLiteral("void f() { label->setText(QStringLiteral(\"Open the case\")); }");
        const QString good = QStringLiteral("void f() { label->setText(tr(\"Open the case\")); "
                                            "w->setObjectName(QStringLiteral(\"open case\")); }");
        const QString multiLine = QStringLiteral("void f() {\n x = Ctx::tr(\"first part \"\n \"second part\"); }");
        QCOMPARE(trscan::scanSource(QStringLiteral("bad.cpp"), bad).size(), 1);
        QCOMPARE(trscan::scanSource(QStringLiteral("good.cpp"), good).size(), 0);
        QCOMPARE(trscan::scanSource(QStringLiteral("multi.cpp"), multiLine).size(), 0);
    }

    void germanWindowShowsNoEnglishText()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("de"));
        CaseSession session;
        WindowHost host(&session, &language);
        host.show(false);
        session.openSample();
        host.window()->selectSubject({OutlineSubject::Kind::Link,
                                      session.store()->links().constFirst().id.value});
        QTest::qWait(300);

        const EnglishTexts english = englishTexts();
        QVERIFY(english.whole.size() > 200);
        QStringList leftovers;
        const QStringList texts = visibleTexts(host.window());
        for (const QString &shown : texts) {
            const QString plain = withoutMnemonic(shown);
            if (english.whole.contains(plain)) {
                leftovers << plain;
                continue;
            }
            for (const QString &phrase : english.phrases)
                if (plain.contains(phrase))
                    leftovers << phrase;
        }
        leftovers.removeDuplicates();
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
        // And German is really there, not just nothing.
        QVERIFY(texts.contains(QCoreApplication::translate("chiptrail::gui::MainWindow", "&File")));
        QVERIFY(QCoreApplication::translate("chiptrail::gui::MainWindow", "&File") != QLatin1String("&File"));
        language.applySaved(QStringLiteral("en"));
    }

    void germanRuleStepsSayKindsAndCertaintiesInGerman()
    {
        // The rule engine's sentences take the case's values as words: in German they must not
        // carry the file's codes ("hat suspected Verflechtungen (affiliation)", "cloud_tenant").
        UiLanguage language;
        language.applySaved(QStringLiteral("de"));
        const CaseData sample = readCaseJsonFile(QStringLiteral(":/samples/inf-tech-indosat.json"));
        const RuleBook book = RuleBook::load();
        CheckOptions options;
        options.today = QDate(2026, 11, 24);
        const CaseFindings findings = RuleChecker(book).check(sample, options);
        QStringList codes;
        for (const LinkKind kind : {LinkKind::Sale, LinkKind::Shipment, LinkKind::Lease, LinkKind::Ownership,
                                    LinkKind::Contract, LinkKind::Affiliation, LinkKind::Founder})
            codes << toWord(kind);
        for (const Confidence confidence : {Confidence::Confirmed, Confidence::Reported, Confidence::Suspected,
                                            Confidence::Disputed, Confidence::Denied})
            codes << toWord(confidence);
        for (int role = 0; role <= int(PartyRole::Other); ++role)
            codes << toWord(PartyRole(role));
        const QRegularExpression code(QStringLiteral("\\b(%1)\\b").arg(codes.join(QLatin1Char('|'))));
        int steps = 0;
        QStringList leftovers;
        for (const LinkFinding &link : findings.links)
            for (const Step &step : link.steps) {
                ++steps;
                if (code.match(step.text).hasMatch())
                    leftovers << step.text;
            }
        QVERIFY(steps > 20);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char('\n'))));
        // The sample's suspected ties to a listed party are among the sentences, in German.
        const QString tie = QCoreApplication::translate("Rules", "affiliation");
        QVERIFY(tie != QLatin1String("affiliation"));
        bool tieSaid = false;
        for (const LinkFinding &link : findings.links)
            for (const Step &step : link.steps)
                tieSaid = tieSaid || step.text.contains(tie);
        QVERIFY(tieSaid);
        language.applySaved(QStringLiteral("en"));
    }

    void qtsOwnButtonsAreGermanToo()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("de"));
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        QCOMPARE(withoutMnemonic(box.button(QDialogButtonBox::Cancel)->text()), QStringLiteral("Abbrechen"));
        QCOMPARE(withoutMnemonic(box.button(QDialogButtonBox::Save)->text()), QStringLiteral("Speichern"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1.234.567"));
        language.applySaved(QStringLiteral("en"));
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));
    }

    void switchingLanguageKeepsCaseSelectionAndHistory()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("en"));
        CaseSession session;
        WindowHost host(&session, &language);
        host.show(false);
        session.openSample();
        const auto link = session.store()->links().constLast();
        host.window()->selectSubject({OutlineSubject::Kind::Link, link.id.value});
        const int undoBefore = session.undoStack()->count();
        const QString english = host.window()->findChild<QDockWidget *>(QStringLiteral("rulesDock"))->windowTitle();
        QCOMPARE(english, QStringLiteral("Export-rule checks"));

        QPointer<MainWindow> old = host.window();
        QAction *german = old->findChild<QAction *>(QStringLiteral("language_de"));
        QVERIFY(german);
        german->trigger();
        QTRY_VERIFY(old.isNull()); // the window was built again, in German
        MainWindow *window = host.window();
        QVERIFY(window->isVisible());
        const QString title = window->findChild<QDockWidget *>(QStringLiteral("rulesDock"))->windowTitle();
        QCOMPARE(title, QCoreApplication::translate("chiptrail::gui::MainWindow", "Export-rule checks"));
        QVERIFY(title != english);
        const OutlineSubject subject = CaseOutlineModel::subjectAt(window->outlineView()->currentIndex());
        QCOMPARE(subject.kind, OutlineSubject::Kind::Link);
        QCOMPARE(subject.id, link.id.value);
        QCOMPARE(session.undoStack()->count(), undoBefore);
        QCOMPARE(language.choice(), QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));

        window->findChild<QAction *>(QStringLiteral("language_en"))->trigger();
        QTRY_COMPARE(host.window()->findChild<QDockWidget *>(QStringLiteral("rulesDock"))->windowTitle(), english);
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
