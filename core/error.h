// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <exception>

namespace chiptrail {

// Raised by core when input (a case file, a JSON document, a rule file) or an operation is
// refused. The message is for the user: it names the file, the place and the reason.
class CaseError : public std::exception
{
public:
    explicit CaseError(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

// An error that says the case file holds an interrupted edit (a hot journal) which could not be
// read through a private copy. The command line reports it with exit code 2, not as "problems".
class InterruptedEditError : public CaseError
{
public:
    using CaseError::CaseError;
};

// Text from a file (a name, a value) as an error message may quote it: at most `maxChars`
// characters, line breaks and other control characters escaped, so a hostile file cannot fill
// the terminal or forge further lines of output.
inline QString messageExcerpt(const QString &text, int maxChars = 40)
{
    QString result;
    int taken = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate()) { // the second half of a character counted already
            result += c;
            continue;
        }
        if (taken == maxChars) {
            result += QChar(0x2026);
            break;
        }
        ++taken;
        if (c == QLatin1Char('\\'))
            result += QLatin1String("\\\\");
        else if (c == QLatin1Char('\n'))
            result += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            result += QLatin1String("\\t");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                 || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')); // notr
        else
            result += c;
    }
    return result;
}

} // namespace chiptrail
