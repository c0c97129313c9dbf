// SPDX-License-Identifier: GPL-3.0-or-later
// The forms' boxes that take typed names (roles, kinds, countries, confidence): a name, a part
// of one or a code is taken; a text that fits several entries or none is kept as typed and the
// form waits.
#include "dialogs/entitydialogs.h"
#include "dialogs/formfields.h"
#include "uilanguage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

Party party(const QString &name, PartyRole role, const QString &country)
{
    Party p;
    p.name = name;
    p.role = role;
    p.headquartersCountry = country;
    return p;
}

// As a click elsewhere does: the suggestions close, the focus moves on.
void leave(QComboBox *box, QWidget *next)
{
    box->completer()->popup()->hide();
    next->setFocus();
}

} // namespace

class TestTypedNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ChipTrailTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_typednames"));
        QSettings().clear();
    }

    // Typing "United States" must not open the list at the space and land on the Emirates.
    void countryListsTakeTypedNames()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("en"));
        QWidget host;
        auto *box = new CountryBox(&host);
        auto *other = new QLineEdit(&host);
        host.show();
        QVERIFY(QTest::qWaitForWindowActive(&host));
        box->setFocus();
        box->lineEdit()->selectAll(); // as Tab into the field does: typing replaces the text
        QTest::keyClicks(box, QStringLiteral("United States"));
        QVERIFY(box->completer()->filterMode() == Qt::MatchContains);
        // The list narrowed to what contains the words, with the space typed as a space.
        QVERIFY(box->completer()->popup()->isVisible());
        QStringList offered;
        for (int row = 0; row < box->completer()->completionModel()->rowCount(); ++row)
            offered << box->completer()->completionModel()->index(row, 0).data().toString();
        QVERIFY2(offered.contains(QStringLiteral("United States (US)")), qPrintable(offered.join(QLatin1Char('|'))));
        leave(box, other); // leaving the field takes the name
        QCOMPARE(box->code(), QStringLiteral("US"));

        // A part of one name is enough; a part of several names is kept as typed, not taken.
        box->setFocus();
        box->lineEdit()->selectAll();
        QTest::keyClicks(box, QStringLiteral("emirates"));
        leave(box, other);
        QCOMPARE(box->code(), QStringLiteral("AE"));
        box->setFocus();
        box->lineEdit()->selectAll();
        QTest::keyClicks(box, QStringLiteral("Islands"));
        leave(box, other);
        QCOMPARE(box->code(), QStringLiteral("AE"));
        QCOMPARE(box->lineEdit()->text(), QStringLiteral("Islands"));
        QVERIFY(!typedNameFits(box));
        QVERIFY(box->lineEdit()->styleSheet().contains(QStringLiteral("color")));
        box->setFocus(); // the code alone
        box->lineEdit()->selectAll();
        QTest::keyClicks(box, QStringLiteral("id"));
        leave(box, other);
        QCOMPARE(box->code(), QStringLiteral("ID"));

        // The party form's role and country boxes take typed names too.
        PartyDialog dialog(party(QStringLiteral("X"), PartyRole::Distributor, QString()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *role = dialog.findChild<QComboBox *>(QStringLiteral("role"));
        auto *headquarters = dialog.findChild<CountryBox *>(QStringLiteral("headquarters"));
        QVERIFY(role && headquarters && role->isEditable());
        headquarters->setFocus();
        headquarters->lineEdit()->selectAll();
        QTest::keyClicks(headquarters, QStringLiteral("United States"));
        leave(headquarters, role);
        QCOMPARE(dialog.party().headquartersCountry, QStringLiteral("US"));
    }

    // "Cloud" and Enter in the role box: it names two roles, so the form must neither save the old
    // role (as it once did, quietly) nor guess; it says which two and waits.
    void aTypedNameOfTwoChoicesIsNotSavedAsTheOldOne()
    {
        UiLanguage language;
        language.applySaved(QStringLiteral("en"));
        PartyDialog dialog(party(QStringLiteral("Aivres"), PartyRole::Distributor, QString()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *role = dialog.findChild<QComboBox *>(QStringLiteral("role"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("typedNameProblem"));
        QVERIFY(role && problem);
        QVERIFY(!problem->isVisible());
        const auto typeAndEnter = [&](const QString &text) {
            role->setFocus();
            role->lineEdit()->selectAll();
            QTest::keyClicks(role->lineEdit(), text);
            role->completer()->popup()->hide();
            QTest::keyClick(role->lineEdit(), Qt::Key_Return);
        };
        typeAndEnter(QStringLiteral("Cloud"));
        QVERIFY(dialog.isVisible()); // Enter did not accept the form
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(role->lineEdit()->text(), QStringLiteral("Cloud"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("Role")) && problem->text().contains(QStringLiteral("Cloud provider"))
                     && problem->text().contains(QStringLiteral("Cloud tenant")),
                 qPrintable(problem->text()));
        QCOMPARE(dialog.party().role, PartyRole::Distributor); // nothing taken yet

        typeAndEnter(QStringLiteral("zzz")); // names no role at all
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("none of the choices")), qPrintable(problem->text()));

        typeAndEnter(QStringLiteral("cloud ten"));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.party().role, PartyRole::CloudTenant);
        QCOMPARE(role->lineEdit()->text(), QStringLiteral("Cloud tenant"));
    }
};

QTEST_MAIN(TestTypedNames)
#include "test_typednames.moc"
