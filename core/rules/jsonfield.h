// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace chiptrail {

// A JSON value that knows its file and path, so a bad rule file is reported as
// "rulesets.json: rulesets[3].item.tpp_gte: expected a number".
class JsonField
{
public:
    JsonField(QString file, QString path, QJsonValue value);
    static JsonField parseFile(const QString &filePath, const QString &displayName);

    [[noreturn]] void fail(const QString &reason) const;

    JsonField operator[](const QString &name) const;
    JsonField at(qsizetype index) const;
    bool present() const;
    qsizetype size() const; // array size; 0 when absent
    QStringList keys() const;

    QString string() const; // required, non-empty
    QString optString() const;
    double number() const;  // required
    std::optional<double> optNumber() const;
    bool boolean(bool fallback) const;
    QDate date() const;     // required ISO date
    QDate optDate() const;  // null when absent or null
    QStringList strings() const; // array of strings; empty when absent
    const QJsonValue &value() const { return m_value; }
    const QString &path() const { return m_path; }

private:
    QString m_file;
    QString m_path;
    QJsonValue m_value;
};

} // namespace chiptrail
