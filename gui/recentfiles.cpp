// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace chiptrail::gui {
namespace {

const QString settingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, maximum));
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &list)
{
    QSettings().setValue(settingsKey, list);
}

QMenu *RecentFiles::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Open &Recent"), parent);
    menu->setObjectName(QStringLiteral("recentMenu"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fill(menu); });
    fill(menu);
    return menu;
}

void RecentFiles::fill(QMenu *menu)
{
    menu->clear();
    QStringList existing;
    const QStringList all = files();
    for (const QString &path : all)
        if (QFileInfo::exists(path))
            existing << path;
    if (existing != all)
        store(existing);
    int number = 0;
    for (const QString &path : std::as_const(existing)) {
        ++number;
        // "&1 case.chiptrail — /home/…" so the keyboard reaches the first nine.
        const QString label = (number < 10 ? QStringLiteral("&%1 ").arg(number) : QString())
                              + QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (existing.isEmpty()) {
        QAction *none = menu->addAction(tr("No recent cases"));
        none->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear List"), this, &RecentFiles::clear);
}

} // namespace chiptrail::gui
