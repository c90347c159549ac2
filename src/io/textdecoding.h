// SPDX-License-Identifier: GPL-3.0-or-later
// The bytes of a text file as UTF-8: the encoding recognised (UTF-8 with or without BOM, UTF-16 LE
// or BE with BOM, UTF-16 without BOM by its NUL bytes), UTF-16 converted, and every place that is
// not text noted (bytes that are not UTF-8, lone surrogates, control characters).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Io {

enum class TextEncoding { Utf8, Utf8WithBom, Utf16Le, Utf16Be };

// Where the text is not text: an offset into DecodedText::text() and what is wrong there, in
// Swedish, ending with what was expected ("byten 0xE4 är inte UTF-8 (…), förväntade en fil i UTF-8").
struct TextFault final
{
    std::size_t offset = 0;
    std::string what;
};

class DecodedText final
{
public:
    // `bytes` must outlive the result when the file is UTF-8 (the text is then a view into it).
    explicit DecodedText(std::string_view bytes);
    // text() may point into the object itself.
    DecodedText(const DecodedText &) = delete;
    DecodedText &operator=(const DecodedText &) = delete;

    std::string_view text() const { return m_text; }
    TextEncoding encoding() const { return m_encoding; }
    const std::vector<TextFault> &faults() const { return m_faults; }

private:
    void decodeUtf16(std::string_view bytes, bool littleEndian);
    void checkUtf8();

    std::string m_decoded; // UTF-16 converted to UTF-8; empty for UTF-8 input
    std::string_view m_text;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::vector<TextFault> m_faults;
};

// "UTF-8", "UTF-16 LE (Excels Unicode-text)", ... for messages.
std::string_view encodingName(TextEncoding encoding);

} // namespace Tertial::Io
