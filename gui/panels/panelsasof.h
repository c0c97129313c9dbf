// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

class QAction;

namespace chiptrail::gui {

// View → "Panels Follow the As-of Date": whether the outline, the notes panels and search mark
// what lies after the as-of date the canvas uses. Off by default, remembered across sessions.
// It holds the window's as-of date and hands the panels the date they should follow: invalid
// when the toggle is off or no as-of date is set, so a panel marks nothing.
class PanelsAsOf : public QObject
{
    Q_OBJECT
public:
    explicit PanelsAsOf(QObject *parent = nullptr);

    QAction *toggleAction() const { return m_toggle; }
    bool isOn() const;
    QDate panelDate() const; // invalid: the panels mark nothing

public Q_SLOTS:
    void setAsOf(const QDate &date); // the window's as-of date (invalid: none)

Q_SIGNALS:
    void panelDateChanged(const QDate &date);

private:
    void update();

    QAction *m_toggle;
    QDate m_asOf;
    QDate m_sent;
};

} // namespace chiptrail::gui
