// SPDX-License-Identifier: GPL-3.0-or-later
// A keyed, seeded pseudo-random source (splitmix64): the same key always gives the same numbers.
#pragma once

#include <cstdint>
#include <initializer_list>

namespace Tertial::Tools {

class SyntheticRandom final
{
public:
    // The stream for one key (seed, kommun, year, node, ...): independent of every other key, so a
    // slice of the country is the same data as that part of the whole country.
    SyntheticRandom(std::uint64_t seed, std::initializer_list<std::uint64_t> key);

    std::uint64_t next();
    // Uniform in [low, high).
    double uniform(double low, double high);
    // Uniform integer in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high);

private:
    std::uint64_t m_state;
};

} // namespace Tertial::Tools
