// SPDX-License-Identifier: GPL-3.0-or-later
#include "namegen.h"

#include <QStringList>

namespace {
const char *const cities[] = {"Shenzhen", "Beijing", "Shanghai", "Hangzhou", "Chengdu", "Wuhan", "Suzhou",
                              "Hong Kong", "Singapore", "Dubai", "Moscow", "Tianjin", "Xiamen", "Hefei"};
const char *const industries[] = {"Technology", "Electronics", "Semiconductor", "Trading", "Information Technology",
                                  "Microelectronics", "Intelligent Computing", "Digital", "Industrial", "Logistics",
                                  "Import and Export", "Network Systems", "Precision Instruments"};
const char *const forms[] = {"Co., Ltd.", "Limited", "Ltd", "Inc.", "Pte. Ltd.", "Sdn. Bhd.", "GmbH", "LLC",
                             "Corporation", "FZE", "JSC", "Co. Limited"};
const char *const syllables[] = {"xin", "hua", "tai", "long", "feng", "zhi", "rui", "kang", "sheng", "tian", "yuan",
                                 "hong", "jin", "da", "bao", "li", "ming", "an", "tech", "nova", "tron", "vex",
                                 "sino", "quan", "xun", "ke", "wei", "lan", "chuang", "heng"};
const char16_t hanPool[] = u"华为浪潮中科天津芯微电子信息技术智能计算深圳上海北京集成光学通讯数据云网络新能源创";
const char16_t cyrillic[] = u"абвгдежзиклмнопрстуфхцчшэюя";
} // namespace

QString NameGenerator::brand()
{
    QString b;
    const int n = 3 + pick(2);
    for (int i = 0; i < n; ++i)
        b += QLatin1String(syllables[pick(std::size(syllables))]);
    b[0] = b[0].toUpper();
    return b;
}

QString NameGenerator::company()
{
    const int script = pick(20);
    if (script == 0) { // Han: 6-10 characters + 有限公司
        QString s;
        const int n = 4 + pick(5);
        for (int i = 0; i < n; ++i)
            s += QChar(hanPool[pick(std::size(hanPool) - 1)]);
        return s + QStringLiteral("有限公司");
    }
    if (script == 1) { // Cyrillic: ООО «Name»
        QString s;
        const int n = 5 + pick(6);
        for (int i = 0; i < n; ++i)
            s += QChar(cyrillic[pick(std::size(cyrillic) - 1)]);
        s[0] = s[0].toUpper();
        return QStringLiteral("ООО «%1»").arg(s);
    }
    QString name;
    if (pick(2) == 0)
        name += QLatin1String(cities[pick(std::size(cities))]) + QLatin1Char(' ');
    name += brand();
    if (script == 2)
        name += QStringLiteral(" Müller-Société");
    name += QLatin1Char(' ') + QLatin1String(industries[pick(std::size(industries))]);
    name += QLatin1Char(' ') + QLatin1String(forms[pick(std::size(forms))]);
    return name;
}

QString NameGenerator::variant(const QString &name)
{
    QString v = name;
    switch (pick(4)) {
    case 0: { // typo in the longest word
        const qsizetype at = 1 + pick(std::max<int>(1, static_cast<int>(v.size()) - 2));
        if (v.at(at).isLetter())
            v[at] = v.at(at) == QLatin1Char('e') ? QLatin1Char('a') : QLatin1Char('e');
        break;
    }
    case 1: // other legal form
        for (const char *f : forms)
            v.replace(QLatin1String(f), QStringLiteral("Limited"));
        break;
    case 2: // Cyrillic look-alikes
        v.replace(QLatin1Char('a'), QChar(0x0430)).replace(QLatin1Char('o'), QChar(0x043E));
        break;
    default: // fullwidth upper case
        v = v.toUpper();
        for (QChar &c : v)
            if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
                c = QChar(c.unicode() + 0xFEE0);
        break;
    }
    return v;
}
