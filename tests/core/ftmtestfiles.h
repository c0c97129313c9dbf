// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ftmtest {

// Entities as Aleph and OpenSanctions write them: parties, a Directorship, Sanctions, an
// Address, a Document with Mentions, a Payment.
QByteArray alephSample();

struct BadFile
{
    const char *name;
    QByteArray file;
    QString expected; // part of the error message
};
QList<BadFile> badFiles();

} // namespace ftmtest
