// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <span>

namespace chiptrail {

// How sure the sources are about a claim. The words are stored in case files and JSON: keep them.
enum class Confidence { Confirmed, Reported, Suspected, Disputed, Denied };

enum class PartyRole {
    Manufacturer,
    ServerIntegrator,
    Distributor,
    TelecomCloudProvider,
    DataCentreOperator,
    CloudTenant,
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
std::optional<LinkKind> linkKindFromWord(const QString &word);
std::optional<ProductKind> productKindFromWord(const QString &word);
std::optional<SubjectKind> subjectKindFromWord(const QString &word);

std::span<const Confidence> allConfidences();
std::span<const PartyRole> allPartyRoles();
std::span<const LinkKind> allLinkKinds();

// The tier of a role in the chain, left to right; roles outside the chain share the last tier.
int chainTier(PartyRole role);

// A sale or shipment moves hardware; a lease moves access to it. The rest are ties between parties.
bool movesHardware(LinkKind kind);

} // namespace chiptrail
