// SPDX-License-Identifier: GPL-3.0-or-later
// Formula evaluation over exact fractions: a recursive descent over tokens, every value a
// reduced fraction of 128-bit integers, one rounding at the end.
#include "formula.h"

#include "svparse.h"

#include <string>
#include <vector>

namespace Tertial::Core {
namespace {

// GCC's 128-bit integer (__extension__: -Wpedantic knows it is not ISO C++).
__extension__ typedef __int128 Int;

// A fraction whose numerator or denominator passes this is refused: then every product
// (< 1,6·10^37) and sum (< 3,2·10^37) of two fractions fits in 128 bits (1,7·10^38). Amounts
// stay far below it (a number is read with eight decimals: 10^10 mnkr is 10^18).
constexpr Int kLimit = 4'000'000'000'000'000'000LL;

Int absolute(Int v) { return v < 0 ? -v : v; }

Int gcd(Int a, Int b)
{
    a = absolute(a);
    b = absolute(b);
    while (b != 0) {
        const Int t = a % b;
        a = b;
        b = t;
    }
    return a;
}

// An exact rational number, denominator positive and the fraction reduced.
struct Fraction
{
    Int numerator = 0;
    Int denominator = 1;
};

enum class TokenKind { Number, Plus, Minus, Times, Divide, Open, Close, End };

struct Token
{
    TokenKind kind = TokenKind::End;
    std::string text;  // a number's text as written
    std::size_t position = 0; // 1-based character position in the formula
};

// Length of the valid UTF-8 sequence `text` starts with (1–4), or 0.
std::size_t sequenceLength(std::string_view text)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(0);
    const std::size_t length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                                            : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (length == 0 || length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((byte(k) & 0xC0) != 0x80)
            return 0;
    // Overlong forms, surrogates, beyond U+10FFFF.
    if (length > 2 && ((c == 0xE0 && byte(1) < 0xA0) || (c == 0xED && byte(1) >= 0xA0) ||
                       (c == 0xF0 && byte(1) < 0x90) || (c == 0xF4 && byte(1) >= 0x90)))
        return 0;
    return length;
}

std::string hexByte(unsigned char b)
{
    constexpr char digits[] = "0123456789ABCDEF";
    return std::string("0x") + digits[b >> 4] + digits[b & 15];
}

// The formula as a message quotes it: at most 60 bytes of a long one.
std::string quoted(std::string_view formula)
{
    if (formula.size() <= 60)
        return "\"" + std::string(formula) + "\"";
    std::size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(formula[cut]) & 0xC0) == 0x80)
        --cut;
    return "\"" + std::string(formula.substr(0, cut)) + "…\" (" + std::to_string(formula.size()) + " byte)";
}

class Evaluator
{
public:
    explicit Evaluator(std::string_view formula) : m_formula(formula) {}

    Result<Fraction> run()
    {
        if (auto ok = tokenize(); !ok)
            return std::unexpected(ok.error());
        auto value = expression();
        if (!value)
            return value;
        if (current().kind != TokenKind::End)
            return error(current().kind == TokenKind::Close ? "en högerparentes utan vänsterparentes"
                                                            : "ett räknesätt (+ − × ÷) före detta",
                         current().position);
        return value;
    }

private:
    std::unexpected<Error> error(const std::string &what, std::size_t position) const
    {
        return fail(ErrorCode::InvalidInput, "formeln " + quoted(m_formula) + ": " + what + " (tecken "
                                                 + std::to_string(position) + ")");
    }

    Result<void> tokenize()
    {
        // Positions count characters, not bytes, so that they match what the user sees.
        std::size_t character = 0;
        std::size_t i = 0;
        const auto startsWith = [&](std::string_view s) { return m_formula.substr(i).starts_with(s); };
        // The leading '=' (after blanks).
        while (i < m_formula.size() && (m_formula[i] == ' ' || m_formula[i] == '\t')) {
            ++i;
            ++character;
        }
        if (i >= m_formula.size() || m_formula[i] != '=')
            return error("en formel börjar med =", character + 1);
        ++i;
        ++character;
        while (i < m_formula.size()) {
            const std::size_t position = character + 1;
            const char c = m_formula[i];
            if (c == ' ' || c == '\t' || startsWith("\u00A0") || startsWith("\u202F")) {
                i += c == ' ' || c == '\t' ? 1 : startsWith("\u00A0") ? 2 : 3;
                ++character;
                continue;
            }
            if ((c >= '0' && c <= '9') || c == ',' || c == '.') {
                // A number runs over digits, decimal signs and single blanks between digit groups.
                std::string text;
                std::size_t end = i;
                std::size_t endCharacter = character;
                std::size_t j = i;
                std::size_t jCharacter = character;
                while (j < m_formula.size()) {
                    const char d = m_formula[j];
                    if ((d >= '0' && d <= '9') || d == ',' || d == '.') {
                        text += d;
                        ++j;
                        ++jCharacter;
                        end = j;
                        endCharacter = jCharacter;
                        continue;
                    }
                    std::size_t blank = 0;
                    if (d == ' ')
                        blank = 1;
                    else if (m_formula.substr(j).starts_with("\u00A0"))
                        blank = 2;
                    else if (m_formula.substr(j).starts_with("\u202F"))
                        blank = 3;
                    const bool digitFollows = blank != 0 && j + blank < m_formula.size()
                                              && m_formula[j + blank] >= '0' && m_formula[j + blank] <= '9';
                    if (!digitFollows)
                        break;
                    text += ' ';
                    j += blank;
                    ++jCharacter;
                }
                m_tokens.push_back({TokenKind::Number, text, position});
                i = end;
                character = endCharacter;
                continue;
            }
            TokenKind kind = TokenKind::End;
            std::size_t length = 1;
            if (c == '+')
                kind = TokenKind::Plus;
            else if (c == '-')
                kind = TokenKind::Minus;
            else if (startsWith("\u2212")) {
                kind = TokenKind::Minus;
                length = 3;
            } else if (c == '*')
                kind = TokenKind::Times;
            else if (startsWith("\u00D7")) {
                kind = TokenKind::Times;
                length = 2;
            } else if (c == '/')
                kind = TokenKind::Divide;
            else if (startsWith("\u00F7")) {
                kind = TokenKind::Divide;
                length = 2;
            } else if (c == '(')
                kind = TokenKind::Open;
            else if (c == ')')
                kind = TokenKind::Close;
            else {
                // The character's UTF-8 sequence (at most four bytes), to name it; a byte that
                // starts no valid sequence is named by its value, so the message stays short
                // and valid UTF-8 whatever was pasted.
                const std::size_t bytes = sequenceLength(m_formula.substr(i));
                const std::string what = bytes > 0 ? "\"" + std::string(m_formula.substr(i, bytes)) + "\""
                                                   : "byten " + hexByte(static_cast<unsigned char>(c));
                return error(what + " hör inte till en formel; använd tal, + − × ÷ (eller * /) och parenteser",
                             position);
            }
            m_tokens.push_back({kind, {}, position});
            i += length;
            ++character;
        }
        m_tokens.push_back({TokenKind::End, {}, character + 1});
        return {};
    }

    const Token &current() const { return m_tokens[m_next]; }

    Result<Fraction> expression()
    {
        auto left = term();
        if (!left)
            return left;
        while (current().kind == TokenKind::Plus || current().kind == TokenKind::Minus) {
            const bool minus = current().kind == TokenKind::Minus;
            const std::size_t position = current().position;
            ++m_next;
            auto right = term();
            if (!right)
                return right;
            if (minus)
                right->numerator = -right->numerator;
            auto sum = make(left->numerator * right->denominator + right->numerator * left->denominator,
                            left->denominator * right->denominator, position);
            if (!sum)
                return sum;
            left = *sum;
        }
        return left;
    }

    Result<Fraction> term()
    {
        auto left = factor();
        if (!left)
            return left;
        while (current().kind == TokenKind::Times || current().kind == TokenKind::Divide) {
            const bool divide = current().kind == TokenKind::Divide;
            const std::size_t position = current().position;
            ++m_next;
            auto right = factor();
            if (!right)
                return right;
            if (divide && right->numerator == 0)
                return error("division med noll", position);
            auto product = divide ? make(left->numerator * right->denominator, left->denominator * right->numerator, position)
                                  : make(left->numerator * right->numerator, left->denominator * right->denominator, position);
            if (!product)
                return product;
            left = *product;
        }
        return left;
    }

    Result<Fraction> factor()
    {
        const Token token = current();
        // Parentheses and signs recurse: a pasted "=((((…" or "=----…" of any length must not
        // exhaust the stack.
        const DepthGuard guard{m_depth};
        if ((token.kind == TokenKind::Plus || token.kind == TokenKind::Minus || token.kind == TokenKind::Open) &&
            ++m_depth > kMaxDepth)
            return error("fler än " + std::to_string(kMaxDepth) + " parenteser eller tecken i följd", token.position);
        switch (token.kind) {
        case TokenKind::Plus:
        case TokenKind::Minus: {
            ++m_next;
            auto value = factor();
            if (value && token.kind == TokenKind::Minus)
                value->numerator = -value->numerator;
            return value;
        }
        case TokenKind::Open: {
            ++m_next;
            auto value = expression();
            if (!value)
                return value;
            if (current().kind != TokenKind::Close)
                return error("en högerparentes saknas", current().position);
            ++m_next;
            return value;
        }
        case TokenKind::Number: {
            ++m_next;
            // parseAmount's rules for the digits (grouping, decimal comma or point), read in
            // mnkr: its 10^8 öre per unit hold eight decimals exactly.
            auto amount = parseAmountWithin64Bits(token.text, AmountUnit::Millions);
            if (!amount)
                return error(amount.error().message, token.position);
            return make(amount->ore(), orePerUnit(AmountUnit::Millions), token.position);
        }
        case TokenKind::End: return error("ett tal eller en parentes saknas i slutet", token.position);
        case TokenKind::Close: return error("ett tal saknas före högerparentesen", token.position);
        case TokenKind::Times:
        case TokenKind::Divide: return error("ett tal saknas före räknesättet", token.position);
        }
        return error("oväntat tecken", token.position);
    }

    Result<Fraction> make(Int numerator, Int denominator, std::size_t position) const
    {
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        const Int divisor = gcd(numerator, denominator);
        if (divisor > 1) {
            numerator /= divisor;
            denominator /= divisor;
        }
        if (absolute(numerator) > kLimit || denominator > kLimit)
            return error("talen blir för stora", position);
        return Fraction{numerator, denominator};
    }

    // Leaves the depth where factor() found it.
    struct DepthGuard
    {
        std::size_t &depth;
        std::size_t entered = depth;
        ~DepthGuard() { depth = entered; }
    };
    static constexpr std::size_t kMaxDepth = 100;

    std::string_view m_formula;
    std::vector<Token> m_tokens;
    std::size_t m_next = 0;
    std::size_t m_depth = 0;
};

} // namespace

bool isFormula(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    return !text.empty() && text.front() == '=';
}

Result<Money> evaluateFormula(std::string_view text, AmountUnit unit)
{
    Evaluator evaluator(text);
    auto value = evaluator.run();
    if (!value)
        return std::unexpected(value.error());
    // value × öre per unit, rounded half away from zero to whole öre.
    const Int scaled = value->numerator * orePerUnit(unit);
    const Int denominator = value->denominator;
    Int ore = scaled / denominator;
    const Int remainder = absolute(scaled % denominator);
    if (2 * remainder >= denominator)
        ore += scaled < 0 ? -1 : 1;
    // The bound every amount keeps (docs/formats.md), not merely 64 bits.
    constexpr Int max = static_cast<Int>(Money::maxAmountOre);
    if (ore > max || ore < -max)
        return fail(ErrorCode::OutOfRange, "formeln " + quoted(text) + ": resultatet är för stort för ett belopp: "
                                                                         "väntade högst 10 000 000 000 000 kr åt något håll");
    return Money::fromOre(static_cast<std::int64_t>(ore));
}

} // namespace Tertial::Core
