// SPDX-License-Identifier: GPL-3.0-or-later
// Swedish typography of a draft's text: numbers and their units never break apart.
#include "typography.h"

#include <array>
#include <vector>

namespace Tertial::Reports {

namespace {

constexpr std::string_view noBreakSpace = "\u00A0";
constexpr std::string_view unicodeMinus = "\u2212";

// Units that stay on the line of the number before them.
constexpr std::array<std::string_view, 17> units = {
    "%", "\u2030", "procent", "procentenheter", "procentenhet", "kr", "kronor", "tkr", "mnkr",
    "miljoner", "miljon", "miljarder", "tusen", "dygn", "timmar", "personer", "kr/dygn",
};

// Words after which "kronor" belongs to the amount ("3,8 miljoner kronor").
constexpr std::array<std::string_view, 5> scales = {"miljoner", "miljon", "miljarder", "miljard", "tusen"};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Trailing punctuation that may end a token without being part of its word.
bool isTrailingPunctuation(char c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
}

std::string_view word(std::string_view token)
{
    while (!token.empty() && isTrailingPunctuation(token.back()))
        token.remove_suffix(1);
    return token;
}

// A sign, an opening parenthesis, then 1–3 digits: the first group of a grouped number.
bool isLeadingGroup(std::string_view token)
{
    if (token.starts_with(unicodeMinus))
        token.remove_prefix(unicodeMinus.size());
    else if (!token.empty() && (token.front() == '-' || token.front() == '+' || token.front() == '('))
        token.remove_prefix(1);
    if (token.empty() || token.size() > 3)
        return false;
    for (const char c : token)
        if (!isDigit(c))
            return false;
    return true;
}

// Exactly three digits, then the end of the token or a non-digit ("191", "191,5", "567)").
bool isFollowingGroup(std::string_view token)
{
    if (token.size() < 3 || !isDigit(token[0]) || !isDigit(token[1]) || !isDigit(token[2]))
        return false;
    return token.size() == 3 || !isDigit(token[3]);
}

// A number as the reports write it, possibly with a decimal comma and a sign: "16,4", "-3,8", "+2".
bool endsAsNumber(std::string_view token)
{
    return !token.empty() && isDigit(token.back());
}

template<std::size_t N>
bool isOneOf(std::string_view value, const std::array<std::string_view, N> &list)
{
    for (std::string_view candidate : list)
        if (value == candidate)
            return true;
    return false;
}

} // namespace

std::string bindNumbers(std::string_view text)
{
    // Tokens split at plain spaces; every space between two tokens is kept or bound.
    std::vector<std::string_view> tokens;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ') {
            tokens.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    std::string out;
    out.reserve(text.size() + 16);
    bool previousBoundToNumber = false; // the token before was a unit bound to its number
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0) {
            const std::string_view before = tokens[i - 1], after = tokens[i];
            const std::string_view unit = word(after);
            bool bind = false;
            if (isLeadingGroup(before) && isFollowingGroup(after))
                bind = true; // a digit group
            else if (endsAsNumber(before) && isOneOf(unit, units))
                bind = true; // a number and its unit
            else if (previousBoundToNumber && isOneOf(word(before), scales) && unit == "kronor")
                bind = true; // "miljoner kronor" after its number
            out += bind ? noBreakSpace : std::string_view(" ");
            previousBoundToNumber = bind && !isFollowingGroup(after);
        }
        out += tokens[i];
    }
    return out;
}

} // namespace Tertial::Reports
