// SPDX-License-Identifier: GPL-3.0-or-later
#include "stemmer.h"

#include "error.h"

#include <QCoreApplication>
#include <libstemmer.h>
#include <memory>

namespace chiptrail::search {
namespace {

struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

StemmerPtr make(const char *algorithm)
{
    StemmerPtr stemmer(sb_stemmer_new(algorithm, "UTF_8"));
    if (!stemmer) // only when out of memory or libstemmer was built without the language
        throw CaseError(QCoreApplication::translate("Search", "the %1 stemmer of libstemmer is not available")
                            .arg(QLatin1String(algorithm)));
    return stemmer;
}

} // namespace

QString stem(StemLanguage language, const QString &lowerWord)
{
    thread_local StemmerPtr german, english;
    StemmerPtr &stemmer = language == StemLanguage::German ? german : english;
    if (!stemmer)
        stemmer = make(language == StemLanguage::German ? "german" : "english");
    const QByteArray utf8 = lowerWord.toUtf8();
    const sb_symbol *result = sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                              int(utf8.size()));
    if (!result) // out of memory: the word itself still finds itself
        return lowerWord;
    return QString::fromUtf8(reinterpret_cast<const char *>(result), sb_stemmer_length(stemmer.get()));
}

} // namespace chiptrail::search
