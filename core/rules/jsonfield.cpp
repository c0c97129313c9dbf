// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfield.h"

#include "error.h"
#include "rulestr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace chiptrail {

JsonField::JsonField(QString file, QString path, QJsonValue value)
    : m_file(std::move(file)), m_path(std::move(path)), m_value(std::move(value))
{
}

JsonField JsonField::parseFile(const QString &filePath, const QString &displayName)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw CaseError(Rules::tr("%1: cannot be read (%2)").arg(displayName, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw CaseError(Rules::tr("%1: offset %2: %3")
                            .arg(displayName)
                            .arg(error.offset)
                            .arg(error.errorString()));
    if (!doc.isObject())
        throw CaseError(Rules::tr("%1: expected a JSON object").arg(displayName));
    return JsonField(displayName, QStringLiteral("$"), doc.object());
}

void JsonField::fail(const QString &reason) const
{
    throw CaseError(QStringLiteral("%1: %2: %3").arg(m_file, m_path, reason));
}

JsonField JsonField::operator[](const QString &name) const
{
    if (present() && !m_value.isObject())
        fail(Rules::tr("expected an object"));
    return JsonField(m_file, m_path + QLatin1Char('.') + name, m_value.toObject().value(name));
}

JsonField JsonField::at(qsizetype index) const
{
    return JsonField(m_file, m_path + QStringLiteral("[%1]").arg(index), m_value.toArray().at(index));
}

bool JsonField::present() const { return !m_value.isUndefined() && !m_value.isNull(); }

qsizetype JsonField::size() const
{
    if (!present())
        return 0;
    if (!m_value.isArray())
        fail(Rules::tr("expected an array"));
    return m_value.toArray().size();
}

QStringList JsonField::keys() const
{
    if (!present())
        return {};
    if (!m_value.isObject())
        fail(Rules::tr("expected an object"));
    return m_value.toObject().keys();
}

QString JsonField::string() const
{
    const QString text = optString();
    if (text.trimmed().isEmpty())
        fail(Rules::tr("a non-empty string is required"));
    return text;
}

QString JsonField::optString() const
{
    if (!present())
        return {};
    if (!m_value.isString())
        fail(Rules::tr("expected a string"));
    return m_value.toString();
}

double JsonField::number() const
{
    const auto n = optNumber();
    if (!n)
        fail(Rules::tr("a number is required"));
    return *n;
}

std::optional<double> JsonField::optNumber() const
{
    if (!present())
        return std::nullopt;
    if (!m_value.isDouble() || !std::isfinite(m_value.toDouble()))
        fail(Rules::tr("expected a number"));
    return m_value.toDouble();
}

bool JsonField::boolean(bool fallback) const
{
    if (!present())
        return fallback;
    if (!m_value.isBool())
        fail(Rules::tr("expected true or false"));
    return m_value.toBool();
}

QDate JsonField::date() const
{
    const QDate d = optDate();
    if (!d.isValid())
        fail(Rules::tr("a date (YYYY-MM-DD) is required"));
    return d;
}

QDate JsonField::optDate() const
{
    if (!present())
        return {};
    const QDate d = QDate::fromString(optString(), Qt::ISODate);
    if (!d.isValid())
        fail(Rules::tr("expected a date as YYYY-MM-DD"));
    return d;
}

QStringList JsonField::strings() const
{
    QStringList out;
    const qsizetype n = size();
    for (qsizetype i = 0; i < n; ++i)
        out << at(i).string();
    return out;
}

} // namespace chiptrail
