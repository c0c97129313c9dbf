// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenetopicture.h"

#include "canvas/chainscene.h"
#include "canvas/linkedgeitem.h"
#include "canvas/partynodeitem.h"
#include "picture/picturebuilder.h"

namespace chiptrail::gui {

picture::ChainPicture sceneToPicture(const ChainScene &scene, const QString &title)
{
    picture::PictureRequest request;
    request.positions = scene.positions();
    request.linkColours = scene.linkColours();
    request.asOf = scene.asOf();
    request.collapsed = scene.collapsedGroups();
    request.title = title;
    picture::ChainPicture picture = picture::buildChainPicture(scene.caseData(), request);
    // Fading and highlighting as the items show them now (a path, the unsourced filter), so the
    // file is what the window shows.
    for (picture::Card &card : picture.cards)
        if (const PartyNodeItem *node = scene.node(card.party)) {
            card.dimmed = node->card().dimmed;
            card.highlighted = node->isHighlighted();
        }
    for (picture::LinkLine &line : picture.lines)
        if (const LinkEdgeItem *edge = scene.edge(line.link)) {
            line.dimmed = edge->line().dimmed;
            line.highlighted = edge->isHighlighted();
        }
    for (picture::LinkLabel &label : picture.labels)
        if (const LinkEdgeItem *edge = scene.edge(label.link)) {
            label.dimmed = edge->labelData().dimmed;
            label.highlighted = edge->isHighlighted();
        }
    return picture;
}

} // namespace chiptrail::gui
