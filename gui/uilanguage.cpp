// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>

namespace chiptrail::gui {
namespace {

const QString settingsKey = QStringLiteral("ui/language");

} // namespace

UiLanguage::UiLanguage(QObject *parent) : QObject(parent) {}

QStringList UiLanguage::supported()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString UiLanguage::nativeName(const QString &code)
{
    // A language is offered in its own name, so a user lost in the other one still finds theirs.
    return code == QLatin1String("de") ? QStringLiteral("Deutsch") : QStringLiteral("English");
}

QString UiLanguage::systemLanguage()
{
    const QString language = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return supported().contains(language) ? language : QStringLiteral("en");
}

void UiLanguage::applySaved(const QString &override)
{
    QString choice = override.isEmpty() ? QSettings().value(settingsKey).toString() : override;
    if (!choice.isEmpty() && !supported().contains(choice))
        choice.clear();
    install(choice);
}

void UiLanguage::choose(const QString &code)
{
    const QString before = m_effective;
    install(supported().contains(code) ? code : QString());
    QSettings().setValue(settingsKey, m_choice);
    if (m_effective != before)
        Q_EMIT changed();
}

void UiLanguage::install(const QString &choice)
{
    m_choice = choice;
    m_effective = choice.isEmpty() ? systemLanguage() : choice;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qts);
    }
    // English is the source language; its file only holds plural forms ("1 party", "2 parties").
    const bool oursLoaded = m_ours.load(QStringLiteral(":/i18n/chiptrail_%1.qm").arg(m_effective));
    const bool qtsLoaded = m_qts.load(QLocale(m_effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (oursLoaded)
        QCoreApplication::installTranslator(&m_ours);
    if (qtsLoaded)
        QCoreApplication::installTranslator(&m_qts);
    m_installed = true;
    // Dates and numbers follow the language; the system's own formats when it speaks that language.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().startsWith(m_effective) ? system : QLocale(m_effective));
}

QMenu *UiLanguage::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const auto add = [&](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == m_choice);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("Follow the &System (%1)").arg(nativeName(systemLanguage())));
    menu->addSeparator();
    for (const QString &code : supported())
        add(code, nativeName(code));
    return menu;
}

} // namespace chiptrail::gui
