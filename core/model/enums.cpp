// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <array>
#include <utility>

namespace chiptrail {
namespace {

template <typename E, size_t N>
QString wordOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, w] : table)
        if (e == value)
            return QString::fromUtf16(w);
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table,
                         const QString &word)
{
    for (const auto &[e, w] : table)
        if (word == QStringView(w))
            return e;
    return std::nullopt;
}

constexpr std::array confidenceWords{
    std::pair{Confidence::Confirmed, u"confirmed"}, std::pair{Confidence::Reported, u"reported"},
    std::pair{Confidence::Suspected, u"suspected"}, std::pair{Confidence::Disputed, u"disputed"},
    std::pair{Confidence::Denied, u"denied"}};

constexpr std::array roleWords{
    std::pair{PartyRole::Manufacturer, u"manufacturer"},
    std::pair{PartyRole::ServerIntegrator, u"server_integrator"},
    std::pair{PartyRole::Distributor, u"distributor"},
    std::pair{PartyRole::Telecom, u"telecom"},
    std::pair{PartyRole::CloudProvider, u"cloud_provider"},
    std::pair{PartyRole::DataCentreOperator, u"data_centre_operator"},
    std::pair{PartyRole::CloudTenant, u"cloud_tenant"},
    std::pair{PartyRole::Investor, u"investor"},
    std::pair{PartyRole::University, u"university"},
    std::pair{PartyRole::GovernmentBody, u"government_body"},
    std::pair{PartyRole::Person, u"person"},
    std::pair{PartyRole::Other, u"other"}};

constexpr std::array linkKindWords{
    std::pair{LinkKind::Sale, u"sale"},
    std::pair{LinkKind::Shipment, u"shipment"},
    std::pair{LinkKind::Lease, u"lease"},
    std::pair{LinkKind::Ownership, u"ownership"},
    std::pair{LinkKind::Contract, u"contract"},
    std::pair{LinkKind::Affiliation, u"affiliation"},
    std::pair{LinkKind::Founder, u"founder"}};

constexpr std::array productKindWords{std::pair{ProductKind::Chip, u"chip"},
                                      std::pair{ProductKind::System, u"system"}};

constexpr std::array subjectKindWords{
    std::pair{SubjectKind::Party, u"party"}, std::pair{SubjectKind::Site, u"site"},
    std::pair{SubjectKind::Product, u"product"}, std::pair{SubjectKind::Link, u"link"}};

constexpr std::array confidences{Confidence::Confirmed, Confidence::Reported,
                                 Confidence::Suspected, Confidence::Disputed, Confidence::Denied};
constexpr std::array roles{PartyRole::Manufacturer,       PartyRole::ServerIntegrator,
                           PartyRole::Distributor,        PartyRole::Telecom,
                           PartyRole::CloudProvider,      PartyRole::DataCentreOperator,
                           PartyRole::CloudTenant,        PartyRole::Investor,
                           PartyRole::University,         PartyRole::GovernmentBody,
                           PartyRole::Person,             PartyRole::Other};
constexpr std::array linkKinds{LinkKind::Sale,     LinkKind::Shipment,    LinkKind::Lease,
                               LinkKind::Ownership, LinkKind::Contract,   LinkKind::Affiliation,
                               LinkKind::Founder};

} // namespace

QString toWord(Confidence value) { return wordOf(confidenceWords, value); }
QString toWord(PartyRole value) { return wordOf(roleWords, value); }
QString toWord(LinkKind value) { return wordOf(linkKindWords, value); }
QString toWord(ProductKind value) { return wordOf(productKindWords, value); }
QString toWord(SubjectKind value) { return wordOf(subjectKindWords, value); }

std::optional<Confidence> confidenceFromWord(const QString &w) { return valueOf(confidenceWords, w); }
std::optional<PartyRole> partyRoleFromWord(const QString &w) { return valueOf(roleWords, w); }
std::optional<PartyRole> partyRoleFromOldWord(const QString &w)
{
    if (w == QLatin1String("telecom_cloud_provider"))
        return PartyRole::CloudProvider;
    return std::nullopt;
}
std::optional<PartyRole> partyRoleFromAnyWord(const QString &w)
{
    const auto role = partyRoleFromWord(w);
    return role ? role : partyRoleFromOldWord(w);
}
std::optional<LinkKind> linkKindFromWord(const QString &w) { return valueOf(linkKindWords, w); }
std::optional<ProductKind> productKindFromWord(const QString &w) { return valueOf(productKindWords, w); }
std::optional<SubjectKind> subjectKindFromWord(const QString &w) { return valueOf(subjectKindWords, w); }

std::span<const Confidence> allConfidences() { return confidences; }
std::span<const PartyRole> allPartyRoles() { return roles; }
std::span<const LinkKind> allLinkKinds() { return linkKinds; }

int chainTier(PartyRole role)
{
    switch (role) {
    case PartyRole::Manufacturer: return 0;
    case PartyRole::ServerIntegrator: return 1;
    case PartyRole::Distributor: return 2;
    case PartyRole::Telecom:
    case PartyRole::CloudProvider:
    case PartyRole::DataCentreOperator: return 3;
    case PartyRole::CloudTenant: return 4;
    case PartyRole::Investor:
    case PartyRole::University:
    case PartyRole::GovernmentBody:
    case PartyRole::Person:
    case PartyRole::Other: return 5;
    }
    return 5;
}

bool movesHardware(LinkKind kind)
{
    return kind == LinkKind::Sale || kind == LinkKind::Shipment || kind == LinkKind::Lease;
}

} // namespace chiptrail
