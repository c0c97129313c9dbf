// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "panels/caseoutlinemodel.h"

#include <QTextBrowser>

namespace chiptrail {
class CaseDocument;
}

namespace chiptrail::gui {

// Everything the case says about one subject, and the notes that back it. Text from sources and
// from the user is escaped: a name with markup shows as typed, never as markup.
class DetailsPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    void show(const CaseDocument *document, const OutlineSubject &subject);
};

} // namespace chiptrail::gui
