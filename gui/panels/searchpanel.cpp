// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "model/displaytext.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace chiptrail::gui {
namespace {

enum Roles { KindRole = Qt::UserRole + 1, IdRole };

// The marks the store puts around matched words become guillemets: still plain text.
QString shownSnippet(QString snippet)
{
    snippet.replace(SearchHit::markStart, QChar(0x00BB));
    snippet.replace(SearchHit::markEnd, QChar(0x00AB));
    return snippet.simplified();
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit), m_hits(new QListWidget), m_summary(new QLabel)
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search sources and notes (Müller = Mueller)"));
    m_field->setClearButtonEnabled(true);
    m_hits->setObjectName(QStringLiteral("searchHits"));
    m_hits->setWordWrap(true);
    m_hits->setAlternatingRowColors(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_field);
    layout->addWidget(m_summary);
    layout->addWidget(m_hits, 1);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::run);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::run);
    connect(m_hits, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const qint64 id = item->data(IdRole).toLongLong();
        if (item->data(KindRole).toInt() == int(SearchHit::Kind::Note))
            Q_EMIT noteChosen(NoteId(id));
        else
            Q_EMIT sourceChosen(SourceId(id));
    });
}

void SearchPanel::setStore(const CaseStore *store)
{
    m_store = store;
    run();
}

void SearchPanel::search(const QString &query)
{
    m_field->setText(query);
    run();
}

void SearchPanel::run()
{
    m_hits->clear();
    m_summary->clear();
    if (!m_store || m_field->text().trimmed().isEmpty())
        return;
    const QList<SearchHit> hits = m_store->search(m_field->text());
    QHash<qint64, Source> sources;
    for (const auto &s : m_store->sources())
        sources.insert(s.id.value, s);
    QHash<qint64, SourceId> noteSource;
    for (const auto &n : m_store->notes())
        noteSource.insert(n.id.value, n.source);
    for (const auto &hit : hits) {
        const bool isNote = hit.kind == SearchHit::Kind::Note;
        const Source source = sources.value(isNote ? noteSource.value(hit.id).value : hit.id);
        const QString label = isNote ? tr("Note · %1 (%2)").arg(source.title, DisplayText::language(source.language))
                                     : tr("Source · %1 (%2)").arg(source.title, DisplayText::language(source.language));
        auto *item = new QListWidgetItem(label + QLatin1Char('\n') + shownSnippet(hit.snippet), m_hits);
        item->setData(KindRole, int(hit.kind));
        item->setData(IdRole, hit.id);
        item->setToolTip(isNote ? tr("Show the claim this note backs") : tr("Read the source"));
    }
    m_summary->setText(tr("%n hit(s)", nullptr, int(hits.size())));
}

} // namespace chiptrail::gui
