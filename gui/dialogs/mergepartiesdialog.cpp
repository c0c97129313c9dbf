// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergepartiesdialog.h"

#include "casesession.h"
#include "commands/mergepartiescommand.h"
#include "document/casedocument.h"
#include "document/partymergetext.h"
#include "error.h"
#include "model/displaytext.h"
#include "rules/partyduplicates.h"
#include "rules/rulebook.h"
#include "store/casestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace chiptrail::gui {
namespace {

QString partyLabel(const Party &party)
{
    return QStringLiteral("%1 (%2, %3)").arg(party.name, DisplayText::role(party.role), party.key);
}

QString htmlList(const QStringList &lines)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &line : lines)
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

MergePartiesDialog::MergePartiesDialog(CaseSession *session, QList<PartyId> parties, QWidget *parent)
    : QDialog(parent), m_session(session), m_parties(std::move(parties)), m_survivor(new QListWidget),
      m_preview(new QTextBrowser), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("mergePartiesDialog"));
    setWindowTitle(tr("Merge Parties"));
    const CaseDocument *document = session->document();
    if (const RuleBook *book = document->ruleBook())
        m_nameKey = screeningNameKey(book->folding);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The parties below are one and the same. Everything that refers to them moves to "
                                "the party that stays; the others become its aliases and are removed. "
                                "Undo puts them back."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (m_parties.size() == 1) {
        // Chosen from one card: the other party is picked here, by name.
        m_partner = new QComboBox;
        m_partner->setObjectName(QStringLiteral("mergePartner"));
        QList<Party> others;
        for (const Party &party : document->data().parties)
            if (party.id != m_parties.first())
                others << party;
        std::sort(others.begin(), others.end(), [](const Party &a, const Party &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Party &party : others)
            m_partner->addItem(partyLabel(party), party.id.value);
        auto *form = new QFormLayout;
        auto *label = new QLabel(tr("Merge &with:"));
        label->setBuddy(m_partner);
        form->addRow(label, m_partner);
        layout->addLayout(form);
        connect(m_partner, &QComboBox::currentIndexChanged, this, [this] {
            fillSurvivors();
            updatePreview();
        });
    }
    auto *survivorLabel = new QLabel(tr("Party that &stays:"));
    survivorLabel->setBuddy(m_survivor);
    layout->addWidget(survivorLabel);
    m_survivor->setObjectName(QStringLiteral("mergeSurvivor"));
    m_survivor->setMaximumHeight(120);
    layout->addWidget(m_survivor);
    auto *previewLabel = new QLabel(tr("What the merge &does:"));
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_preview->setOpenLinks(false);
    layout->addWidget(m_preview, 1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MergePartiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_survivor, &QListWidget::currentRowChanged, this, &MergePartiesDialog::updatePreview);
    fillSurvivors();
    updatePreview();
    resize(620, 520);
}

QList<PartyId> MergePartiesDialog::chosen() const
{
    QList<PartyId> ids = m_parties;
    if (m_partner && m_partner->currentIndex() >= 0)
        ids << PartyId(m_partner->currentData().toLongLong());
    return ids;
}

void MergePartiesDialog::fillSurvivors()
{
    const PartyId was = keep();
    const QSignalBlocker blocker(m_survivor);
    m_survivor->clear();
    for (const PartyId id : chosen())
        if (const Party *party = m_session->document()->party(id)) {
            auto *item = new QListWidgetItem(partyLabel(*party), m_survivor);
            item->setData(Qt::UserRole, id.value);
            if (id == was)
                m_survivor->setCurrentItem(item);
        }
    if (!m_survivor->currentItem() && m_survivor->count() > 0)
        m_survivor->setCurrentRow(0);
}

PartyId MergePartiesDialog::keep() const
{
    const QListWidgetItem *item = m_survivor->currentItem();
    return item ? PartyId(item->data(Qt::UserRole).toLongLong()) : PartyId();
}

QList<PartyId> MergePartiesDialog::others() const
{
    QList<PartyId> ids = chosen();
    ids.removeAll(keep());
    return ids;
}

void MergePartiesDialog::updatePreview()
{
    m_plan.reset();
    m_refusal.clear();
    CaseStore *store = m_session->store();
    try {
        if (!store)
            throw CaseError(tr("no case is open"));
        m_plan = store->planPartyMerge(keep(), others(), m_nameKey);
    } catch (const CaseError &error) {
        m_refusal = error.message();
    }
    QString html;
    if (m_plan) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Moves").toHtmlEscaped()) + htmlList(PartyMergeText::moves(*m_plan));
        const QStringList conflicts = PartyMergeText::conflicts(*m_plan);
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Not kept (the party that stays has its own value)").toHtmlEscaped());
        html += conflicts.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("Nothing: no values differ.").toHtmlEscaped())
                                    : htmlList(conflicts);
    } else {
        html = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                   .arg(tr("These parties cannot be merged:").toHtmlEscaped(), m_refusal.toHtmlEscaped());
    }
    m_preview->setHtml(html);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_plan.has_value());
}

void MergePartiesDialog::accept()
{
    if (!m_plan)
        return;
    const Party *kept = m_session->document()->party(keep());
    const QString name = kept ? kept->name : QString();
    if (m_session->attempt(tr("Merge parties"),
                           std::make_unique<MergePartiesCommand>(m_session, keep(), others(), name, m_nameKey)))
        QDialog::accept();
    else
        updatePreview();
}

} // namespace chiptrail::gui
