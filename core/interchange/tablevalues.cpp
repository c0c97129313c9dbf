// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablevalues.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace chiptrail {
namespace {

QString foldWord(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toLower())
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            folded += c;
    return folded;
}

int monthOf(const QString &word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *en[] = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
        const char *de[] = {"januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"};
        for (int i = 0; i < 12; ++i) {
            const QString e = QString::fromLatin1(en[i]), d = QString::fromLatin1(de[i]);
            m.insert(e, i + 1);
            m.insert(d, i + 1);
            m.insert(e.left(3), i + 1);
            m.insert(d.left(3), i + 1);
        }
        m.insert(QStringLiteral("jaenner"), 1);
        m.insert(QStringLiteral("janner"), 1);
        m.insert(QStringLiteral("maerz"), 3);
        m.insert(QStringLiteral("mrz"), 3);
        m.insert(QStringLiteral("sept"), 9);
        return m;
    }();
    return months.value(foldWord(word), 0);
}

std::optional<PartialDate> make(int year, int month, int day)
{
    if (year < 1000 || year > 9999)
        return std::nullopt;
    if (month == 0)
        return PartialDate::fromIso(QString::number(year));
    if (month < 1 || month > 12)
        return std::nullopt;
    if (day == 0)
        return PartialDate::fromIso(QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return PartialDate::fromDate(QDate(year, month, day));
}

} // namespace

std::optional<double> parseTableNumber(const QString &input, NumberStyle style)
{
    // Plain chars and std::from_chars rather than QString::toDouble: a million-row import parses
    // two numbers a row, and this was a tenth of its time (bench_tableimport).
    const QString trimmed = input.trimmed();
    std::string t;
    t.reserve(32);
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        if ((u >= u'0' && u <= u'9') || u == u'.' || u == u',' || u == u'-' || u == u'+')
            t += char(u);
        else if (c.isDigit())
            return std::nullopt; // digits of other scripts: not read as a number
        else if (c.isSpace() || u == 0x202F || u == u'\'' || u == u'$' || u == u'€' || u == u'£' || u == u'¥')
            continue; // thousands spaces (French, Swiss), currency signs
        else if (c.isLetter() && trimmed.size() <= 40)
            continue; // "USD 1,200", "1.200 EUR"; a currency column says which
        else
            return std::nullopt;
    }
    const auto count = [&t](char c) { return std::count(t.begin(), t.end(), c); };
    const auto last = [&t](char c) { const auto at = t.rfind(c); return at == std::string::npos ? qsizetype(-1) : qsizetype(at); };
    if (t.empty() || count('-') + count('+') > 1 || last('-') > 0 || last('+') > 0)
        return std::nullopt;
    char decimal = 0, thousands = 0;
    if (style == NumberStyle::German) {
        decimal = ',';
        thousands = '.';
    } else if (style == NumberStyle::English) {
        decimal = '.';
        thousands = ',';
    } else {
        const qsizetype lastDot = last('.'), lastComma = last(',');
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = lastDot > lastComma ? '.' : ',';
            thousands = lastDot > lastComma ? ',' : '.';
        } else if (lastDot >= 0 || lastComma >= 0) {
            const char sep = lastDot >= 0 ? '.' : ',';
            const qsizetype lastSep = std::max(lastDot, lastComma);
            const bool groups = count(sep) > 1
                || (qsizetype(t.size()) - lastSep - 1 == 3 && lastSep > 0 && t[lastSep - 1] >= '0' && t[lastSep - 1] <= '9' && t.front() != '0');
            decimal = groups ? 0 : sep;
            thousands = groups ? sep : 0;
        }
    }
    // Thousands separators must group three digits, so "1.23.4" is refused, not read as 1234.
    std::string plain;
    plain.reserve(t.size());
    int digitsSinceGroup = -1;
    bool afterDecimal = false;
    for (const char c : t) {
        if (thousands && c == thousands) {
            if (afterDecimal || (digitsSinceGroup >= 0 && digitsSinceGroup != 3) || plain.empty() || plain.back() < '0' || plain.back() > '9')
                return std::nullopt;
            digitsSinceGroup = 0;
            continue;
        }
        if (decimal && c == decimal) {
            if (afterDecimal || (digitsSinceGroup >= 0 && digitsSinceGroup != 3))
                return std::nullopt;
            afterDecimal = true;
            digitsSinceGroup = -1;
            plain += '.';
            continue;
        }
        if (c == '.' || c == ',')
            return std::nullopt; // a separator the style does not know
        if (c >= '0' && c <= '9' && digitsSinceGroup >= 0 && !afterDecimal)
            ++digitsSinceGroup;
        plain += c;
    }
    if (digitsSinceGroup >= 0 && digitsSinceGroup != 3 && !afterDecimal)
        return std::nullopt;
    // What QString::toDouble took and from_chars does not: a leading '+' and a trailing '.'.
    std::string_view digits(plain);
    if (!digits.empty() && digits.front() == '+')
        digits.remove_prefix(1);
    if (!digits.empty() && digits.back() == '.')
        digits.remove_suffix(1);
    if (digits.empty() || digits.front() == '+' || (digits.front() == '-' && digits.size() > 1 && digits[1] == '-'))
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseTableQuantity(const QString &text, NumberStyle style)
{
    const auto number = parseTableNumber(text, style);
    if (!number || *number != std::floor(*number) || std::abs(*number) > 9.0e15)
        return std::nullopt;
    return qint64(*number);
}

std::optional<PartialDate> parseTableDate(const QString &input, DateStyle style)
{
    QString t = input.trimmed();
    static const QRegularExpression isoTime(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?$"));
    if (const auto m = isoTime.match(t); m.hasMatch())
        t = m.captured(1);
    if (t.isEmpty() || t.size() > 40)
        return std::nullopt;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    if (const auto m = iso.match(t); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression dotted(QStringLiteral("^(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})$"));
    if (const auto m = dotted.match(t); m.hasMatch()) // German: always day first
        return make(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[./](\\d{4})$"));
    if (const auto m = monthYear.match(t); m.hasMatch())
        return make(m.captured(2).toInt(), m.captured(1).toInt(), 0);
    static const QRegularExpression slashed(QStringLiteral("^(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})$"));
    if (const auto m = slashed.match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt(), year = m.captured(3).toInt();
        bool dayFirst = style == DateStyle::DayFirst;
        if (style == DateStyle::Auto) {
            if (a > 12 && b <= 12)
                dayFirst = true;
            else if (a <= 12 && b > 12)
                dayFirst = false;
            else if (a != b)
                return std::nullopt; // "03/04/2025": March or April? The mapping must say.
        }
        return dayFirst ? make(year, b, a) : make(year, a, b);
    }
    // "Dec 2025", "Dezember 2025", "31. Dezember 2025", "December 31, 2025", "31 Dec 2025"
    static const QRegularExpression words(QStringLiteral("^(?:(\\d{1,2})\\.?\\s+)?([^\\d\\s.,]+)\\.?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})$"));
    if (const auto m = words.match(t); m.hasMatch()) {
        const int month = monthOf(m.captured(2));
        if (month == 0 || (m.hasCaptured(1) && m.hasCaptured(3)))
            return std::nullopt;
        const int day = m.hasCaptured(1) ? m.captured(1).toInt() : m.captured(3).toInt();
        return make(m.captured(4).toInt(), month, day);
    }
    return std::nullopt;
}

std::optional<QString> parseCountry(const QString &input)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> n;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2)
                continue;
            n.insert(foldWord(QLocale::territoryToString(territory)), code);
        }
        // English short forms and German names (Qt knows German names only for German-speaking places).
        const char *extra[][2] = {
            {"usa", "US"}, {"us", "US"}, {"unitedstatesofamerica", "US"}, {"america", "US"}, {"uk", "GB"},
            {"greatbritain", "GB"}, {"england", "GB"}, {"russia", "RU"}, {"southkorea", "KR"}, {"korea", "KR"},
            {"northkorea", "KP"}, {"taiwan", "TW"}, {"hongkong", "HK"}, {"macau", "MO"}, {"macao", "MO"},
            {"uae", "AE"}, {"vietnam", "VN"}, {"iran", "IR"}, {"syria", "SY"}, {"czechia", "CZ"}, {"turkey", "TR"},
            {"prc", "CN"}, {"mainlandchina", "CN"},
            {"deutschland", "DE"}, {"vereinigtestaaten", "US"}, {"vereinigtestaatenvonamerika", "US"},
            {"vereinigteskonigreich", "GB"}, {"grossbritannien", "GB"}, {"grobritannien", "GB"}, {"frankreich", "FR"},
            {"italien", "IT"}, {"spanien", "ES"}, {"niederlande", "NL"}, {"holland", "NL"}, {"belgien", "BE"},
            {"osterreich", "AT"}, {"schweiz", "CH"}, {"polen", "PL"}, {"tschechien", "CZ"}, {"danemark", "DK"},
            {"schweden", "SE"}, {"norwegen", "NO"}, {"finnland", "FI"}, {"irland", "IE"}, {"griechenland", "GR"},
            {"turkei", "TR"}, {"russland", "RU"}, {"ukraine", "UA"}, {"weissrussland", "BY"}, {"belarus", "BY"},
            {"volksrepublikchina", "CN"}, {"japan", "JP"}, {"sudkorea", "KR"}, {"nordkorea", "KP"},
            {"indien", "IN"}, {"indonesien", "ID"}, {"malaysia", "MY"}, {"singapur", "SG"}, {"thailand", "TH"},
            {"philippinen", "PH"}, {"vereinigtearabischeemirate", "AE"}, {"saudiarabien", "SA"}, {"katar", "QA"},
            {"israel", "IL"}, {"agypten", "EG"}, {"sudafrika", "ZA"}, {"kanada", "CA"}, {"mexiko", "MX"},
            {"brasilien", "BR"}, {"argentinien", "AR"}, {"australien", "AU"}, {"neuseeland", "NZ"},
            {"kasachstan", "KZ"}, {"usbekistan", "UZ"}, {"kirgisistan", "KG"}, {"armenien", "AM"},
            {"georgien", "GE"}, {"aserbaidschan", "AZ"}, {"syrien", "SY"}, {"irak", "IQ"}, {"kuba", "CU"},
            {"libanon", "LB"}, {"jordanien", "JO"}, {"pakistan", "PK"}, {"bangladesch", "BD"}, {"kambodscha", "KH"},
            {"myanmar", "MM"}, {"laos", "LA"}, {"mongolei", "MN"}, {"ungarn", "HU"}, {"rumanien", "RO"},
            {"bulgarien", "BG"}, {"kroatien", "HR"}, {"serbien", "RS"}, {"slowakei", "SK"}, {"slowenien", "SI"},
            {"estland", "EE"}, {"lettland", "LV"}, {"litauen", "LT"}, {"luxemburg", "LU"}, {"zypern", "CY"},
        };
        for (const auto &e : extra)
            n.insert(QString::fromLatin1(e[0]), QString::fromLatin1(e[1]));
        return n;
    }();
    const QString t = input.trimmed();
    if (t.isEmpty() || t.size() > 60)
        return std::nullopt;
    if (t.size() == 2 && t[0].isLetter() && t[1].isLetter()) {
        const QString code = t.toUpper();
        if (code == QLatin1String("UK"))
            return QStringLiteral("GB");
        if (QLocale::codeToTerritory(code) != QLocale::AnyTerritory)
            return code;
    }
    const auto found = names.constFind(foldWord(t));
    if (found != names.cend())
        return *found;
    return std::nullopt;
}

std::optional<QString> parseCurrency(const QString &input)
{
    const QString t = input.trimmed();
    if (t.size() == 3 && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter() && c.unicode() < 128; }))
        return t.toUpper(); // the common case first: no folding needed
    if (t == QLatin1String("$"))
        return QStringLiteral("USD");
    if (t == QStringLiteral("€"))
        return QStringLiteral("EUR");
    if (t == QStringLiteral("£"))
        return QStringLiteral("GBP");
    if (t == QStringLiteral("¥"))
        return QStringLiteral("JPY");
    const QString folded = foldWord(t);
    if (folded == QLatin1String("usdollar") || folded == QLatin1String("dollar"))
        return QStringLiteral("USD");
    if (folded == QLatin1String("euro"))
        return QStringLiteral("EUR");
    if (t.size() == 3 && std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter() && c.unicode() < 128; }))
        return t.toUpper();
    return std::nullopt;
}

} // namespace chiptrail
