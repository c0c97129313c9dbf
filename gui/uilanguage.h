// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

class QMenu;
class QWidget;

namespace chiptrail::gui {

// The language of the user interface: ChipTrail's own texts and Qt's (file dialogs, buttons),
// dates and numbers in that language's format. The choice is kept in the settings; an empty
// choice follows the system locale, falling back to English when it is neither English nor German.
class UiLanguage : public QObject
{
    Q_OBJECT
public:
    explicit UiLanguage(QObject *parent = nullptr);

    static QStringList supported();            // "en", "de"
    static QString nativeName(const QString &code); // "English", "Deutsch": never translated
    static QString systemLanguage();            // the system locale's language if supported, else "en"

    QString choice() const { return m_choice; } // "" = follow the system
    QString effective() const { return m_effective; }

    // Loads the saved choice (or the one given, e.g. from the command line) and installs it.
    void applySaved(const QString &override = {});
    // Installs `code` ("" = system), saves it, and tells the listeners when the language changed.
    void choose(const QString &code);

    // A "Language" menu with "System" and each supported language, checked as chosen.
    QMenu *createMenu(QWidget *parent);

Q_SIGNALS:
    void changed(); // the texts are in a different language now: rebuild or retranslate

private:
    void install(const QString &choice);

    QString m_choice;
    QString m_effective;
    QTranslator m_ours;
    QTranslator m_qts;
    bool m_installed = false;
};

} // namespace chiptrail::gui
