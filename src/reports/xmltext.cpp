// SPDX-License-Identifier: GPL-3.0-or-later
// XML escaping with the characters XML 1.0 forbids filtered out.
#include "xmltext.h"

namespace Tertial::Reports {
namespace {

// Length of the valid UTF-8 sequence at s[i] (no overlong forms, surrogates or values above
// U+10FFFF), 0 when the bytes there are not UTF-8.
std::size_t sequenceLength(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    const std::size_t length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (length == 0 || i + length > s.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && byte(i + 1) < 0xA0) || (c == 0xED && byte(i + 1) >= 0xA0) || (c == 0xF0 && byte(i + 1) < 0x90) ||
        (c == 0xF4 && byte(i + 1) >= 0x90))
        return 0;
    return length;
}

} // namespace

std::string xmlEscaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\t': case '\n': case '\r': out += static_cast<char>(c); break;
            case 0x0B: case 0x0C: out += ' '; break;
            default:
                if (c >= 0x20 && c != 0x7F)
                    out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        const std::size_t length = sequenceLength(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD"; // U+FFFD
            ++i;
            continue;
        }
        const auto second = static_cast<unsigned char>(text[i + 1]);
        const bool c1 = c == 0xC2 && second <= 0x9F;
        const bool nonCharacter = c == 0xEF && second == 0xBF && static_cast<unsigned char>(text[i + 2]) >= 0xBE;
        if (!c1 && !nonCharacter)
            out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

} // namespace Tertial::Reports
