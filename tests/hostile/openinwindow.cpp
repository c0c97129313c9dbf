// SPDX-License-Identifier: GPL-3.0-or-later
// The window side of the hostile-file campaign (campaign.py), never installed: ChipTrail's own
// start-up (runApplication), then File → Open's path (MainWindow::openCaseFile) on one file, as a
// user would open a file a stranger sent. Prints one JSON object on stdout: whether the file
// opened, every dialog and status-bar message the window showed, and — when it opened — what the
// window holds (counts, and a hash of the party names as UTF-8) so the campaign can compare it
// with the rows in the file, and how long the window did not answer at a time. The campaign runs
// it with a watchdog and measures its memory.
//   chiptrail-openinwindow FILE [SETTLE-MS]
#include "appstartup.h"
#include "casesession.h"
#include "mainwindow.h"
#include "scriptedprompts.h"
#include "store/casestore.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace chiptrail;
using namespace chiptrail::gui;

namespace {

// Every message box the window puts up is read and closed, as a user would click OK.
class DialogCloser : public QObject
{
public:
    QJsonArray dialogs;

    explicit DialogCloser(QObject *parent) : QObject(parent)
    {
        m_poll.setInterval(20);
        connect(&m_poll, &QTimer::timeout, this, [this] {
            for (QWidget *widget : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                    const QString more = box->informativeText();
                    dialogs.append(more.isEmpty() ? box->text() : box->text() + QLatin1Char('\n') + more);
                    box->done(QMessageBox::Ok);
                }
        });
        m_poll.start();
    }

private:
    QTimer m_poll;
};

QString namesHash(const CaseData &data)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Party &party : data.parties) {
        hash.addData(party.name.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

void wait(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fputs("usage: chiptrail-openinwindow FILE [SETTLE-MS]\n", stderr);
        return 2;
    }
    // The start-up gets no file to open: this program opens it the way File → Open does.
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int settle = argc > 2 ? QByteArray(argv[2]).toInt() : 1500;
    int startupArgc = 1;
    QApplication app(startupArgc, argv);
    QJsonObject report;
    QJsonArray status; // the status bar's messages, from opening until the window closes
    ScriptedPrompts prompts; // no untitled case is offered in the campaign's empty home
    StartupHooks hooks;
    hooks.prompts = &prompts;
    hooks.started = [&](CaseSession &session, MainWindow &window) {
        auto *closer = new DialogCloser(&window);
        // How long the window did not answer: the longest gap between the ticks of a 50 ms timer
        // (opening itself blocks the event loop, so it shows here too), and closing the case.
        QElapsedTimer sinceTick;
        qint64 longestFreeze = 0;
        QTimer ticker;
        ticker.setInterval(50);
        QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
            longestFreeze = std::max(longestFreeze, sinceTick.restart());
        });
        sinceTick.start();
        ticker.start();
        QObject::connect(window.statusBar(), &QStatusBar::messageChanged, &window, [&status](const QString &text) {
            if (!text.isEmpty())
                status.append(text);
        });
        QElapsedTimer clock;
        clock.start();
        window.openCaseFile(path);
        report[QStringLiteral("openMs")] = clock.elapsed();
        const bool opened = session.hasCase() && session.store()->path() == path;
        report[QStringLiteral("opened")] = opened;
        // The window's own work after opening: layout, rule checks, painting.
        wait(settle);
        window.grab();
        wait(100);
        if (opened) {
            const CaseData &data = session.document()->data();
            report[QStringLiteral("parties")] = int(data.parties.size());
            report[QStringLiteral("links")] = int(data.links.size());
            report[QStringLiteral("sites")] = int(data.sites.size());
            report[QStringLiteral("products")] = int(data.products.size());
            report[QStringLiteral("sources")] = int(data.sources.size());
            report[QStringLiteral("notes")] = int(data.notes.size());
            report[QStringLiteral("title")] = data.info.title.left(200);
            report[QStringLiteral("titleLength")] = int(data.info.title.size());
            report[QStringLiteral("namesSha256")] = namesHash(data);
        }
        report[QStringLiteral("dialogs")] = closer->dialogs;
        report[QStringLiteral("status")] = status;
        longestFreeze = std::max(longestFreeze, sinceTick.elapsed());
        ticker.stop();
        QElapsedTimer closing;
        closing.start();
        window.close();
        session.closeCase();
        report[QStringLiteral("closeMs")] = closing.elapsed();
        report[QStringLiteral("longestFreezeMs")] = std::max(longestFreeze, closing.elapsed());
        report[QStringLiteral("totalMs")] = clock.elapsed();
        QApplication::quit();
    };
    const int code = runApplication(app, hooks);
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return code;
}
