// SPDX-License-Identifier: GPL-3.0-or-later
// The real window, in English and in German: no key is bound twice (Qt then calls it ambiguous
// and does nothing), and every key the user guides document is bound.
#include "canvas/cardkeyboard.h"
#include "casesession.h"
#include "mainwindow.h"
#include "standardkeys.h"
#include "uilanguage.h"
#include "windowhost.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

struct Binding
{
    QString owner;
    Qt::ShortcutContext context;
};

QString ownerName(const QObject *object, const QString &text)
{
    return QStringLiteral("%1 “%2”").arg(object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                                                          : object->objectName(),
                                         text);
}

// Every key bound in the window: actions that sit in a widget of it (menus, toolbars, the window
// itself) and QShortcuts, whatever their context; each key of an action counted as often as it
// is listed, so an action that names a key twice shows up too.
QMultiMap<QKeySequence, Binding> bindings(MainWindow *window)
{
    QSet<QAction *> actions;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets)
        for (QAction *action : widget->actions())
            actions.insert(action);
    for (QAction *action : window->actions())
        actions.insert(action);
    for (QAction *action : window->findChildren<QAction *>())
        if (!action->associatedObjects().isEmpty())
            actions.insert(action);
    QMultiMap<QKeySequence, Binding> keys;
    // Keys the canvas handles itself when it has the focus (not actions: they go to the current card).
    for (const QKeySequence &key : CardKeyboard::keys())
        keys.insert(key, {QStringLiteral("canvas keyboard"), Qt::WidgetShortcut});
    for (QAction *action : std::as_const(actions))
        for (const QKeySequence &key : action->shortcuts())
            if (!key.isEmpty())
                keys.insert(key, {ownerName(action, action->text()), action->shortcutContext()});
    for (QShortcut *shortcut : window->findChildren<QShortcut *>())
        for (const QKeySequence &key : shortcut->keys())
            if (!key.isEmpty())
                keys.insert(key, {ownerName(shortcut, shortcut->parent()->objectName()), shortcut->context()});
    return keys;
}

// The keys of the shortcut table in a guide ("| Ctrl+Shift+S | Save as… |"); mouse gestures left out.
QList<QKeySequence> documentedKeys(const QString &guide, QStringList *rows)
{
    QFile file(QStringLiteral(CHIPTRAIL_SOURCE_DIR "/docs/") + guide);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    bool inTable = false;
    QList<QKeySequence> keys;
    static const QRegularExpression gesture(QStringLiteral("drag|click|wheel|Ziehen|klick|Mausrad"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## ")))
            inTable = line.contains(QLatin1String("Keyboard shortcuts")) || line.contains(u"Tastenkürzel");
        if (!inTable || !line.startsWith(u'|') || line.startsWith(QLatin1String("|---")))
            continue;
        const QString cell = line.section(u'|', 1, 1).trimmed();
        if (cell == QLatin1String("keys") || cell == QLatin1String("Tasten") || cell.contains(gesture))
            continue;
        QString plain = cell;
        plain.remove(QRegularExpression(QStringLiteral("\\s*\\(.*\\)")));
        plain.replace(QLatin1String("Strg"), QLatin1String("Ctrl"))
            .replace(QLatin1String("Umschalt"), QLatin1String("Shift"))
            .replace(QLatin1String("Entf"), QLatin1String("Del"))
            .replace(QLatin1String("Eingabe"), QLatin1String("Return"))
            .replace(QLatin1String("Enter"), QLatin1String("Return"))
            .replace(QLatin1String("Menu key"), QLatin1String("Menu"))
            .replace(QStringLiteral("Menütaste"), QLatin1String("Menu"));
        // "arrows" stands for the four arrow keys, each of which must be bound.
        static const QRegularExpression arrows(QStringLiteral("\\b(arrows|Pfeile)\\b"));
        if (plain.contains(arrows)) {
            QStringList four;
            for (const char *arrow : {"Left", "Right", "Up", "Down"})
                four << QString(plain).replace(arrows, QLatin1String(arrow));
            plain = four.join(QLatin1String(" / "));
        }
        static const QRegularExpression alternatives(QStringLiteral(" / |, "));
        for (const QString &text : plain.split(alternatives)) {
            keys << QKeySequence::fromString(text.trimmed(), QKeySequence::PortableText);
            *rows << cell;
        }
    }
    return keys;
}

} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void noKeyIsBoundTwice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }
    void noKeyIsBoundTwice()
    {
        QFETCH(QString, language);
        UiLanguage ui;
        ui.applySaved(language);
        QTemporaryDir unsaved;
        CaseSession session(nullptr, unsaved.path());
        WindowHost host(&session, &ui);
        session.openSample();
        const auto keys = bindings(host.window());
        QVERIFY(keys.size() > 15);
        QStringList clashes;
        for (const QKeySequence &key : keys.uniqueKeys()) {
            // Keys that work anywhere in the window (or the application) must not meet: a key
            // local to one widget (Esc on the canvas) only clashes with others of that widget.
            QStringList owners;
            for (const Binding &b : keys.values(key))
                if (b.context == Qt::WindowShortcut || b.context == Qt::ApplicationShortcut)
                    owners << b.owner;
            if (owners.size() > 1)
                clashes << key.toString() + QStringLiteral(": ") + owners.join(QStringLiteral(", "));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void standardKeysNameEachKeyOnce()
    {
        // Whatever the platform binds to Redo, the documented Ctrl+Shift+Z is in the list once:
        // listed twice (an X11 desktop binds it too) Qt calls it ambiguous and redo did nothing.
        const QKeySequence documented(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        for (const auto key : {QKeySequence::Redo, QKeySequence::SaveAs, QKeySequence::Quit, QKeySequence::New}) {
            const QList<QKeySequence> keys = standardKeys(key, documented);
            QCOMPARE(keys.count(documented), 1);
            for (const QKeySequence &platform : QKeySequence::keyBindings(key))
                QCOMPARE(keys.count(platform), 1);
        }
    }

    void everyDocumentedKeyIsBound_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("guide");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("user-guide.md");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("benutzerhandbuch.md");
    }
    void everyDocumentedKeyIsBound()
    {
        QFETCH(QString, language);
        QFETCH(QString, guide);
        UiLanguage ui;
        ui.applySaved(language);
        QTemporaryDir unsaved;
        CaseSession session(nullptr, unsaved.path());
        WindowHost host(&session, &ui);
        session.openSample();
        const auto keys = bindings(host.window());
        QStringList rows;
        const QList<QKeySequence> documented = documentedKeys(guide, &rows);
        QVERIFY2(documented.size() >= 14, qPrintable(rows.join(u'\n')));
        QStringList missing;
        for (qsizetype i = 0; i < documented.size(); ++i)
            if (documented[i].isEmpty() || !keys.contains(documented[i]))
                missing << rows[i] + QStringLiteral(" → ") + documented[i].toString();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }
};

QTEST_MAIN(TestShortcuts)
#include "test_shortcuts.moc"
