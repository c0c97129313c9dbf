// SPDX-License-Identifier: GPL-3.0-or-later
// FollowTheMoney entity lines from a stranger (an Aleph or OpenSanctions export, or a file made to
// hurt): readFtm either returns case data or throws CaseError with one short line; what it returns
// the case file takes as a whole or refuses with a message, never half; and a case it took
// comes back the same through a second FtM export and import.
#include "error.h"
#include "fuzzfiles.h"
#include "interchange/ftm.h"
#include "store/casestore.h"

#include <QBuffer>
#include <QFile>
#include <cstdlib>

namespace {

void requireShortMessage(const chiptrail::CaseError &error)
{
    if (error.message().contains(QLatin1Char('\n')) || error.message().size() > 2000)
        std::abort();
}

chiptrail::FtmImport read(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return chiptrail::readFtm(buffer, QStringLiteral("fuzz.ftm.json"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    chiptrail::FtmImport first;
    try {
        first = read(bytes);
    } catch (const chiptrail::CaseError &error) {
        requireShortMessage(error);
        return 0;
    }
    const QString path = fuzzfiles::folder().filePath(QStringLiteral("ftm.chiptrail"));
    QFile::remove(path);
    chiptrail::CaseData stored;
    try {
        stored = chiptrail::CaseStore::createFrom(path, first.data)->load();
    } catch (const chiptrail::CaseError &error) {
        requireShortMessage(error);
        if (QFile::exists(path)) // all or nothing: a refused import leaves no case behind
            std::abort();
        return 0;
    }
    QFile::remove(path);
    // What the case took survives its own export: same counts and names.
    const chiptrail::FtmImport again = read(chiptrail::writeFtm(stored));
    if (again.data.parties.size() != stored.parties.size() || again.data.links.size() != stored.links.size()
        || again.data.notes.size() != stored.notes.size() || again.data.sources.size() != stored.sources.size()
        || !again.skipped.isEmpty())
        std::abort();
    for (qsizetype i = 0; i < stored.parties.size(); ++i)
        if (again.data.parties[i].name != stored.parties[i].name)
            std::abort();
    return 0;
}
