// SPDX-License-Identifier: GPL-3.0-or-later
#include "screeninglists.h"

#include "casesession.h"
#include "dialogs/screeninglistsdialog.h"
#include "error.h"
#include "rules/liststore.h"

#include <QAction>
#include <QFileInfo>

namespace chiptrail::gui {

ScreeningLists::ScreeningLists(CaseSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window), m_action(new QAction(tr("&Screening Lists…"), this))
{
    m_action->setObjectName(QStringLiteral("screeningLists"));
    connect(m_action, &QAction::triggered, this, &ScreeningLists::openDialog);
    reload();
}

void ScreeningLists::reload()
{
    const QString path = ListStore::defaultPath();
    const RuleBook *book = m_session->document()->ruleBook();
    if (!book)
        return;
    m_jobs.start([this, path, book](const JobTracker::StopFlag &) -> JobTracker::Delivery {
        ListScreeners screeners;
        QString error;
        try {
            // A user who never imported a list has no store, and opening one would create it.
            if (QFileInfo::exists(path))
                screeners = makeListScreeners(ListStore(path).activeLists(), book->folding);
        } catch (const CaseError &e) {
            error = e.message();
        }
        return [this, screeners, error] {
            if (!error.isEmpty())
                Q_EMIT failed(tr("Screening lists"), error);
            m_session->document()->setScreeningLists(screeners);
            Q_EMIT loaded();
        };
    });
}

void ScreeningLists::openDialog()
{
    ScreeningListsDialog dialog(ListStore::defaultPath(), m_window);
    connect(&dialog, &ScreeningListsDialog::listsChanged, this, &ScreeningLists::reload);
    dialog.exec();
}

} // namespace chiptrail::gui
