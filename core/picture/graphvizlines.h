// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/graphvizrunner.h"
#include "layout/layoutresult.h"
#include "picture/chainpicture.h"
#include "store/casestore.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace chiptrail::picture {

// Graphviz draws the lines of every framed export, from the window and the command line alike:
// where the cards stand where dot put them, dot's own splines (dot is run again on the same graph:
// it gives the same places each time); for the lines of cards the user moved, `neato -n2` routes
// splines around the cards at the places given, on small chains (its router grows fast with the
// cards: over 30 s at 250 parties). Lines neither gives keep the built-in routing (lineplacement.h).

struct GraphvizLinesOptions
{
    int neatoMaxCards = 120;  // above: no neato (it took over 30 s for 250 cards), moved cards keep the built-in routing
    int timeoutMs = 30'000;   // per Graphviz run; then the lines stay as they were
    QString dotProgram;       // empty: "dot" on PATH
    QString neatoProgram;     // empty: "neato" on PATH
};

struct GraphvizLinesOutcome
{
    int fromDot = 0;          // lines now drawn along dot's splines
    int fromNeato = 0;        // lines routed by neato for the places given
    int routed() const { return fromDot + fromNeato; }
    QString notUsedBecause;   // set when a Graphviz run failed or was skipped: why
};

// The cards at their places (pos in points, y up, pinned) and one edge per line not yet drawn along
// a spline, with the link's id; no user text.
QByteArray positionedDot(const ChainPicture &picture);

// Puts the splines of a Graphviz layout on the picture's lines whose two cards stand where the
// layout has them (after one shift for the whole layout), label anchors at the middle of each
// spline. Lines already along a spline, and lines Graphviz gave none, keep theirs. Returns how many
// it put.
int applyGraphvizLines(ChainPicture &picture, const layout::LayoutResult &routes);

// applyGraphvizLines() for dot's layout of the chain, then the links dot leaves out (parallel ones)
// beside their siblings' splines, and a spline through a card it does not join replaced by the arc
// around it when there is one. What the canvas draws after a layout and every framed export draws.
// Returns how many lines are now along dot's splines.
int applyDotLines(ChainPicture &picture, const layout::LayoutResult &routes);

// dot on the chain's layout graph as the layout runs it (layoutjob.cpp), so that it gives the
// places the cards got from it: its splines fit cards that were not moved since. None when the
// chain is too big for dot (the built-in layout places it).
std::optional<layout::GraphvizRequest> dotLinesRequest(const CaseData &data, const GraphvizLinesOptions &options = {});

// dot, then neato for what is left, then applyGraphvizLines(). Blocks: call it off the GUI thread,
// with a runner another thread may cancel (the lines then stay as they were).
GraphvizLinesOutcome drawLinesWithGraphviz(ChainPicture &picture, const CaseData &data,
                                           const GraphvizLinesOptions &options = {},
                                           layout::GraphvizRunner *runner = nullptr);

} // namespace chiptrail::picture
