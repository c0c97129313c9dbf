// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatesdialog.h"

#include "casesession.h"
#include "dialogs/mergepartiesdialog.h"
#include "document/casedocument.h"
#include "rules/rulebook.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chiptrail::gui {

DuplicatesDialog::DuplicatesDialog(CaseSession *session, QSet<QPair<qint64, qint64>> *notSame, QWidget *parent)
    : QDialog(parent), m_session(session), m_notSame(notSame), m_status(new QLabel), m_list(new QTreeWidget),
      m_merge(new QPushButton(tr("&Merge…"))), m_notSameButton(new QPushButton(tr("&Not the Same")))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Possible Duplicates"));
    auto *layout = new QVBoxLayout(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_list->setObjectName(QStringLiteral("duplicatePairs"));
    m_list->setHeaderLabels({tr("Party"), tr("Possibly the same as"), tr("Score")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_merge->setObjectName(QStringLiteral("mergePair"));
    m_notSameButton->setObjectName(QStringLiteral("notSamePair"));
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_notSameButton, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeCurrent);
    connect(m_notSameButton, &QPushButton::clicked, this, &DuplicatesDialog::setAsideCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &DuplicatesDialog::mergeCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DuplicatesDialog::updateButtons);
    connect(session->document(), &CaseDocument::changed, this, [this](const CaseDelta &delta) {
        if (!delta.parties.isEmpty())
            search();
    });
    connect(session->document(), &CaseDocument::reset, this, &DuplicatesDialog::search);
    resize(640, 420);
    search();
}

void DuplicatesDialog::search()
{
    const CaseDocument *document = m_session->document();
    const RuleBook *book = document->ruleBook();
    if (!book) {
        m_status->setText(tr("The screening's name data could not be loaded: %1").arg(document->ruleBookError()));
        showPairs({});
        return;
    }
    m_status->setText(tr("Looking for parties with alike names…"));
    // The work gets copies: the case may change (and the dialog close) while it runs.
    const QList<Party> parties = document->data().parties;
    const NameFoldingData folding = book->folding;
    const double minScore = book->entityList.possibleScore;
    QPointer<DuplicatesDialog> self(this);
    m_job.start([self, parties, folding, minScore](const JobTracker::StopFlag &stop) -> JobTracker::Delivery {
        auto found = findPossibleDuplicates(parties, folding, minScore, [stop] { return stop->load(); });
        return [self, found = std::move(found)] {
            if (self)
                self->showPairs(found);
        };
    });
}

void DuplicatesDialog::showPairs(const QList<PossibleDuplicate> &pairs)
{
    m_found = pairs;
    m_shown.clear();
    m_list->clear();
    const QLocale locale;
    for (const PossibleDuplicate &pair : pairs) {
        if (m_notSame->contains({pair.first.value, pair.second.value}))
            continue;
        m_shown << pair;
        auto *item = new QTreeWidgetItem(m_list, {pair.firstName, pair.secondName, locale.toString(pair.score, 'f', 2)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_status->setText(m_shown.isEmpty() ? tr("No parties with alike names.")
                                        : tr("%n pair(s) of parties with alike names. Merge those that are one and "
                                             "the same; set aside those that are not.",
                                             nullptr, int(m_shown.size())));
    updateButtons();
    Q_EMIT searched();
}

void DuplicatesDialog::mergeCurrent()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_shown.size())
        return;
    MergePartiesDialog dialog(m_session, {m_shown.at(row).first, m_shown.at(row).second}, this);
    dialog.exec(); // a merge changes the parties: the list is searched again
}

void DuplicatesDialog::setAsideCurrent()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_shown.size())
        return;
    m_notSame->insert({m_shown.at(row).first.value, m_shown.at(row).second.value});
    showPairs(m_found);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(std::min(row, m_list->topLevelItemCount() - 1)));
}

void DuplicatesDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_merge->setEnabled(any);
    m_notSameButton->setEnabled(any);
}

} // namespace chiptrail::gui
