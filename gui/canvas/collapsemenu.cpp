// SPDX-License-Identifier: GPL-3.0-or-later
#include "collapsemenu.h"

#include "canvas/chainscene.h"
#include "canvas/countryboxitem.h"
#include "canvas/groupnodeitem.h"
#include "canvas/partynodeitem.h"

#include <QCoreApplication>
#include <QAction>
#include <QMenu>

namespace chiptrail::gui {
namespace {
struct CollapseMenu
{
    Q_DECLARE_TR_FUNCTIONS(CollapseMenu)
};
} // namespace

void addCollapseActions(QMenu &menu, ChainScene *scene, const QList<QGraphicsItem *> &itemsAtPointer)
{
    QList<QAction *> actions;
    auto add = [&](const QString &objectName, const QString &text, auto slot) {
        auto *action = new QAction(text, &menu);
        action->setObjectName(objectName);
        QObject::connect(action, &QAction::triggered, scene, slot);
        actions.append(action);
    };
    for (QGraphicsItem *item : itemsAtPointer) {
        if (item->type() == GroupNodeItem::Type) {
            const CollapseKey key = static_cast<GroupNodeItem *>(item)->key();
            add(QStringLiteral("expandGroup"), CollapseMenu::tr("E&xpand %1").arg(scene->groupTitle(key)),
                [scene, key] { scene->expand(key); });
            break;
        }
        if (item->type() == PartyNodeItem::Type) {
            auto *node = static_cast<PartyNodeItem *>(item);
            if (const auto group = scene->companyGroupOf(node->partyId()))
                add(QStringLiteral("collapseGroup"), CollapseMenu::tr("Collapse Company &Group: %1").arg(scene->groupTitle(*group)),
                    [scene, key = *group] { scene->collapse(key); });
            const CollapseKey country = CollapseKey::forCountry(node->country());
            add(QStringLiteral("collapseCountry"), CollapseMenu::tr("&Collapse Country: %1").arg(scene->groupTitle(country)),
                [scene, country] { scene->collapse(country); });
            break;
        }
        if (item->type() == CountryBoxItem::Type) {
            const CollapseKey country = CollapseKey::forCountry(static_cast<CountryBoxItem *>(item)->isoCode());
            add(QStringLiteral("collapseCountry"), CollapseMenu::tr("&Collapse Country: %1").arg(scene->groupTitle(country)),
                [scene, country] { scene->collapse(country); });
            break;
        }
    }
    if (!scene->collapsedGroups().isEmpty())
        add(QStringLiteral("expandAll"), CollapseMenu::tr("Expand &All Groups"), [scene] { scene->expandAll(); });
    if (actions.isEmpty())
        return;
    menu.addSeparator();
    menu.addActions(actions);
}

} // namespace chiptrail::gui
