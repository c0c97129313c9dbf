// SPDX-License-Identifier: GPL-3.0-or-later
#include "notecard.h"

#include "model/displaytext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace chiptrail::gui {

QLabel *NoteCard::plainLabel(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void NoteCard::addButton(QBoxLayout *row, const QString &text, Action action, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    connect(button, &QToolButton::clicked, this, [this, action] { Q_EMIT actionRequested(action, m_note); });
    row->addWidget(button);
}

NoteCard::NoteCard(const NoteSide &side, const QString &details, bool ownTranslation, QWidget *parent)
    : QFrame(parent), m_note(side.note.id), m_sourceDate(side.source.date)
{
    setObjectName(QStringLiteral("noteCard"));
    setProperty("noteKey", side.note.key);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(3);

    m_laterLabel = plainLabel(tr("Published after the as-of date"), QStringLiteral("laterLabel"));
    m_laterLabel->setStyleSheet(QStringLiteral("color: #8a5a00; font-size: small"));
    m_laterLabel->hide();
    layout->addWidget(m_laterLabel);
    m_excerpt = plainLabel(tr("„%1“").arg(side.note.excerpt), QStringLiteral("excerpt"));
    QFont quoteFont = m_excerpt->font();
    quoteFont.setPointSizeF(quoteFont.pointSizeF() * 1.05);
    m_excerpt->setFont(quoteFont);
    layout->addWidget(m_excerpt);

    const Source &s = side.source;
    QStringList origin;
    for (const QString &part : {s.publisher, s.title, DisplayText::date(s.date)})
        if (!part.isEmpty())
            origin << part;
    // A passage of a PDF is cited by its page, as in print: "p. 3", "pp. 3–4".
    if (const int first = pageAt(s, side.note.start); first > 0) {
        const int last = pageAt(s, side.note.start + std::max(0, side.note.length - 1));
        origin << (last > first ? tr("pp. %1–%2").arg(first).arg(last) : tr("p. %1").arg(first));
    }
    auto *sourceLine = plainLabel(tr("— %1").arg(origin.join(QLatin1String(", "))), QStringLiteral("sourceLine"));
    sourceLine->setStyleSheet(QStringLiteral("color: #444"));
    layout->addWidget(sourceLine);
    if (!s.url.isEmpty()) {
        auto *url = plainLabel(s.url, QStringLiteral("url"));
        url->setStyleSheet(QStringLiteral("color: #1a4f8b"));
        layout->addWidget(url);
    }
    if (!details.isEmpty()) {
        auto *detailsLabel = plainLabel(details, QStringLiteral("details"));
        detailsLabel->setStyleSheet(QStringLiteral("color: #555"));
        layout->addWidget(detailsLabel);
    }

    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    addButton(row, tr("Read source"), Action::OpenSource, QStringLiteral("openSource"));
    if (ownTranslation)
        addButton(row, tr("Edit translation…"), Action::EditTranslation, QStringLiteral("editTranslation"));
    row->addStretch();
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("moreActions"));
    more->setText(tr("More"));
    more->setAutoRaise(true);
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    const auto add = [&](const QString &text, Action action) {
        menu->addAction(text, this, [this, action] { Q_EMIT actionRequested(action, m_note); });
    };
    add(tr("Pair with a translation…"), Action::Pair);
    if (side.note.translationOf)
        add(tr("Unpair translation"), Action::Unpair);
    add(tr("Detach from this claim"), Action::Detach);
    add(tr("Delete note"), Action::Remove);
    more->setMenu(menu);
    row->addWidget(more);
    layout->addLayout(row);
}

NoteCard::NoteCard(const QString &missing, NoteId partner, QWidget *parent)
    : QFrame(parent), m_note(partner), m_placeholder(true)
{
    setObjectName(QStringLiteral("missingTranslation"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QFrame#missingTranslation { border: 1px dashed #aaa; }"));
    auto *layout = new QVBoxLayout(this);
    auto *label = plainLabel(missing, QStringLiteral("missing"));
    label->setStyleSheet(QStringLiteral("color: #777"));
    layout->addWidget(label);
    auto *row = new QHBoxLayout;
    addButton(row, tr("Write translation…"), Action::WriteTranslation, QStringLiteral("writeTranslation"));
    addButton(row, tr("Pair with a note…"), Action::Pair, QStringLiteral("pairTranslation"));
    row->addStretch();
    layout->addLayout(row);
}

void NoteCard::setAsOf(const QDate &asOf)
{
    if (m_placeholder)
        return;
    const bool later = asOf.isValid() && !m_sourceDate.isNull() && m_sourceDate.earliest() > asOf;
    if (later == m_later)
        return;
    m_later = later;
    m_laterLabel->setVisible(later);
    if (later)
        m_laterLabel->setToolTip(tr("Its source is dated %1, after the as-of date %2")
                                     .arg(DisplayText::date(m_sourceDate), DisplayText::date(PartialDate::fromDate(asOf))));
    m_excerpt->setStyleSheet(later ? QStringLiteral("color: #888") : QString());
}

QString NoteCard::excerptText() const { return m_excerpt ? m_excerpt->text() : QString(); }

void NoteCard::setHighlighted(bool on)
{
    if (m_placeholder)
        return;
    setStyleSheet(on ? QStringLiteral("QFrame#noteCard { border: 2px solid #e0a000; }") : QString());
}

} // namespace chiptrail::gui
