// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QtGlobal>
#include <compare>

namespace chiptrail {

// A row id that knows what it points at, so a PartyId can never be passed where a LinkId belongs.
template <typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const Id &) const = default;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value, seed);
}

using PartyId = Id<struct PartyTag>;
using SiteId = Id<struct SiteTag>;
using ProductId = Id<struct ProductTag>;
using LinkId = Id<struct LinkTag>;
using SourceId = Id<struct SourceTag>;
using NoteId = Id<struct NoteTag>;

} // namespace chiptrail
