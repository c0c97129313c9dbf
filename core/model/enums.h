// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <span>

namespace chiptrail {

// How sure the sources are about a claim. The words are stored in case files and JSON: keep them.
enum class Confidence { Confirmed, Reported, Suspected, Disputed, Denied };

// The scenarios of issue 17 tell a telecom, a cloud provider and a data-centre operator apart
// (the one was a single role before case format 5), and need investors beside the chain.
enum class PartyRole {
    Manufacturer,
    ServerIntegrator,
    Distributor,
    Telecom,
    CloudProvider,
    DataCentreOperator,
    CloudTenant,
    Investor,
    University,
    GovernmentBody,
    Person,
    Other
};

enum class LinkKind { Sale, Shipment, Lease, Ownership, Contract, Affiliation, Founder };

enum class ProductKind { Chip, System };

// What a claim is about: a note or a confidence attaches to one of these.
enum class SubjectKind { Party, Site, Product, Link };

// Stable machine words (case file, JSON, CLI). Unknown words give std::nullopt, never a default.
QString toWord(Confidence value);
QString toWord(PartyRole value);
QString toWord(LinkKind value);
QString toWord(ProductKind value);
QString toWord(SubjectKind value);

std::optional<Confidence> confidenceFromWord(const QString &word);
std::optional<PartyRole> partyRoleFromWord(const QString &word);
// Words older files used for a role that no longer exists: "telecom_cloud_provider" (case
// format 1-4, case JSON before it) reads as cloud_provider, the role the combined one was
// used for in every scenario (renting out compute). Empty for any other word.
std::optional<PartyRole> partyRoleFromOldWord(const QString &word);
// A current word, else an old one mapped as above.
std::optional<PartyRole> partyRoleFromAnyWord(const QString &word);
std::optional<LinkKind> linkKindFromWord(const QString &word);
std::optional<ProductKind> productKindFromWord(const QString &word);
std::optional<SubjectKind> subjectKindFromWord(const QString &word);

std::span<const Confidence> allConfidences();
std::span<const PartyRole> allPartyRoles();
std::span<const LinkKind> allLinkKinds();

// The tier of a role in the chain, left to right: manufacturer, integrator, distributor,
// telecom / cloud provider / data-centre operator, tenant. Roles outside the chain (investors
// with the other owners) share the last tier, off to the side.
int chainTier(PartyRole role);

// A sale or shipment moves hardware; a lease moves access to it. The rest are ties between parties.
bool movesHardware(LinkKind kind);

} // namespace chiptrail
