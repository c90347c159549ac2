// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic mutations for the bounded fuzz pass: the same seed gives the same inputs on every
// machine (own arithmetic on a 64-bit generator, no std distributions, whose results may differ
// between standard libraries).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace Tertial::Fuzz {

class Mutator final
{
public:
    // `corpus`: the seed inputs (for splicing); `dictionary`: tokens of the format.
    Mutator(std::uint64_t seed, const std::vector<std::string> &corpus, std::vector<std::string> dictionary);

    // A mutant of `input`: one to eight stacked edits in the manner of AFL++'s havoc stage (bit
    // flips, interesting bytes, deleted, duplicated, repeated and spliced chunks, dictionary
    // tokens, line ends, a re-encoding as UTF-16), at most `maxSize` bytes.
    std::string mutate(const std::string &input, std::size_t maxSize = 1 << 20);

private:
    std::uint64_t next();
    std::size_t below(std::size_t bound); // 0 when bound is 0
    void editOnce(std::string &data);

    std::uint64_t m_state;
    const std::vector<std::string> &m_corpus;
    std::vector<std::string> m_dictionary;
};

} // namespace Tertial::Fuzz
