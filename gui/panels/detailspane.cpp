// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspane.h"

#include "model/displaytext.h"
#include "document/casedocument.h"

namespace chiptrail::gui {
namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

class HtmlBuilder
{
public:
    void heading(const QString &title, const QString &subtitle)
    {
        m_html += QStringLiteral("<h2>%1</h2><p style='color:#555'>%2</p><table cellspacing='4'>")
                      .arg(esc(title), esc(subtitle));
    }
    void row(const QString &label, const QString &value)
    {
        if (value.isEmpty())
            return;
        m_html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>")
                      .arg(esc(label), esc(value).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    void endTable() { m_html += QStringLiteral("</table>"); }
    void notes(const QList<Note> &notes, const QList<Source> &sources)
    {
        m_html += QStringLiteral("<h3>%1</h3>").arg(esc(DetailsPane::tr("Source notes (%1)").arg(notes.size())));
        if (notes.isEmpty()) {
            m_html += QStringLiteral("<p style='color:#b00020'><b>%1</b></p>")
                          .arg(esc(DetailsPane::tr("Unsourced: no note backs this claim yet.")));
            return;
        }
        for (const auto &note : notes) {
            QString sourceLine;
            for (const auto &s : sources)
                if (s.id == note.source)
                    sourceLine = DetailsPane::tr("%1, %2 (%3)").arg(s.publisher, s.title, DisplayText::language(s.language));
            QStringList attributes;
            for (const auto &claim : note.claims)
                if (!claim.attribute.isEmpty())
                    attributes << DisplayText::attribute(claim.attribute);
            m_html += QStringLiteral("<blockquote>„%1“<br><span style='color:#555'>— %2%3</span></blockquote>")
                          .arg(esc(note.excerpt), esc(sourceLine),
                               attributes.isEmpty() ? QString()
                                                    : esc(DetailsPane::tr("; supports: %1").arg(attributes.join(QLatin1String(", ")))));
        }
    }
    QString html() const { return m_html; }

private:
    QString m_html;
};

QString confidenceText(Confidence c, const AttributeConfidence &attributes)
{
    QString text = DisplayText::confidence(c);
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        text += DetailsPane::tr("; %1: %2").arg(DisplayText::attribute(it.key()), DisplayText::confidence(it.value()));
    return text;
}

template <typename T>
const T *findById(const QList<T> &list, qint64 id)
{
    for (const auto &item : list)
        if (item.id.value == id)
            return &item;
    return nullptr;
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setPlaceholderText(tr("Select a party, site, product, link or source in the outline."));
}

void DetailsPane::show(const CaseDocument *document, const OutlineSubject &subject)
{
    clear();
    if (!document || !document->hasCase() || subject.kind == OutlineSubject::Kind::None)
        return;
    const CaseData &data = document->data();
    const CaseStore *store = document->store();
    const auto partyName = [&](PartyId id) {
        const Party *p = findById(data.parties, id.value);
        return p ? p->name : QString();
    };
    HtmlBuilder b;
    QList<Note> notes;
    switch (subject.kind) {
    case OutlineSubject::Kind::Party:
        if (const Party *p = findById(data.parties, subject.id)) {
            b.heading(p->name, DisplayText::role(p->role));
            b.row(tr("Also known as"), p->aliases.join(QLatin1String(", ")));
            b.row(tr("Incorporated in"), DisplayText::country(p->incorporationCountry));
            b.row(tr("Headquarters"), DisplayText::country(p->headquartersCountry));
            for (const auto &id : p->identifiers)
                b.row(id.scheme, id.value);
            b.row(tr("Confidence"), confidenceText(p->confidence, p->attributeConfidence));
            b.row(tr("Description"), p->description);
            b.endTable();
            notes = store->notesFor(SubjectKind::Party, subject.id);
        }
        break;
    case OutlineSubject::Kind::Site:
        if (const Site *s = findById(data.sites, subject.id)) {
            b.heading(s->name, tr("Site"));
            b.row(tr("Country"), DisplayText::country(s->country));
            b.row(tr("City"), s->city);
            if (s->operatorParty)
                b.row(tr("Operator"), partyName(*s->operatorParty));
            b.row(tr("Confidence"), confidenceText(s->confidence, s->attributeConfidence));
            b.row(tr("Description"), s->description);
            b.endTable();
            notes = store->notesFor(SubjectKind::Site, subject.id);
        }
        break;
    case OutlineSubject::Kind::Product:
        if (const Product *p = findById(data.products, subject.id)) {
            b.heading(p->name, DisplayText::productKind(p->kind));
            b.row(tr("Vendor"), p->vendor);
            const auto figure = [&](const QString &label, const std::optional<double> &v) {
                if (v)
                    b.row(label, DisplayText::number(*v));
            };
            figure(tr("TPP"), p->chip.tpp);
            figure(tr("Die area (mm²)"), p->chip.dieAreaMm2);
            figure(tr("Performance density"), p->chip.performanceDensity);
            figure(tr("Memory bandwidth (GB/s)"), p->chip.memoryBandwidthGBps);
            figure(tr("Interconnect (GB/s)"), p->chip.interconnectGBps);
            if (p->contains)
                if (const Product *chip = findById(data.products, p->contains->value))
                    b.row(tr("Contains"), tr("%1 × %2").arg(p->chipsPerUnit).arg(chip->name));
            b.row(tr("Confidence"), confidenceText(p->confidence, p->attributeConfidence));
            b.row(tr("Description"), p->description);
            b.endTable();
            notes = store->notesFor(SubjectKind::Product, subject.id);
        }
        break;
    case OutlineSubject::Kind::Link:
        if (const Link *l = findById(data.links, subject.id)) {
            b.heading(tr("%1 → %2").arg(partyName(l->from), partyName(l->to)), DisplayText::linkKind(l->kind));
            if (l->product)
                if (const Product *p = findById(data.products, l->product->value))
                    b.row(tr("Product"), p->name);
            if (l->quantity)
                b.row(tr("Quantity"), DisplayText::number(double(*l->quantity)));
            if (l->value)
                b.row(tr("Value"), tr("%1 %2").arg(DisplayText::number(*l->value), l->currency));
            if (l->kind == LinkKind::Ownership)
                b.row(tr("Owner's share"), l->ownershipShare ? tr("%1 %").arg(DisplayText::number(*l->ownershipShare))
                                                             : tr("not recorded"));
            b.row(tr("Date"), DisplayText::dateRange(l->dateFrom, l->dateTo));
            if (l->site)
                if (const Site *s = findById(data.sites, l->site->value))
                    b.row(tr("Site"), tr("%1, %2").arg(s->name, DisplayText::country(s->country)));
            if (!l->shipFromCountry.isEmpty())
                b.row(tr("Ships from"), DisplayText::country(l->shipFromCountry));
            if (!l->shipToCountry.isEmpty())
                b.row(tr("Ships to"), DisplayText::country(l->shipToCountry));
            b.row(tr("Confidence"), confidenceText(l->confidence, l->attributeConfidence));
            b.row(tr("Description"), l->description);
            b.endTable();
            notes = store->notesFor(SubjectKind::Link, subject.id);
        }
        break;
    case OutlineSubject::Kind::Source:
        if (const Source *s = findById(data.sources, subject.id)) {
            b.heading(s->title, s->publisher);
            b.row(tr("Language"), DisplayText::language(s->language));
            b.row(tr("Date"), DisplayText::date(s->date));
            b.row(tr("Link"), s->url);
            b.row(tr("Text"), s->text);
            b.endTable();
            setHtml(b.html());
            return;
        }
        break;
    case OutlineSubject::Kind::None:
        break;
    }
    b.notes(notes, data.sources);
    setHtml(b.html());
}

} // namespace chiptrail::gui
