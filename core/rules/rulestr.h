// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace chiptrail {

// One translation context for every user-visible string of the rule engine, so translators
// see the engine's wording together.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

} // namespace chiptrail
