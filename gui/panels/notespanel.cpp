// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespanel.h"

#include "model/displaytext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace chiptrail::gui {

NotesPanel::NotesPanel(Side side, QWidget *parent)
    : QWidget(parent), m_side(side), m_title(new QLabel), m_attribute(new QComboBox),
      m_confidence(new QComboBox), m_read(new QToolButton), m_cards(new QWidget),
      m_cardLayout(new QVBoxLayout(m_cards)), m_empty(new QLabel)
{
    setObjectName(side == Side::German ? QStringLiteral("notesPanelDe") : QStringLiteral("notesPanelEn"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_title->setObjectName(QStringLiteral("claimTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto *bar = new QHBoxLayout;
    m_attribute->setObjectName(QStringLiteral("claimAttribute"));
    m_attribute->setToolTip(tr("Show the notes of the whole claim or of one of its attributes"));
    m_confidence->setObjectName(QStringLiteral("claimConfidence"));
    m_confidence->setToolTip(tr("How sure the sources are about this claim"));
    bar->addWidget(m_attribute, 1);
    bar->addWidget(m_confidence, 1);
    auto *add = new QToolButton;
    add->setObjectName(QStringLiteral("addSource"));
    add->setText(tr("Add Source…"));
    connect(add, &QToolButton::clicked, this, &NotesPanel::addSourceRequested);
    bar->addWidget(add);
    m_read->setObjectName(QStringLiteral("readSource"));
    m_read->setText(tr("Read"));
    m_read->setToolTip(tr("Read a source and attach a passage of it to the selected claim"));
    m_read->setPopupMode(QToolButton::InstantPopup);
    m_read->setMenu(new QMenu(m_read));
    bar->addWidget(m_read);
    layout->addLayout(bar);

    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT attributeChosen(m_attribute->currentData().toString());
    });
    connect(m_confidence, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const QVariant word = m_confidence->currentData();
        Q_EMIT confidenceChosen(word.isNull() ? std::nullopt : confidenceFromWord(word.toString()));
    });

    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_empty->setObjectName(QStringLiteral("noNotes"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_cardLayout->addWidget(m_empty);
    m_cardLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);
    setClaim({});
}

namespace {

// Refills a combo box only when its items change: setClaim also runs from the box's own signal.
void setItems(QComboBox *box, const QList<std::pair<QString, QVariant>> &items)
{
    bool same = box->count() == items.size();
    for (int i = 0; same && i < box->count(); ++i)
        same = box->itemText(i) == items.at(i).first && box->itemData(i) == items.at(i).second;
    if (same)
        return;
    box->clear();
    for (const auto &[text, data] : items)
        box->addItem(text, data);
}

} // namespace

void NotesPanel::setClaim(const ClaimView &claim)
{
    m_updating = true;
    m_title->setText(claim.title.isEmpty() ? tr("Select a party or a link to see its sources.") : claim.title);
    QList<std::pair<QString, QVariant>> attributes{{tr("Whole claim"), QString()}};
    for (const auto &attribute : claim.attributes)
        attributes.append({tr("Only: %1").arg(DisplayText::attribute(attribute)), attribute});
    setItems(m_attribute, attributes);
    m_attribute->setCurrentIndex(std::max(0, m_attribute->findData(claim.attribute)));
    QList<std::pair<QString, QVariant>> confidences;
    if (!claim.attribute.isEmpty())
        confidences.append({tr("As the claim (%1)").arg(DisplayText::confidence(claim.claimConfidence)), QVariant()});
    for (const Confidence c : allConfidences())
        confidences.append({DisplayText::confidence(c), toWord(c)});
    setItems(m_confidence, confidences);
    m_confidence->setCurrentIndex(claim.confidence ? m_confidence->findData(toWord(*claim.confidence)) : 0);
    m_attribute->setEnabled(claim.editable);
    m_confidence->setEnabled(claim.editable);
    m_updating = false;
}

void NotesPanel::setSources(const QList<Source> &sources)
{
    QMenu *menu = m_read->menu();
    menu->clear();
    for (const auto &source : sources)
        if (isGerman(source) == (m_side == Side::German)) {
            const SourceId id = source.id;
            // Menu text is plain, but '&' would become a mnemonic.
            QString text = tr("%1 — %2").arg(source.publisher, source.title);
            menu->addAction(text.replace(QLatin1Char('&'), QLatin1String("&&")), this,
                            [this, id] { Q_EMIT readSourceRequested(id); });
        }
    m_read->setEnabled(!menu->isEmpty());
}

void NotesPanel::setPairs(const QList<NotePair> &pairs, const Describe &describe, const IsOwn &isOwn)
{
    // Later, not now: the action that led here may have come from one of these cards.
    for (NoteCard *card : std::as_const(m_cardList)) {
        card->hide();
        card->deleteLater();
    }
    m_cardList.clear();
    int row = 0;
    for (const auto &pair : pairs) {
        const auto &mine = m_side == Side::German ? pair.german : pair.other;
        const auto &theirs = m_side == Side::German ? pair.other : pair.german;
        NoteCard *card = nullptr;
        if (mine)
            card = new NoteCard(*mine, describe(*mine), isOwn(*mine));
        else if (theirs)
            card = new NoteCard(m_side == Side::German ? tr("No German version of the note beside it.")
                                                       : tr("No English version of the note beside it."),
                                theirs->note.id);
        if (!card)
            continue;
        card->setAsOf(m_asOf);
        connect(card, &NoteCard::actionRequested, this, &NotesPanel::noteAction);
        m_cardList.append(card);
        m_cardLayout->insertWidget(m_cardLayout->count() - 1, card);
        ++row;
    }
    m_empty->setText(m_side == Side::German ? tr("No notes from German sources.") : tr("No notes from English sources."));
    m_empty->setVisible(row == 0);
}

QList<NoteCard *> NotesPanel::cards() const { return m_cardList; }

void NotesPanel::setAsOf(const QDate &date)
{
    m_asOf = date;
    for (NoteCard *card : std::as_const(m_cardList))
        card->setAsOf(date); // each card repaints only when its mark changes
}

void NotesPanel::highlight(NoteId note)
{
    for (NoteCard *card : cards()) {
        const bool hit = card->noteId() == note && !card->isPlaceholder();
        card->setHighlighted(hit);
        if (hit)
            if (auto *scroll = qobject_cast<QScrollArea *>(m_cards->parentWidget()->parentWidget()))
                scroll->ensureWidgetVisible(card);
    }
}

} // namespace chiptrail::gui
