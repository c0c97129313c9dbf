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

} // namespace chiptrail
