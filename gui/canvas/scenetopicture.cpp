// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenetopicture.h"

#include "canvas/chainscene.h"
#include "canvas/linkedgeitem.h"
#include "canvas/partynodeitem.h"
#include "picture/picturebuilder.h"
#include "picture/picturegeometry.h"

namespace chiptrail::gui {

picture::ChainPicture sceneToPicture(const ChainScene &scene, const QString &title, LinesAndLabels lines)
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
    if (lines == LinesAndLabels::ToBePlaced)
        return picture;
    for (picture::LinkLine &line : picture.lines)
        if (const LinkEdgeItem *edge = scene.edge(line.link))
            line.geometry = edge->line().geometry;
    for (picture::LinkLabel &label : picture.labels)
        if (const LinkEdgeItem *edge = scene.edge(label.link)) {
            if (edge->labelLeftOut()) { // as placeLabelsClear leaves a label out
                label.text.clear();
                label.box = QRectF(edge->labelData().box.center(), QSizeF(0, 0));
            } else {
                picture::moveLabel(label, edge->labelData().box.center()); // its own size: it may carry a verdict mark
            }
        }
    picture.bounds = picture::pictureBounds(picture);
    return picture;
}

} // namespace chiptrail::gui
