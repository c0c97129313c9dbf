// SPDX-License-Identifier: GPL-3.0-or-later
#include "limits.h"

#include "error.h"

#include <QCoreApplication>
#include <QLocale>

namespace chiptrail::limits {
namespace {

struct CaseFile
{
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
};

} // namespace

void requireWithin(const QString &text, qsizetype limit, const QString &field)
{
    if (text.size() > limit)
        throw CaseError(CaseFile::tr("%1: the text is %2 characters long; ChipTrail takes at most %3 there")
                            .arg(field, QLocale().toString(text.size()), QLocale().toString(limit)));
}

} // namespace chiptrail::limits
