// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"

#include <QStandardItemModel>

namespace chiptrail::gui {

// What an outline row stands for; groups have no subject.
struct OutlineSubject
{
    enum class Kind { None, Party, Site, Product, Link, Source };
    Kind kind = Kind::None;
    qint64 id = 0;
    bool operator==(const OutlineSubject &) const = default;
};

// The case as a tree: parties grouped by role, then sites, products, links and sources.
// Rebuilt from plain case data; the view never writes through it.
class CaseOutlineModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Roles { SubjectKindRole = Qt::UserRole + 1, SubjectIdRole };

    explicit CaseOutlineModel(QObject *parent = nullptr);

    void setCase(const CaseData &data);
    static OutlineSubject subjectAt(const QModelIndex &index);
    QModelIndex indexOf(const OutlineSubject &subject) const;
};

} // namespace chiptrail::gui
