// SPDX-License-Identifier: GPL-3.0-or-later
// Swedish lists in running text and sentence case for names.
#include "swedishlist.h"

#include <array>
#include <utility>

namespace Tertial::Core {

namespace {

// Upper/lower pairs of the two-byte UTF-8 letters Swedish names start with.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> twoByteLetters = {{
    {"\xC3\x85", "\xC3\xA5"}, // Å å
    {"\xC3\x84", "\xC3\xA4"}, // Ä ä
    {"\xC3\x96", "\xC3\xB6"}, // Ö ö
    {"\xC3\x89", "\xC3\xA9"}, // É é
    {"\xC3\x9C", "\xC3\xBC"}, // Ü ü
}};

bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// Length in bytes of the first letter and whether it is upper / lower case.
struct FirstLetter
{
    std::size_t length = 0;
    bool upper = false;
    bool lower = false;
    std::string_view other; // the letter in the other case (two-byte letters only)
};

FirstLetter firstLetter(std::string_view text)
{
    FirstLetter letter;
    if (text.empty())
        return letter;
    if (isAsciiUpper(text[0]) || isAsciiLower(text[0])) {
        letter.length = 1;
        letter.upper = isAsciiUpper(text[0]);
        letter.lower = !letter.upper;
        return letter;
    }
    for (const auto &[up, low] : twoByteLetters) {
        if (text.starts_with(up))
            return FirstLetter{up.size(), true, false, low};
        if (text.starts_with(low))
            return FirstLetter{low.size(), false, true, up};
    }
    return letter;
}

} // namespace

std::string joinSwedishList(const std::vector<std::string> &items, std::string_view conjunction)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            if (i + 1 == items.size()) {
                text += ' ';
                text += conjunction;
                text += ' ';
            } else {
                text += ", ";
            }
        }
        text += items[i];
    }
    return text;
}

std::string inSentence(std::string_view name)
{
    const FirstLetter first = firstLetter(name);
    if (!first.upper)
        return std::string(name);
    const FirstLetter second = firstLetter(name.substr(first.length));
    if (!second.lower)
        return std::string(name); // an abbreviation such as "LSS" or "IFO"
    std::string text;
    if (first.length == 1)
        text += static_cast<char>(name[0] - 'A' + 'a');
    else
        text += first.other;
    text += name.substr(first.length);
    return text;
}

std::string capitalized(std::string_view text)
{
    const FirstLetter first = firstLetter(text);
    if (!first.lower)
        return std::string(text);
    std::string result;
    if (first.length == 1)
        result += static_cast<char>(text[0] - 'a' + 'A');
    else
        result += first.other;
    result += text.substr(first.length);
    return result;
}

} // namespace Tertial::Core
