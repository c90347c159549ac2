// SPDX-License-Identifier: GPL-3.0-or-later
// Unweighted group mean (ovägt medel) of a key figure over the members that have a value.
#pragma once

#include <optional>
#include <span>

namespace Tertial::Core {

// "Stockholms läns kommuner (ovägt medel)": the plain mean of the members' values, each
// municipality counting once whatever its size. Not "Riket", which is published, not computed.
struct GroupMean final
{
    std::optional<double> mean; // nullopt when no member has a value
    int contributors = 0;       // members with a value (missing ones are left out, not zero)
};

// Missing values (nullopt or NaN) are excluded from both the sum and the count.
GroupMean unweightedMean(std::span<const std::optional<double>> values);

} // namespace Tertial::Core
