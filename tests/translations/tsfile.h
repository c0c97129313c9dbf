// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The messages of a Qt Linguist .ts file, as far as the translation tests need them.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool plural = false;
};

// Throws nothing: a file that cannot be read yields no messages and `error` says why.
QList<TsMessage> readTsFile(const QString &path, QString *error);
