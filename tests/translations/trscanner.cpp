// SPDX-License-Identifier: GPL-3.0-or-later
#include "trscanner.h"

#include <QRegularExpression>
#include <QSet>

namespace trscan {
namespace {

// Calls whose string arguments are translated.
const QSet<QString> translatingCalls = {
    QStringLiteral("tr"), QStringLiteral("translate"), QStringLiteral("QT_TR_NOOP"),
    QStringLiteral("QT_TRANSLATE_NOOP"), QStringLiteral("QT_TR_N_NOOP"), QStringLiteral("QT_TRANSLATE_N_NOOP"),
    QStringLiteral("QT_TRANSLATE_NOOP3"), QStringLiteral("qtTrId")};
// Wrappers that only turn a literal into a string: look through them to the call that uses it.
const QSet<QString> wrappers = {
    QStringLiteral("QStringLiteral"), QStringLiteral("QLatin1String"), QStringLiteral("QLatin1StringView"),
    QStringLiteral("QString"), QStringLiteral("QByteArrayLiteral"), QStringLiteral("QLatin1Char"),
    QStringLiteral("fromUtf8"), QStringLiteral("fromLatin1")};
// Calls that take technical text by design.
const QSet<QString> technicalCalls = {
    QStringLiteral("setObjectName"), QStringLiteral("qDebug"), QStringLiteral("qWarning"),
    QStringLiteral("qCritical"), QStringLiteral("qInfo"), QStringLiteral("qFatal"), QStringLiteral("Q_ASSERT_X"),
    QStringLiteral("QFAIL"), QStringLiteral("QVERIFY2"), QStringLiteral("QCOMPARE"), QStringLiteral("QSKIP"),
    QStringLiteral("setProperty"), QStringLiteral("property"), QStringLiteral("QRegularExpression"),
    QStringLiteral("prepare"), QStringLiteral("exec"), QStringLiteral("execute"), QStringLiteral("statement"),
    QStringLiteral("setStyleSheet"), QStringLiteral("QFont"), QStringLiteral("setFamily"),
    QStringLiteral("setFamilies"), QStringLiteral("QCommandLineOption"), QStringLiteral("setApplicationName"),
    QStringLiteral("setOrganizationName"), QStringLiteral("static_assert")};

bool readsLikeWords(QString text)
{
    static const QRegularExpression sqlStart(QStringLiteral(
        "^\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH|DROP|ALTER|BEGIN|COMMIT|SAVEPOINT|RELEASE|"
        "ROLLBACK|ATTACH|DETACH|VACUUM|REPLACE|ON |AND |OR |FROM |WHERE |ORDER |GROUP |JOIN |LEFT |VALUES|"
        "SET |LIMIT |INNER |\\)|,)"));
    // SQL, DOT attributes, column lists, command synopses and date patterns are not language.
    static const QRegularExpression technical(QStringLiteral(
        "\\?\\d|\\w=[\\w\"\\\\]|\\bexcluded\\.|^[a-z_0-9]+, [a-z_0-9]+,|[a-z]_[a-z]+, |"
        "--[a-z]|[A-Z]{2,}-[A-Z]{2,}|^[dMyHhmsAap., :]+$|\\{[a-z ]+\\}"));
    if (sqlStart.match(text).hasMatch() || technical.match(text).hasMatch())
        return false;
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z#0-9]+;|%L?\\d+|%n"));
    text.replace(markup, QStringLiteral(" "));
    static const QRegularExpression word(QStringLiteral("[A-Za-zÄÖÜäöüß]{2,}"));
    static const QRegularExpression twoWords(QStringLiteral("[A-Za-zÄÖÜäöüß]{2,}[,.:;!?]?\\s+[(\"']?[A-Za-zÄÖÜäöüß]{2,}"));
    return twoWords.match(text).hasMatch();
}

struct OpenCall
{
    QString name;
};

QString identifierBefore(const QString &text, qsizetype at)
{
    qsizetype end = at;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype start = end;
    while (start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == QLatin1Char('_')))
        --start;
    return text.mid(start, end - start);
}

} // namespace

QList<Finding> scanSource(const QString &file, const QString &text)
{
    QList<Finding> findings;
    QList<OpenCall> calls;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    const auto lineText = [&](qsizetype at) {
        const qsizetype start = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
        qsizetype end = text.indexOf(QLatin1Char('\n'), at);
        if (end < 0)
            end = n;
        return text.mid(start, end - start);
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            ++i;
        } else if (text.mid(i, 2) == QLatin1String("//")) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (text.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += int(text.mid(i, stop - i).count(QLatin1Char('\n')));
            i = stop;
        } else if (c == QLatin1Char('#') && (i == 0 || text.at(i - 1) == QLatin1Char('\n'))) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i; // preprocessor line: includes, defines
        } else if (c == QLatin1Char('\'')) {
            ++i;
            while (i < n && text.at(i) != QLatin1Char('\'')) {
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
                ++i;
            }
            ++i;
        } else if (c == QLatin1Char('"')) {
            const int startLine = line;
            const qsizetype start = i;
            QString literal;
            const bool raw = i > 0 && text.at(i - 1) == QLatin1Char('R');
            if (raw) {
                const qsizetype open = text.indexOf(QLatin1Char('('), i);
                const QString delimiter = QLatin1Char(')') + text.mid(i + 1, open - i - 1) + QLatin1Char('"');
                const qsizetype end = text.indexOf(delimiter, open);
                const qsizetype stop = end < 0 ? n : end + delimiter.size();
                literal = text.mid(open + 1, end - open - 1);
                line += int(text.mid(i, stop - i).count(QLatin1Char('\n')));
                i = stop;
            } else {
                ++i;
                while (i < n && text.at(i) != QLatin1Char('"')) {
                    if (text.at(i) == QLatin1Char('\\'))
                        literal += text.at(i++);
                    literal += text.at(i++);
                }
                ++i;
            }
            if (!readsLikeWords(literal) || lineText(start).contains(QLatin1String("// notr")))
                continue;
            bool accepted = false;
            for (qsizetype k = calls.size() - 1; k >= 0; --k) {
                const QString &name = calls.at(k).name;
                if (wrappers.contains(name))
                    continue;
                accepted = translatingCalls.contains(name) || technicalCalls.contains(name);
                break;
            }
            if (!accepted)
                findings.append({file, startLine, literal});
        } else if (c == QLatin1Char('(')) {
            calls.append({identifierBefore(text, i)});
            ++i;
        } else if (c == QLatin1Char(')')) {
            if (!calls.isEmpty())
                calls.removeLast();
            ++i;
        } else if (c == QLatin1Char(';') || c == QLatin1Char('{') || c == QLatin1Char('}')) {
            // Statements end here; a lost parenthesis must not leak into the next one.
            if (c != QLatin1Char(';') || calls.isEmpty())
                calls.clear();
            ++i;
        } else {
            ++i;
        }
    }
    return findings;
}

} // namespace trscan
