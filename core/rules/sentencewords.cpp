// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencewords.h"

#include "rulestr.h"

namespace chiptrail {

QString sentenceWord(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Sale: return Rules::tr("sale");
    case LinkKind::Shipment: return Rules::tr("shipment");
    case LinkKind::Lease: return Rules::tr("lease / remote access");
    case LinkKind::Ownership: return Rules::tr("ownership / control");
    case LinkKind::Contract: return Rules::tr("contract");
    case LinkKind::Affiliation: return Rules::tr("affiliation");
    case LinkKind::Founder: return Rules::tr("founder / employment");
    }
    return {};
}

QString sentenceWord(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Confirmed: return Rules::tr("confirmed");
    case Confidence::Reported: return Rules::tr("reported");
    case Confidence::Suspected: return Rules::tr("suspected");
    case Confidence::Disputed: return Rules::tr("disputed");
    case Confidence::Denied: return Rules::tr("denied");
    }
    return {};
}

QString sentenceWord(PartyRole role)
{
    switch (role) {
    case PartyRole::Manufacturer: return Rules::tr("manufacturer");
    case PartyRole::ServerIntegrator: return Rules::tr("server integrator");
    case PartyRole::Distributor: return Rules::tr("distributor");
    case PartyRole::Telecom: return Rules::tr("telecom");
    case PartyRole::CloudProvider: return Rules::tr("cloud provider");
    case PartyRole::DataCentreOperator: return Rules::tr("data-centre operator");
    case PartyRole::CloudTenant: return Rules::tr("cloud tenant");
    case PartyRole::Investor: return Rules::tr("investor");
    case PartyRole::University: return Rules::tr("university");
    case PartyRole::GovernmentBody: return Rules::tr("government body");
    case PartyRole::Person: return Rules::tr("person");
    case PartyRole::Other: return Rules::tr("other");
    }
    return {};
}

QString sentenceWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotAnExport: return Rules::tr("not an export");
    case Verdict::NoLicenseRequired: return Rules::tr("no licence required");
    case Verdict::LicenseRequired: return Rules::tr("licence required");
    case Verdict::LicenseRequiredIfConfirmed: return Rules::tr("licence required if the match is confirmed");
    case Verdict::NotYetHappened: return Rules::tr("not yet happened");
    }
    return {};
}

} // namespace chiptrail
