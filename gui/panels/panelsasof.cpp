// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelsasof.h"

#include <QAction>
#include <QSettings>

namespace chiptrail::gui {
namespace {
const QString settingsKey = QStringLiteral("view/panelsFollowAsOf");
}

PanelsAsOf::PanelsAsOf(QObject *parent) : QObject(parent), m_toggle(new QAction(tr("Panels &Follow the As-of Date"), this))
{
    m_toggle->setObjectName(QStringLiteral("panelsFollowAsOf"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Mark links, notes and search hits dated after the as-of date in the outline, "
                            "the notes panels and search"));
    m_toggle->setChecked(QSettings().value(settingsKey, false).toBool());
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(settingsKey, on);
        update();
    });
}

bool PanelsAsOf::isOn() const { return m_toggle->isChecked(); }

QDate PanelsAsOf::panelDate() const { return isOn() ? m_asOf : QDate(); }

void PanelsAsOf::setAsOf(const QDate &date)
{
    m_asOf = date;
    update();
}

void PanelsAsOf::update()
{
    const QDate date = panelDate();
    if (date == m_sent)
        return;
    m_sent = date;
    Q_EMIT panelDateChanged(date);
}

} // namespace chiptrail::gui
