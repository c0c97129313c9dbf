// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings.h"

namespace chiptrail {

QString toWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotAnExport:
        return QStringLiteral("not_an_export");
    case Verdict::NoLicenseRequired:
        return QStringLiteral("no_license_required");
    case Verdict::LicenseRequired:
        return QStringLiteral("license_required");
    case Verdict::LicenseRequiredIfConfirmed:
        return QStringLiteral("license_required_if_confirmed");
    case Verdict::NotYetHappened:
        return QStringLiteral("not_yet_happened");
    }
    return {};
}

Verdict CaseFindings::worst() const
{
    Verdict w = Verdict::NotYetHappened;
    for (const LinkFinding &l : links)
        if (worse(l.verdict, w))
            w = l.verdict;
    return w;
}

QList<FindingChange> diffFindings(const CaseFindings &before, const CaseFindings &after)
{
    QList<FindingChange> out;
    QHash<QString, const LinkFinding *> old;
    for (const LinkFinding &l : before.links)
        old.insert(l.linkKey, &l);
    for (const LinkFinding &now : after.links) {
        const LinkFinding *was = old.value(now.linkKey);
        if (!was) {
            out << FindingChange{now.linkKey, QStringLiteral("link"), QString(), toWord(now.verdict)};
            continue;
        }
        const auto cmp = [&](const char *field, const QString &a, const QString &b) {
            if (a != b)
                out << FindingChange{now.linkKey, QLatin1String(field), a, b};
        };
        cmp("verdict", toWord(was->verdict), toWord(now.verdict));
        cmp("item", was->item, now.item);
        cmp("review_policy", was->reviewPolicy, now.reviewPolicy);
        cmp("rules_as_of", was->rulesAsOf.toString(Qt::ISODate), now.rulesAsOf.toString(Qt::ISODate));
        for (const QString &f : now.flags)
            if (!was->flags.contains(f))
                out << FindingChange{now.linkKey, QStringLiteral("flag"), QString(), f};
        for (const QString &f : was->flags)
            if (!now.flags.contains(f))
                out << FindingChange{now.linkKey, QStringLiteral("flag"), f, QString()};
    }
    return out;
}

} // namespace chiptrail
