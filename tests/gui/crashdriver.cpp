// SPDX-License-Identifier: GPL-3.0-or-later
// Test driver of test_crashrecovery, never installed: ChipTrail's own start-up (runApplication),
// with what a user would do scripted once the window is up. CHIPTRAIL_CRASH_DRIVER (read here
// only, never by the program) says what:
//   edit     File → New Case, then three parties, a link and the case's title, each one undoable
//            edit; prints "edited <unsaved file>" and waits to be killed
//   recover  answers the start-up's recovery question with Recover, prints what it was offered
//            and the case it then holds, and ends without deciding about it
#include "appstartup.h"
#include "casesession.h"
#include "commands/caseinfocommand.h"
#include "commands/entitycommands.h"
#include "mainwindow.h"
#include "scriptedprompts.h"

#include <QAction>
#include <QApplication>
#include <QTextStream>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

void edit(CaseSession &session, MainWindow &window, QTextStream &out)
{
    window.findChild<QAction *>(QStringLiteral("newCase"))->trigger();
    QList<PartyId> ids;
    for (const char *name : {"Aivres", "Indosat Ooredoo Hutchison", "INF Tech"}) {
        Party party;
        party.name = QString::fromLatin1(name);
        session.perform(std::make_unique<AddPartyCommand>(&session, party));
    }
    for (const Party &party : session.document()->data().parties)
        ids << party.id;
    Link lease;
    lease.kind = LinkKind::Lease;
    lease.from = ids.at(1);
    lease.to = ids.at(2);
    lease.quantity = 2304;
    session.perform(std::make_unique<AddLinkCommand>(&session, lease));
    CaseInfo info = session.document()->data().info;
    const CaseInfo before = info;
    info.title = QStringLiteral("Jakarta GPUs");
    info.credit = QStringLiteral("Example Daily");
    session.perform(std::make_unique<SetCaseInfoCommand>(&session, before, info));
    out << "edited " << session.unsavedPath() << Qt::endl;
}

void report(CaseSession &session, const ScriptedPrompts &prompts, QTextStream &out)
{
    for (const RecoveryCandidate &c : prompts.offered)
        out << "offered " << c.title << '\t' << c.counts.parties << '\t' << c.counts.links << '\t'
            << c.lastEdited.toMSecsSinceEpoch() << Qt::endl;
    if (session.hasCase()) {
        const CaseData &data = session.document()->data();
        out << "title " << data.info.title << '\t' << data.info.credit << Qt::endl;
        for (const Party &party : data.parties)
            out << "party " << party.name << Qt::endl;
        for (const Link &link : data.links)
            out << "link " << link.quantity.value_or(0) << Qt::endl;
        out << "untitled " << session.isTemporary() << Qt::endl;
    }
    out << "done" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QByteArray mode = qgetenv("CHIPTRAIL_CRASH_DRIVER");
    QTextStream out(stdout);
    ScriptedPrompts prompts;
    prompts.recoveryAnswers = {CasePrompts::Recovery::Recover};
    StartupHooks hooks;
    hooks.prompts = &prompts;
    hooks.started = [&](CaseSession &session, MainWindow &window) {
        if (mode == "edit") {
            edit(session, window, out);
        } else {
            report(session, prompts, out);
            // exit, not quit: quit closes the window, which would ask about the recovered case.
            // Left undecided, it must wait for the next start.
            QCoreApplication::exit(0);
        }
    };
    return runApplication(app, hooks);
}
