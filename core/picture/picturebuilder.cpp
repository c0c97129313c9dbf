// SPDX-License-Identifier: GPL-3.0-or-later
#include "picturebuilder.h"

#include "layout/layoutgraph.h"
#include "model/chaingraph.h"
#include "model/displaytext.h"
#include "picture/chainstyle.h"
#include "picture/pictureexport.h"
#include "picture/pictureframe.h"
#include "picture/picturegeometry.h"
#include "picture/picturetext.h"

#include <QSet>
#include <algorithm>

namespace chiptrail::picture {
namespace {

QString cardCountry(const Party &party)
{
    return party.headquartersCountry.isEmpty() ? party.incorporationCountry : party.headquartersCountry;
}

// Where each party stands: its stored place, or until a layout runs, its tier's column, stacked
// (as the canvas places it).
QHash<qint64, QPointF> placesOf(const CaseData &data, const QList<NodePosition> &positions)
{
    QHash<qint64, QPointF> stored;
    stored.reserve(positions.size());
    for (const auto &p : positions)
        stored.insert(p.party.value, p.position);
    QHash<qint64, QPointF> places;
    places.reserve(data.parties.size());
    QHash<int, int> placedPerTier;
    for (const auto &party : data.parties) {
        const auto found = stored.constFind(party.id.value);
        if (found != stored.constEnd()) {
            places.insert(party.id.value, *found);
        } else {
            const int tier = chainTier(party.role);
            places.insert(party.id.value, QPointF(tier * 320.0, placedPerTier[tier]++ * 110.0));
        }
    }
    return places;
}

// A card the links end on: a party's, or a collapsed group's.
struct End
{
    int card = -1;  // index into cards, or
    int group = -1; // index into groups
    friend bool operator==(const End &a, const End &b) { return a.card == b.card && a.group == b.group; }
};

} // namespace

ChainPicture buildChainPicture(const CaseData &data, const PictureRequest &request)
{
    ChainPicture picture;
    const QHash<qint64, QPointF> places = placesOf(data, request.positions);
    const auto partyNotes = chaingraph::noteCounts(data, SubjectKind::Party);
    const auto linkNotes = chaingraph::noteCounts(data, SubjectKind::Link);
    const QHash<qint64, PartyId> companyRoots = request.collapsed.isEmpty() ? QHash<qint64, PartyId>() : companyGroupRoots(data);

    // Cards, and the parties folded into collapsed groups. A party in a collapsed company group and
    // a collapsed country shows in the company group.
    QHash<qint64, End> endOf;
    QHash<CollapseKey, QList<const Party *>> membersOf;
    QList<QString> cardCountries;
    for (const auto &party : data.parties) {
        if (!request.collapsed.isEmpty()) {
            const auto root = companyRoots.constFind(party.id.value);
            if (root != companyRoots.constEnd() && request.collapsed.contains(CollapseKey::forCompanyGroup(*root))) {
                membersOf[CollapseKey::forCompanyGroup(*root)].append(&party);
                continue;
            }
            const CollapseKey country = CollapseKey::forCountry(layout::layoutCountry(party));
            if (request.collapsed.contains(country)) {
                membersOf[country].append(&party);
                continue;
            }
        }
        endOf.insert(party.id.value, End{int(picture.cards.size()), -1});
        picture.cards.append(makeCard(party, partyNotes.value(party.id.value), places.value(party.id.value)));
        cardCountries.append(cardCountry(party));
    }
    QList<QString> groupCountries;
    for (const CollapseKey &key : request.collapsed) {
        const QList<const Party *> members = membersOf.value(key);
        if (members.isEmpty())
            continue; // nothing left of it in this case, or all taken by another group
        QPointF middle;
        QSet<qint64> inside;
        for (const Party *party : members) {
            middle += places.value(party->id.value) / double(members.size());
            inside.insert(party->id.value);
        }
        int innerLinks = 0;
        for (const Link &link : data.links)
            innerLinks += inside.contains(link.from.value) && inside.contains(link.to.value);
        QString country = key.kind == CollapseKey::Kind::Country ? key.country : QString();
        if (key.kind == CollapseKey::Kind::CompanyGroup)
            for (const Party *party : members)
                if (party->id == key.root)
                    country = layout::layoutCountry(*party);
        const End end{-1, int(picture.groups.size())};
        for (const Party *party : members)
            endOf.insert(party->id.value, end);
        picture.groups.append(makeGroupCard(key, PictureText::groupTitle(key, data.parties), int(members.size()),
                                            innerLinks, middle));
        groupCountries.append(country);
    }

    // Lines and labels between cards; links to or from a group merge, one arrow per direction.
    const auto centreOf = [&](const End &end) {
        return end.card >= 0 ? picture.cards.at(end.card).rect.center() : picture.groups.at(end.group).rect.center();
    };
    const auto sizeOf = [&](const End &end) {
        return end.card >= 0 ? picture.cards.at(end.card).rect.size() : picture.groups.at(end.group).rect.size();
    };
    QHash<QPair<qint64, qint64>, int> parallel;
    struct Merged
    {
        End from, to;
        int count = 0;
        bool active = false;
    };
    QList<Merged> merged;
    QHash<int, int> linksPerCard, activeLinksPerCard;
    QList<bool> activeOfLine;
    for (const Link &link : data.links) {
        const auto fromEnd = endOf.constFind(link.from.value), toEnd = endOf.constFind(link.to.value);
        if (fromEnd == endOf.constEnd() || toEnd == endOf.constEnd())
            continue;
        const bool active = chaingraph::isActiveAsOf(link, request.asOf);
        if (fromEnd->group >= 0 || toEnd->group >= 0) {
            if (*fromEnd == *toEnd)
                continue; // inside one group: counted on its card
            auto m = std::find_if(merged.begin(), merged.end(),
                                  [&](const Merged &x) { return x.from == *fromEnd && x.to == *toEnd; });
            if (m == merged.end())
                m = merged.insert(merged.end(), Merged{*fromEnd, *toEnd});
            ++m->count;
            m->active = m->active || active;
            continue;
        }
        const auto pair = qMakePair(std::min(link.from.value, link.to.value), std::max(link.from.value, link.to.value));
        const int parallelIndex = parallel[pair]++;
        for (const int card : {fromEnd->card, toEnd->card}) {
            ++linksPerCard[card];
            if (active)
                ++activeLinksPerCard[card];
        }
        if (!active)
            continue; // not yet made as of the date: not drawn
        const int notes = linkNotes.value(link.id.value);
        LinkLine line;
        line.link = link.id;
        line.from = link.from;
        line.to = link.to;
        line.geometry = linkGeometry(centreOf(*fromEnd), sizeOf(*fromEnd), centreOf(*toEnd), sizeOf(*toEnd),
                                     fromEnd->card == toEnd->card, parallelIndex);
        line.pen = chainstyle::linkPen(link.kind, link.quantity, link.confidence);
        VerdictMark mark = VerdictMark::None;
        if (const QColor verdict = request.linkColours.value(link.id.value); verdict.isValid()) {
            line.pen.setColor(verdict);
            mark = chainstyle::markOfColour(verdict);
        }
        line.boxMarker = chainstyle::linkHasBoxMarker(link.kind);
        line.dimmed = request.onlyUnsourced && notes > 0;
        LinkLabel label;
        label.link = link.id;
        label.text = PictureText::linkLabel(link, data.products);
        label.noteCount = notes;
        label.verdict = mark;
        label.dimmed = line.dimmed;
        placeLabel(label, line.geometry.labelAnchor);
        picture.lines.append(line);
        picture.labels.append(label);
    }
    for (const Merged &m : std::as_const(merged))
        if (m.active)
            picture.mergedLines.append(makeMergedLine(centreOf(m.from), sizeOf(m.from), centreOf(m.to), sizeOf(m.to), m.count));
    for (int i = 0; i < picture.cards.size(); ++i) {
        // A party whose every link lies after the date had not entered the story yet.
        Card &card = picture.cards[i];
        const bool enteredYet = linksPerCard.value(i) == 0 || activeLinksPerCard.value(i) > 0;
        card.dimmed = !enteredYet || (request.onlyUnsourced && card.noteCount > 0);
    }

    // Country boxes around the cards of each country; where boxes overlap, the later code on top.
    QHash<QString, QRectF> boxes;
    const auto include = [&boxes](const QString &country, const QRectF &bounds) {
        if (country.isEmpty())
            return;
        QRectF &box = boxes[country];
        box = box.isNull() ? countryBoxAround(bounds) : box.united(countryBoxAround(bounds));
    };
    for (int i = 0; i < picture.cards.size(); ++i)
        include(cardCountries.at(i), cardBounds(picture.cards.at(i).rect));
    for (int i = 0; i < picture.groups.size(); ++i)
        include(groupCountries.at(i), groupBounds(picture.groups.at(i).rect));
    QStringList countries = boxes.keys();
    countries.sort();
    for (qsizetype rank = 0; rank < countries.size(); ++rank) {
        const QString &code = countries.at(rank);
        picture.boxes.append({code, DisplayText::country(code), boxes.value(code), chainstyle::countryFill(code),
                              double(rank) / (countries.size() + 1) * 0.1});
    }

    picture.bounds = pictureBounds(picture);
    picture.heading = pictureHeading(data, request.asOf, request.title);
    picture.frame = makeFrame(data, picture, request.asOf, request.title, request.credit);
    return picture;
}

QRectF pictureBounds(const ChainPicture &picture)
{
    QRectF rect;
    for (const Card &card : picture.cards)
        rect |= cardBounds(card.rect);
    for (const LinkLabel &label : picture.labels)
        rect |= labelBounds(label);
    for (const LinkLine &line : picture.lines)
        rect |= lineBounds(line.geometry, lineMargin(line.pen));
    for (const GroupCard &group : picture.groups)
        rect |= groupBounds(group.rect);
    for (const MergedLine &line : picture.mergedLines)
        rect |= mergedBounds(line);
    for (const CountryBox &box : picture.boxes)
        rect |= countryBoxBounds(box.rect);
    return rect.adjusted(-20, -20, 20, 20);
}

} // namespace chiptrail::picture
