// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftmlines.h"

#include "error.h"
#include "interchange/jsontext.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chiptrail {
namespace {

struct FtmLines
{
    Q_DECLARE_TR_FUNCTIONS(FtmLines)
};

class LineParser
{
public:
    LineParser(const QString &fileName, qint64 line) : m_file(fileName), m_line(line) {}

    [[noreturn]] void fail(const QString &reason) const
    {
        throw CaseError(FtmLines::tr("%1: line %2: %3").arg(m_file).arg(m_line).arg(reason));
    }

    FtmEntity parse(const QByteArray &bytes) const
    {
        // checkedJsonText refuses bytes that are not UTF-8 and lone surrogates, which Qt's parser
        // would turn into replacement characters without a word.
        const QString place = FtmLines::tr("%1: line %2").arg(m_file).arg(m_line);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(checkedJsonText(bytes, place), &error);
        if (error.error != QJsonParseError::NoError)
            fail(FtmLines::tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset + 1));
        if (!doc.isObject())
            fail(FtmLines::tr("expected one entity object per line"));
        const QJsonObject object = doc.object();

        FtmEntity entity;
        entity.line = m_line;
        entity.id = requiredWord(object, QStringLiteral("id"));
        entity.schema = requiredWord(object, QStringLiteral("schema"));
        readOpenSanctionsFields(object, entity);
        const QJsonValue properties = object.value(QStringLiteral("properties"));
        if (properties.isUndefined() || properties.isNull())
            return entity;
        if (!properties.isObject())
            fail(FtmLines::tr("\"properties\" must be an object"));
        const QJsonObject map = properties.toObject();
        if (map.size() > ftmlimits::maxProperties)
            fail(FtmLines::tr("the entity has %1 properties; ChipTrail reads at most %2")
                     .arg(map.size())
                     .arg(ftmlimits::maxProperties));
        int valueCount = 0;
        for (auto it = map.begin(); it != map.end(); ++it) {
            QStringList values;
            const QJsonValue value = it.value();
            const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
            valueCount += int(qMin<qsizetype>(list.size(), ftmlimits::maxValues + 1));
            if (valueCount > ftmlimits::maxValues)
                fail(FtmLines::tr("the entity has more than %1 property values").arg(ftmlimits::maxValues));
            for (const QJsonValue &item : list) {
                if (item.isString())
                    values.append(item.toString());
                else if (item.isObject()) // the "full" form nests the entity it refers to
                    values.append(requiredWord(item.toObject(), QStringLiteral("id")));
                else
                    fail(FtmLines::tr("property \"%1\": expected text or an entity, not %2")
                             .arg(messageExcerpt(it.key()), typeName(item)));
            }
            entity.properties.insert(it.key(), values);
        }
        return entity;
    }

private:
    // Optional, but when present they must have their documented types: a "target" that is not
    // true or false would otherwise decide silently which entries a screening list gets.
    void readOpenSanctionsFields(const QJsonObject &object, FtmEntity &entity) const
    {
        const QJsonValue target = object.value(QStringLiteral("target"));
        if (target.isBool())
            entity.target = target.toBool();
        else if (!target.isUndefined() && !target.isNull())
            fail(FtmLines::tr("\"target\" must be true or false"));
        const QJsonValue datasets = object.value(QStringLiteral("datasets"));
        if (datasets.isArray()) {
            const QJsonArray list = datasets.toArray();
            if (list.size() > ftmlimits::maxValues)
                fail(FtmLines::tr("the entity names more than %1 datasets").arg(ftmlimits::maxValues));
            for (const QJsonValue &item : list) {
                if (!item.isString() || item.toString().size() > ftmlimits::maxIdLength)
                    fail(FtmLines::tr("\"datasets\" must be a list of dataset names"));
                entity.datasets.append(item.toString());
            }
        } else if (!datasets.isUndefined() && !datasets.isNull()) {
            fail(FtmLines::tr("\"datasets\" must be a list of dataset names"));
        }
        entity.firstSeen = optionalShortText(object, QStringLiteral("first_seen"));
        entity.lastSeen = optionalShortText(object, QStringLiteral("last_seen"));
    }

    QString optionalShortText(const QJsonObject &object, const QString &key) const
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString() || value.toString().size() > ftmlimits::maxIdLength)
            fail(FtmLines::tr("\"%1\" must be a date and time as text").arg(key));
        return value.toString();
    }

    QString requiredWord(const QJsonObject &object, const QString &key) const
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty())
            fail(FtmLines::tr("the entity has no \"%1\"").arg(key));
        const QString text = value.toString();
        if (text.size() > ftmlimits::maxIdLength)
            fail(FtmLines::tr("\"%1\" is %2 characters long; ChipTrail reads at most %3")
                     .arg(key)
                     .arg(text.size())
                     .arg(ftmlimits::maxIdLength));
        return text;
    }

    static QString typeName(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null: return QStringLiteral("null");       // notr
        case QJsonValue::Bool: return QStringLiteral("true/false"); // notr
        case QJsonValue::Double: return FtmLines::tr("a number");
        case QJsonValue::Array: return FtmLines::tr("a list");
        default: return FtmLines::tr("something else");
        }
    }

    const QString &m_file;
    qint64 m_line;
};

} // namespace

void readFtmLines(QIODevice &in, const QString &fileName, const std::function<bool(const FtmEntity &)> &each)
{
    // Own buffering instead of QIODevice::readLine: a bounded readLine allocates the bound for
    // every line, an unbounded one lets a line without an end take all memory.
    constexpr qint64 chunk = 1 << 20;
    QByteArray buffer;
    qsizetype start = 0;
    qint64 line = 0;
    bool atEnd = false;
    while (true) {
        qsizetype newline = buffer.indexOf('\n', start);
        if (newline < 0 && !atEnd) {
            buffer.remove(0, start);
            start = 0;
            if (buffer.size() > ftmlimits::maxLineBytes)
                throw CaseError(FtmLines::tr("%1: line %2: the line is longer than %3 MB")
                                    .arg(fileName)
                                    .arg(line + 1)
                                    .arg(ftmlimits::maxLineBytes / (1024 * 1024)));
            const QByteArray more = in.read(chunk);
            if (more.isEmpty()) {
                if (!in.isSequential() && !in.atEnd())
                    throw CaseError(FtmLines::tr("%1: reading failed: %2").arg(fileName, in.errorString()));
                atEnd = true;
            }
            buffer.append(more);
            continue;
        }
        const qsizetype end = newline < 0 ? buffer.size() : newline;
        if (newline < 0 && start >= buffer.size())
            return;
        ++line;
        QByteArray bytes = buffer.mid(start, end - start);
        start = end + 1;
        if (line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.size() > ftmlimits::maxLineBytes)
            throw CaseError(FtmLines::tr("%1: line %2: the line is longer than %3 MB")
                                .arg(fileName)
                                .arg(line)
                                .arg(ftmlimits::maxLineBytes / (1024 * 1024)));
        if (bytes.trimmed().isEmpty())
            continue;
        if (!each(LineParser(fileName, line).parse(bytes)))
            return;
    }
}

} // namespace chiptrail
