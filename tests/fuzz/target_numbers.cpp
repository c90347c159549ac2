// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the sv-SE number parser of the core (amounts in kr/tkr/mnkr, plain numbers,
// integers), its formatter as the inverse, the checked money arithmetic, and formulas typed
// into an amount cell (=100+20).
#include "fuzztarget.h"

#include "core/formula.h"
#include "core/money.h"
#include "core/svformat.h"
#include "core/svparse.h"

#include <cmath>
#include <string>
#include <string_view>

using namespace Tertial;

const char *const fuzzDictionary[] = {
    "-", "\xE2\x88\x92", "+", "(", ")", ",", ".", " ", "\xC2\xA0", "\xE2\x80\xAF", "1 234", "234", "000", "0,5",
    "999 999 999 999 999", "10000000000000", "9223372036854775807", "1.234", "12.5", "e5", "=", "(", ")",
    "*", "/", "\xC3\x97", "\xC3\xB7", "=(1+2)*3", "=-103 783*10/12", "((((((((", "--------", nullptr,
};

namespace {

__extension__ typedef __int128 Wide;

void checkArithmetic(Core::Money a, Core::Money b)
{
    const Wide sum = static_cast<Wide>(a.ore()) + b.ore();
    const Core::Money checked = a + b;
    const bool fits = sum > INT64_MIN && sum <= INT64_MAX;
    fuzzCheck(fits ? checked.isValid() && checked.ore() == static_cast<std::int64_t>(sum) : !checked.isValid(),
              "Money + is not the exact sum or an overflow");
    const Wide difference = static_cast<Wide>(a.ore()) - b.ore();
    const Core::Money minus = a - b;
    const bool fitsDifference = difference > INT64_MIN && difference <= INT64_MAX;
    fuzzCheck(fitsDifference ? minus.isValid() && minus.ore() == static_cast<std::int64_t>(difference) : !minus.isValid(),
              "Money - is not the exact difference or an overflow");
    const Wide product = static_cast<Wide>(a.ore()) * 1000;
    const Core::Money times = a * 1000;
    fuzzCheck(product > INT64_MIN && product <= INT64_MAX ? times.ore() == static_cast<std::int64_t>(product)
                                                          : !times.isValid(),
              "Money * is not the exact product or an overflow");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    std::optional<Core::Money> first;
    for (const Core::AmountUnit unit : {Core::AmountUnit::Kronor, Core::AmountUnit::Thousands, Core::AmountUnit::Millions}) {
        const auto amount = Core::parseAmount(text, unit);
        if (!amount) {
            fuzzCheck(!amount.error().message.empty(), "an amount error without a message");
            continue;
        }
        fuzzCheck(Core::Money::withinBounds(*amount), "parseAmount accepted an amount outside ±10^15 öre");
        // The formatter is the parser's inverse, in every style the program writes.
        for (const auto minus : {Core::NumberStyle::Minus::Hyphen, Core::NumberStyle::Minus::Unicode})
            for (const auto grouping : {Core::NumberStyle::Grouping::None, Core::NumberStyle::Grouping::Space,
                                        Core::NumberStyle::Grouping::NoBreakSpace}) {
                const std::string written = Core::formatAmount(*amount, Core::AmountUnit::Kronor, {minus, grouping}, 2);
                const auto again = Core::parseAmount(written, Core::AmountUnit::Kronor);
                fuzzCheck(again && *again == *amount, "formatAmount does not read back as the same amount");
            }
        if (!first)
            first = *amount;
        checkArithmetic(*amount, *first);
        checkArithmetic(*amount, Core::Money::fromOre(INT64_MAX));
        checkArithmetic(-*amount, Core::Money::fromOre(INT64_MIN + 1));
    }
    // A formula, as typed (when the text is one) and with '=' put before it.
    for (const std::string &formula : {std::string(text), "=" + std::string(text)}) {
        for (const Core::AmountUnit unit : {Core::AmountUnit::Kronor, Core::AmountUnit::Millions}) {
            const auto value = Core::evaluateFormula(formula, unit);
            if (value)
                fuzzCheck(Core::Money::withinBounds(*value), "a formula gave an amount outside ±10^15 öre");
            else
                fuzzCheck(value.error().message.size() < 1000, "a formula's message quotes all of a long formula");
        }
    }
    if (const auto number = Core::parseNumber(text))
        fuzzCheck(std::isfinite(*number), "parseNumber accepted a non-finite number");
    if (const auto integer = Core::parseInteger(text)) {
        const auto again = Core::parseInteger(std::to_string(*integer));
        fuzzCheck(again && *again == *integer, "an integer does not read back");
    }
    return 0;
}
