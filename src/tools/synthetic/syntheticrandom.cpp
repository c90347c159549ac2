// SPDX-License-Identifier: GPL-3.0-or-later
// splitmix64 (Steele, Lea, Flood 2014): tiny, fast, and good enough for test data.
#include "syntheticrandom.h"

namespace Tertial::Tools {
namespace {

std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

SyntheticRandom::SyntheticRandom(std::uint64_t seed, std::initializer_list<std::uint64_t> key)
    : m_state(mix(seed))
{
    for (const std::uint64_t part : key)
        m_state = mix(m_state ^ (part + 0x9e3779b97f4a7c15ULL));
}

std::uint64_t SyntheticRandom::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return mix(m_state);
}

double SyntheticRandom::uniform(double low, double high)
{
    const double unit = static_cast<double>(next() >> 11) * 0x1.0p-53;
    return low + (high - low) * unit;
}

std::int64_t SyntheticRandom::between(std::int64_t low, std::int64_t high)
{
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<std::int64_t>(next() % span);
}

} // namespace Tertial::Tools
