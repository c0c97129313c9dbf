// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace chiptrail::gui {

// The cases opened or saved lately, newest first, kept in the settings. Files that are gone are
// dropped when the menu is shown, not when they are listed, so a disconnected drive comes back.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();

    // "Open Recent" with one entry per existing file and "Clear List"; refreshed when it opens.
    QMenu *createMenu(QWidget *parent);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void fill(QMenu *menu);
    void store(const QStringList &files);
};

} // namespace chiptrail::gui
