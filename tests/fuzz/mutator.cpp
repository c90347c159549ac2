// SPDX-License-Identifier: GPL-3.0-or-later
// Havoc-style mutations with a splitmix64 generator.
#include "mutator.h"

#include <algorithm>
#include <array>

namespace Tertial::Fuzz {
namespace {

// Bytes that sit on a parser's boundaries: separators, quotes, line ends, NUL, the high bit.
constexpr std::array<unsigned char, 20> interestingBytes = {
    0x00, 0x01, 0x07, 0x0B, 0x7F, 0x80, 0xBF, 0xC3, 0xE2, 0xED, 0xFF, '\r', '\n', '\t', ';', '"', ' ', '>', '-', ','};

// Tokens useful for every text format here.
const std::vector<std::string> commonTokens = {
    "\r",    "\n",         "\r\n",       "\"",     "\"\"",  ";",  " > ",   "\t",  "\xEF\xBB\xBF", "\xFF\xFE",
    "\xFE\xFF", "\xC3\xA4", "\xE2\x88\x92", "\xC2\xA0", "\xE2\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
    "0",     "-",          "(",          ")",      ",",     ".",  "1e300", "-1e-400", "9223372036854775807",
    "-9223372036854775808", "18446744073709551616", "99999999999999999999999", "000000000000", "NaN", "inf",
};

} // namespace

Mutator::Mutator(std::uint64_t seed, const std::vector<std::string> &corpus, std::vector<std::string> dictionary)
    : m_state(seed), m_corpus(corpus), m_dictionary(std::move(dictionary))
{
    m_dictionary.insert(m_dictionary.end(), commonTokens.begin(), commonTokens.end());
}

std::uint64_t Mutator::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::size_t Mutator::below(std::size_t bound)
{
    return bound == 0 ? 0 : static_cast<std::size_t>(next() % bound);
}

void Mutator::editOnce(std::string &data)
{
    const std::size_t size = data.size();
    // A chunk length that prefers short chunks but sometimes takes a long one.
    auto chunkLength = [&](std::size_t limit) {
        if (limit == 0)
            return std::size_t{0};
        const std::size_t cap = below(4) == 0 ? limit : std::min<std::size_t>(limit, 32);
        return 1 + below(cap);
    };
    switch (below(14)) {
    case 0: // flip a bit
        if (size > 0) {
            const std::size_t at = below(size);
            data[at] = static_cast<char>(data[at] ^ (1u << below(8)));
        }
        break;
    case 1: // an interesting byte
        if (size > 0)
            data[below(size)] = static_cast<char>(interestingBytes[below(interestingBytes.size())]);
        break;
    case 2: // a random byte
        if (size > 0)
            data[below(size)] = static_cast<char>(below(256));
        break;
    case 3: { // delete a chunk
        if (size == 0)
            break;
        const std::size_t length = chunkLength(size);
        data.erase(below(size - length + 1), length);
        break;
    }
    case 4: { // duplicate a chunk elsewhere
        if (size == 0)
            break;
        const std::size_t length = chunkLength(size);
        const std::string chunk = data.substr(below(size - length + 1), length);
        data.insert(below(size + 1), chunk);
        break;
    }
    case 5: { // repeat a chunk many times in place (deep paths, long fields, many fields)
        if (size == 0)
            break;
        const std::size_t length = chunkLength(std::min<std::size_t>(size, 16));
        const std::size_t at = below(size - length + 1);
        const std::string chunk = data.substr(at, length);
        const std::size_t times = 2 + below(below(2) == 0 ? 16 : 4000);
        std::string repeated;
        repeated.reserve(chunk.size() * times);
        for (std::size_t i = 0; i < times; ++i)
            repeated += chunk;
        data.insert(at, repeated);
        break;
    }
    case 6: case 7: { // insert a dictionary token
        const std::string &token = m_dictionary[below(m_dictionary.size())];
        data.insert(below(size + 1), token);
        break;
    }
    case 8: { // overwrite with a dictionary token
        const std::string &token = m_dictionary[below(m_dictionary.size())];
        if (size >= token.size())
            data.replace(below(size - token.size() + 1), token.size(), token);
        break;
    }
    case 9: { // overwrite a chunk with another chunk of the same input
        if (size < 2)
            break;
        const std::size_t length = chunkLength(size / 2);
        const std::string chunk = data.substr(below(size - length + 1), length);
        data.replace(below(size - length + 1), length, chunk);
        break;
    }
    case 10: // truncate
        if (size > 0)
            data.resize(below(size));
        break;
    case 11: { // splice: the head of this input, the tail of another seed
        if (m_corpus.empty())
            break;
        const std::string &other = m_corpus[below(m_corpus.size())];
        data = data.substr(0, below(size + 1)) + other.substr(below(other.size() + 1));
        break;
    }
    case 12: { // change every line end (LF -> CR, CRLF, or the other way)
        const char *const ends[] = {"\r", "\r\n", "\n"};
        const std::string end = ends[below(3)];
        std::string out;
        out.reserve(size + size / 8);
        for (char c : data)
            out += c == '\n' ? end : std::string(1, c);
        data = std::move(out);
        break;
    }
    case 13: { // re-encode the (UTF-8 as Latin-1, byte by byte) text as UTF-16, with or without BOM
        const bool little = below(2) == 0;
        const bool bom = below(3) != 0;
        std::string out;
        out.reserve(2 * size + 2);
        if (bom)
            out += little ? "\xFF\xFE" : "\xFE\xFF";
        for (char c : data) {
            if (little) {
                out += c;
                out += '\0';
            } else {
                out += '\0';
                out += c;
            }
        }
        data = std::move(out);
        break;
    }
    }
}

std::string Mutator::mutate(const std::string &input, std::size_t maxSize)
{
    std::string data = input;
    const std::size_t edits = 1 + below(below(2) == 0 ? 2 : 8);
    for (std::size_t i = 0; i < edits; ++i) {
        editOnce(data);
        if (data.size() > maxSize)
            data.resize(maxSize);
    }
    return data;
}

} // namespace Tertial::Fuzz
