// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "model/displaytext.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chiptrail::gui {
namespace {

enum Roles { KindRole = Qt::UserRole + 1, IdRole, HtmlRole, HeadingRole, QuoteRole };

// A hit as rich text: the grey line naming what was found (and, when it is dated after the
// as-of date, saying so: a link happened later, a source or note was published later), then the quote.
QString hitHtml(const QString &heading, const QString &quote, bool later, bool isLink)
{
    QString top = heading.toHtmlEscaped();
    if (later) {
        const QString mark = (isLink ? SearchPanel::tr("dated after the as-of date")
                                     : SearchPanel::tr("published after the as-of date")).toHtmlEscaped();
        top = top.isEmpty() ? QStringLiteral("<i>%1</i>").arg(mark) : QStringLiteral("%1 \u00B7 <i>%2</i>").arg(top, mark);
    }
    if (top.isEmpty())
        return quote;
    return QStringLiteral("<span style=\"color:#555\">%1</span><br>%2")
        .arg(top, later ? QStringLiteral("<span style=\"color:#888\">%1</span>").arg(quote) : quote);
}

// Paints a hit's rich text (escaped text, matched words bold), wrapped to the column's width.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString html = index.data(HtmlRole).toString();
        if (html.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        setUp(doc, html, opt, opt.rect.width());
        painter->save();
        painter->translate(opt.rect.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString html = index.data(HtmlRole).toString();
        if (html.isEmpty())
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // Wrapped to the room the row gets: the viewport less the indentation of its level.
        const auto *tree = qobject_cast<const QTreeView *>(opt.widget);
        int depth = 1;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int width = tree ? tree->viewport()->width() - depth * tree->indentation() : opt.rect.width();
        QTextDocument doc;
        setUp(doc, html, opt, width);
        return QSize(width, int(doc.size().height()) + 2);
    }

private:
    static void setUp(QTextDocument &doc, const QString &html, const QStyleOptionViewItem &opt, int width)
    {
        doc.setDefaultFont(opt.font);
        doc.setDocumentMargin(3);
        doc.setHtml(html); // made by snippetHtml: escaped text and <b>, <br>, <span> only
        doc.setTextWidth(std::max(120, width));
    }
};

QString kindHeading(SearchHit::Kind kind, int count)
{
    switch (kind) {
    case SearchHit::Kind::Party: return SearchPanel::tr("Parties (%1)").arg(count);
    case SearchHit::Kind::Link: return SearchPanel::tr("Links (%1)").arg(count);
    case SearchHit::Kind::Product: return SearchPanel::tr("Products (%1)").arg(count);
    case SearchHit::Kind::Source: return SearchPanel::tr("Sources (%1)").arg(count);
    case SearchHit::Kind::Note: return SearchPanel::tr("Notes (%1)").arg(count);
    }
    return {};
}

QString fieldName(SearchHit::Field field)
{
    switch (field) {
    case SearchHit::Field::Alias: return SearchPanel::tr("alias");
    case SearchHit::Field::Identifier: return SearchPanel::tr("identifier");
    case SearchHit::Field::Description: return SearchPanel::tr("description");
    case SearchHit::Field::Name:
    case SearchHit::Field::Title:
    case SearchHit::Field::Text: break;
    }
    return {};
}

// The line above the quote: what was found, and where in it. A hit in a name is its own heading.
QString hitHeading(const SearchHit &hit)
{
    QStringList parts;
    if (hit.field != SearchHit::Field::Name)
        parts << hit.title;
    if (!hit.language.isEmpty())
        parts << DisplayText::language(hit.language);
    if (hit.page > 0)
        parts << SearchPanel::tr("p. %1").arg(hit.page);
    if (const QString field = fieldName(hit.field); !field.isEmpty())
        parts << field;
    return parts.join(QStringLiteral(u" \u00B7 "));
}

} // namespace

QString SearchPanel::snippetHtml(const QString &snippet)
{
    // Line breaks and runs of spaces of the source become one space: a hit is one paragraph.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString html;
    QString plain;
    const auto flush = [&] {
        html += QString(plain).replace(space, QStringLiteral(" ")).toHtmlEscaped();
        plain.clear();
    };
    for (const QChar c : snippet) {
        if (c == SearchHit::markStart || c == SearchHit::markEnd) {
            flush();
            html += c == SearchHit::markStart ? QLatin1String("<b>") : QLatin1String("</b>");
        } else {
            plain += c;
        }
    }
    flush();
    return html.trimmed();
}

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit), m_hits(new QTreeWidget), m_summary(new QLabel),
      m_onlyUpToAsOf(new QCheckBox(tr("Only up to the as-of date")))
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search parties, links, products, sources, notes"));
    m_field->setToolTip(tr("Müller = Mueller; word forms count: kaufen finds gekauft, buy finds bought"));
    m_field->setClearButtonEnabled(true);
    m_hits->setObjectName(QStringLiteral("searchHits"));
    m_hits->setHeaderHidden(true);
    m_hits->setColumnCount(1);
    m_hits->setWordWrap(true);
    m_hits->setUniformRowHeights(false);
    m_hits->setItemDelegate(new HitDelegate(m_hits));
    m_hits->header()->setStretchLastSection(true);
    m_hits->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap to the panel's width
    m_hits->viewport()->installEventFilter(this);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_field);
    m_onlyUpToAsOf->setObjectName(QStringLiteral("onlyUpToAsOf"));
    m_onlyUpToAsOf->setToolTip(tr("Leave out hits dated after the as-of date (View → Panels Follow the As-of Date)"));
    m_onlyUpToAsOf->setEnabled(false);
    layout->addWidget(m_onlyUpToAsOf);
    layout->addWidget(m_summary);
    connect(m_onlyUpToAsOf, &QCheckBox::toggled, this, &SearchPanel::applyAsOf);
    layout->addWidget(m_hits, 1);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::run);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::run);
    connect(m_hits, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, KindRole).isValid())
            return; // a group heading
        const qint64 id = item->data(0, IdRole).toLongLong();
        switch (SearchHit::Kind(item->data(0, KindRole).toInt())) {
        case SearchHit::Kind::Note: Q_EMIT noteChosen(NoteId(id)); break;
        case SearchHit::Kind::Source: Q_EMIT sourceChosen(SourceId(id)); break;
        case SearchHit::Kind::Party: Q_EMIT subjectChosen(SubjectKind::Party, id); break;
        case SearchHit::Kind::Link: Q_EMIT subjectChosen(SubjectKind::Link, id); break;
        case SearchHit::Kind::Product: Q_EMIT subjectChosen(SubjectKind::Product, id); break;
        }
    });
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Wrapped rows change height with the width: lay them out again.
    if (watched == m_hits->viewport() && event->type() == QEvent::Resize)
        m_hits->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::setStore(const CaseStore *store)
{
    m_store = store;
    run();
}

void SearchPanel::setDateOf(const DateOf &dateOf)
{
    m_dateOf = dateOf;
    applyAsOf();
}

void SearchPanel::setAsOf(const QDate &date)
{
    m_asOf = date;
    m_onlyUpToAsOf->setEnabled(date.isValid());
    applyAsOf();
}

void SearchPanel::applyAsOf()
{
    const bool hideLater = m_onlyUpToAsOf->isChecked() && m_asOf.isValid();
    int hidden = 0;
    for (int g = 0; g < m_hits->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_hits->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const PartialDate date = m_dateOf ? m_dateOf(SearchHit::Kind(item->data(0, KindRole).toInt()),
                                                         item->data(0, IdRole).toLongLong())
                                              : PartialDate();
            const bool later = m_asOf.isValid() && !date.isNull() && date.earliest() > m_asOf;
            if (item->data(0, LaterRole).toBool() != later) { // repaint only the rows whose mark changes
                item->setData(0, LaterRole, later);
                item->setData(0, HtmlRole, hitHtml(item->data(0, HeadingRole).toString(), item->data(0, QuoteRole).toString(),
                                                   later, item->data(0, KindRole).toInt() == int(SearchHit::Kind::Link)));
            }
            item->setHidden(hideLater && later);
            hidden += hideLater && later;
        }
    }
    if (m_hitCount == 0 && m_field->text().trimmed().isEmpty())
        return;
    const QString count = tr("%n hit(s)", nullptr, m_hitCount);
    m_summary->setText(hidden == 0 ? count
                                   : tr("%1; %n dated after the as-of date not shown", nullptr, hidden).arg(count));
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
    m_hitCount = 0;
    if (!m_store || m_field->text().trimmed().isEmpty())
        return;
    const QList<SearchHit> hits = m_store->search(m_field->text());
    QMap<int, QList<SearchHit>> byKind; // in the order of SearchHit::Kind
    for (const auto &hit : hits)
        byKind[int(hit.kind)].append(hit);
    for (auto group = byKind.cbegin(); group != byKind.cend(); ++group) {
        auto *heading = new QTreeWidgetItem(m_hits, {kindHeading(SearchHit::Kind(group.key()), int(group->size()))});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const auto &hit : *group) {
            auto *item = new QTreeWidgetItem(heading);
            const QString heading = hitHeading(hit);
            item->setData(0, Qt::DisplayRole, hit.title); // for accessibility and keyboard search
            const QString quote = snippetHtml(hit.snippet);
            item->setData(0, HeadingRole, heading);
            item->setData(0, QuoteRole, quote);
            item->setData(0, HtmlRole, hitHtml(heading, quote, false, false));
            item->setData(0, LaterRole, false);
            item->setData(0, KindRole, int(hit.kind));
            item->setData(0, IdRole, hit.id);
            item->setToolTip(0, hit.kind == SearchHit::Kind::Note     ? tr("Show the claim this note backs")
                                : hit.kind == SearchHit::Kind::Source ? tr("Read the source")
                                                                      : tr("Select it in the chain"));
        }
        heading->setExpanded(true);
    }
    m_hitCount = int(hits.size());
    applyAsOf();
}

} // namespace chiptrail::gui
