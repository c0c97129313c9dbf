// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/collapsegroups.h"
#include "model/entities.h"

#include <QCoreApplication>
#include <QString>

namespace chiptrail::picture {

// The words the chain picture writes beside its cards, in the UI language: the same on screen and
// in every export.
class PictureText
{
    Q_DECLARE_TR_FUNCTIONS(PictureText)
public:
    // A link's label, one line each: "2,304 × GB200 NVL72", the dates, an uncertain confidence.
    static QString linkLabel(const Link &link, const QList<Product> &products);
    // "Indonesia (ID)", "Nvidia group".
    static QString groupTitle(const CollapseKey &key, const QList<Party> &parties);
};

} // namespace chiptrail::picture
