// SPDX-License-Identifier: GPL-3.0-or-later
// Recognising and decoding the encodings a spreadsheet saves text in.
#include "textdecoding.h"

#include "textencoding.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>

namespace Tertial::Io {
namespace {

// A binary file has a fault in every few bytes; past this many the rest says nothing new.
constexpr std::size_t maxFaults = 10'000;

std::string hexByte(unsigned char byte)
{
    char text[8];
    std::snprintf(text, sizeof text, "0x%02X", byte);
    return text;
}

std::string hexUnit(std::uint32_t value)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%04X", static_cast<unsigned>(value));
    return text;
}

std::string codePoint(std::uint32_t value)
{
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(value));
    return text;
}

void appendUtf8(std::string &out, std::uint32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Text files hold TAB, LF and CR of the C0 controls and none of the others, DEL or C1.
bool isForbiddenControl(std::uint32_t c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

std::string controlFault(std::uint32_t c)
{
    return "tecknet " + codePoint(c) + (c == 0 ? " (NUL)" : "") +
           " är ett styrtecken, förväntade text utan styrtecken (filen verkar skadad eller inte vara en textfil)";
}

// Without a byte-order mark: text in UTF-16 has a NUL in nearly every other byte (ASCII and
// Latin letters), on the odd bytes in little-endian order, on the even ones in big-endian.
std::optional<bool> utf16ByNulPattern(std::string_view bytes)
{
    const std::size_t sample = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
    if (sample < 4)
        return std::nullopt;
    std::size_t evenNul = 0;
    std::size_t oddNul = 0;
    for (std::size_t i = 0; i < sample; i += 2) {
        evenNul += bytes[i] == '\0';
        oddNul += bytes[i + 1] == '\0';
    }
    const std::size_t pairs = sample / 2;
    if (2 * oddNul >= pairs && 8 * evenNul <= oddNul)
        return true;
    if (2 * evenNul >= pairs && 8 * oddNul <= evenNul)
        return false;
    return std::nullopt;
}

} // namespace

std::string_view encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Utf8WithBom: return "UTF-8 med BOM";
    case TextEncoding::Utf16Le: return "UTF-16 LE";
    case TextEncoding::Utf16Be: return "UTF-16 BE";
    }
    return "";
}

DecodedText::DecodedText(std::string_view bytes)
{
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        m_encoding = TextEncoding::Utf8WithBom;
        m_text = bytes.substr(3);
    } else if (bytes.starts_with("\xFF\xFE")) {
        decodeUtf16(bytes.substr(2), true);
    } else if (bytes.starts_with("\xFE\xFF")) {
        decodeUtf16(bytes.substr(2), false);
    } else if (const auto little = utf16ByNulPattern(bytes)) {
        decodeUtf16(bytes, *little);
    } else {
        m_text = bytes;
    }
    checkUtf8();
    std::stable_sort(m_faults.begin(), m_faults.end(),
                     [](const TextFault &a, const TextFault &b) { return a.offset < b.offset; });
}

void DecodedText::decodeUtf16(std::string_view bytes, bool littleEndian)
{
    m_encoding = littleEndian ? TextEncoding::Utf16Le : TextEncoding::Utf16Be;
    const std::string expected = ", förväntade giltig " + std::string(encodingName(m_encoding)) +
                                 " (filen verkar skadad)";
    m_decoded.reserve(bytes.size() / 2 + bytes.size() / 8);
    const auto unit = [&](std::size_t i) -> std::uint32_t {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return littleEndian ? (static_cast<std::uint32_t>(b) << 8 | a) : (static_cast<std::uint32_t>(a) << 8 | b);
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        const std::uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            const std::uint32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendUtf8(m_decoded, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            if (m_faults.size() < maxFaults)
                m_faults.push_back({m_decoded.size(), "ett ensamt UTF-16-surrogat " + hexUnit(u) + " är inget tecken" + expected});
            appendUtf8(m_decoded, 0xFFFD);
            continue;
        }
        appendUtf8(m_decoded, u);
    }
    if (i < bytes.size() && m_faults.size() < maxFaults)
        m_faults.push_back({m_decoded.size(), "filen slutar mitt i ett UTF-16-tecken (ett udda antal byte)" + expected});
    m_text = m_decoded;
}

void DecodedText::checkUtf8()
{
    // ASCII without control characters is skipped eight bytes at a time; a line break sends its
    // word through the byte-by-byte path, which is cheap enough at one in every few words.
    const std::string_view text = m_text;
    const std::size_t size = text.size();
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    for (std::size_t i = 0; i < size && m_faults.size() < maxFaults;) {
        if (i + 8 <= size) {
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + i, sizeof word);
            // No byte ≥ 0x80, none < 0x20 and none == 0x7F.
            const bool plain = (word & highs) == 0 && ((word - 0x20 * ones) & ~word & highs) == 0 &&
                               (((word ^ (0x7F * ones)) - ones) & ~(word ^ (0x7F * ones)) & highs) == 0;
            if (plain) {
                i += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (isForbiddenControl(c))
                m_faults.push_back({i, controlFault(c)});
            ++i;
            continue;
        }
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0) {
            m_faults.push_back({i, "byten " + hexByte(c) + " är inte UTF-8 (filen verkar vara sparad som Latin-1 eller "
                                                           "Windows-1252), förväntade en fil i UTF-8"});
            ++i;
            continue;
        }
        if (length == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            m_faults.push_back({i, controlFault(static_cast<unsigned char>(text[i + 1]))});
        } else if (length == 3 && c == 0xEF && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                   static_cast<unsigned char>(text[i + 2]) >= 0xBE) {
            const std::uint32_t value = 0xFFC0u | (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
            m_faults.push_back({i, "tecknet " + codePoint(value) + " är inget tecken, förväntade text"});
        }
        i += length;
    }
}

} // namespace Tertial::Io
