// SPDX-License-Identifier: GPL-3.0-or-later
#include "pictureframe.h"

#include "model/displaytext.h"
#include "picture/chainstyle.h"

#include <QCoreApplication>
#include <QSet>

namespace chiptrail::picture {
namespace {

struct Frame
{
    Q_DECLARE_TR_FUNCTIONS(Frame)
};

QString verdictText(VerdictMark mark)
{
    switch (mark) {
    case VerdictMark::LicenceRequired: return Frame::tr("Licence required");
    case VerdictMark::Warning: return Frame::tr("Not an export, red flag (cloud loophole, listed ties)");
    case VerdictMark::NoLicenceRequired: return Frame::tr("No licence required");
    case VerdictMark::NotAnExport: return Frame::tr("Not an export");
    case VerdictMark::IfConfirmed: return Frame::tr("Licence required if the list match is confirmed");
    case VerdictMark::NotYetHappened: return Frame::tr("Not yet happened on the as-of date");
    case VerdictMark::None: break;
    }
    return Frame::tr("Not checked");
}

// A subtitle is one sentence: the description's first (a case description runs on for paragraphs).
QString firstSentence(const QString &text)
{
    for (qsizetype i = 0; i + 2 < text.size(); ++i)
        if ((text.at(i) == u'.' || text.at(i) == u'!' || text.at(i) == u'?') && text.at(i + 1) == u' '
            && text.at(i + 2).isUpper())
            return text.left(i + 1);
    return text;
}

QString sourceLine(int number, const Source &s)
{
    QString line = QStringLiteral("[%1] ").arg(number);
    if (!s.publisher.isEmpty())
        line += s.publisher + QStringLiteral(". ");
    line += s.title;
    if (const QString date = DisplayText::date(s.date); !date.isEmpty())
        line += QStringLiteral(". ") + date;
    if (!s.url.isEmpty())
        line += QStringLiteral(". ") + s.url;
    if (!s.language.isEmpty())
        line += QStringLiteral(" (%1)").arg(DisplayText::language(s.language));
    return line;
}

} // namespace

PictureFrame makeFrame(const CaseData &data, const ChainPicture &chain, const QDate &asOf, const QString &title,
                       const QString &credit)
{
    PictureFrame frame;
    frame.title = title.isEmpty() ? data.info.title : title;
    frame.subtitle = data.info.subtitle.isEmpty() ? firstSentence(data.info.description.simplified())
                                                  : data.info.subtitle.simplified();
    frame.asOf = asOf.isValid() ? Frame::tr("As of %1").arg(DisplayText::longDate(asOf))
                                : Frame::tr("All dates in the case");

    // What is drawn decides what the legend explains: no entry for a kind or verdict not in sight.
    QSet<qint64> drawnLinks, drawnParties;
    QSet<int> marks;
    bool unmarked = false;
    for (const LinkLabel &label : chain.labels) {
        drawnLinks.insert(label.link.value);
        if (label.verdict == VerdictMark::None)
            unmarked = true;
        else
            marks.insert(int(label.verdict));
    }
    for (const Card &card : chain.cards)
        drawnParties.insert(card.party.value);

    frame.legendTitle = Frame::tr("Legend");
    frame.verdictTitle = Frame::tr("Verdict of the export-rule check (colour and mark)");
    for (const VerdictMark mark : {VerdictMark::LicenceRequired, VerdictMark::IfConfirmed, VerdictMark::Warning,
                                   VerdictMark::NoLicenceRequired, VerdictMark::NotAnExport, VerdictMark::NotYetHappened})
        if (marks.contains(int(mark)))
            frame.verdicts.append({mark, chainstyle::markColour(mark), verdictText(mark)});
    if (unmarked && !marks.isEmpty())
        frame.verdicts.append({VerdictMark::None, QColor(0x33, 0x33, 0x33), verdictText(VerdictMark::None)});

    frame.linesTitle = Frame::tr("Line: kind of link");
    QSet<int> kinds;
    QSet<int> confidences;
    for (const Link &link : data.links)
        if (drawnLinks.contains(link.id.value)) {
            kinds.insert(int(link.kind));
            confidences.insert(int(link.confidence));
        }
    for (const LinkKind kind : {LinkKind::Sale, LinkKind::Shipment, LinkKind::Lease, LinkKind::Ownership,
                                LinkKind::Contract, LinkKind::Affiliation, LinkKind::Founder})
        if (kinds.contains(int(kind))) {
            QPen pen = chainstyle::linkPen(kind, 100, Confidence::Reported);
            if (!marks.isEmpty())
                pen.setColor(QColor(0x33, 0x33, 0x33)); // the colour is the verdict's: only the dash tells the kind
            frame.lineKinds.append({pen, chainstyle::linkHasBoxMarker(kind), DisplayText::linkKind(kind)});
        }

    frame.confidenceTitle = Frame::tr("Confidence");
    frame.confidence.append({false, Frame::tr("Solid card border: confirmed or reported")});
    frame.confidence.append({true, Frame::tr("Dashed card border: suspected or disputed")});
    if (confidences.contains(int(Confidence::Disputed)) || confidences.contains(int(Confidence::Denied)))
        frame.notes.append(Frame::tr("Pale line: link disputed or denied"));
    frame.notes.append(Frame::tr("Number on a badge: notes backing the party or link; red “!”: no source note"));
    frame.notes.append(Frame::tr("Label: product and quantity, dates, confidence"));

    // The sources the drawn chain rests on: those with a note on a drawn link or card, numbered in
    // the case's order.
    QSet<qint64> cited;
    for (const Note &note : data.notes)
        for (const ClaimRef &claim : note.claims)
            if ((claim.subject == SubjectKind::Link && drawnLinks.contains(claim.subjectId))
                || (claim.subject == SubjectKind::Party && drawnParties.contains(claim.subjectId)))
                cited.insert(note.source.value);
    frame.sourcesTitle = Frame::tr("Sources");
    int number = 0;
    for (const Source &source : data.sources)
        if (cited.contains(source.id.value))
            frame.sources.append(sourceLine(++number, source));

    // A credit given for this export wins over the case's, which wins over its author.
    const QString who = !credit.isEmpty()              ? credit
                        : !data.info.credit.isEmpty() ? data.info.credit
                                                       : data.info.author;
    frame.credit = who.isEmpty() ? Frame::tr("Graphic made with ChipTrail")
                                 : Frame::tr("Graphic: %1; made with ChipTrail").arg(who);
    frame.disclaimer = Frame::tr("The export-rule verdicts are the program's reading of public rules and "
                                 "reports: not legal advice.");
    return frame;
}

} // namespace chiptrail::picture
