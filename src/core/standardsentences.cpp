// SPDX-License-Identifier: GPL-3.0-or-later
// The standard sentences of the report drafts, derived from the numbers only.
#include "standardsentences.h"

#include "svformat.h"
#include "swedishlist.h"

#include <algorithm>
#include <cstdlib>

namespace Tertial::Core {

namespace {

constexpr std::int64_t orePerThousand = 100'000;
// Below this many tkr the amount rounds to "0,0" miljoner and is written in tusen kronor.
constexpr std::int64_t smallestMillionsThousands = 50;

std::string noll() { return "+/- noll"; }

// "ett överskott på 17,7 miljoner" / "ett underskott på ..." / "ett resultat på +/- noll"
std::string outcomePhrase(Money deviation, bool withArticle, bool withKronor)
{
    const std::int64_t printed = printedThousands(deviation);
    if (printed == 0)
        return withArticle ? "ett resultat på " + noll() : noll();
    const std::string kind = printed > 0 ? "överskott" : "underskott";
    return (withArticle ? "ett " : "") + kind + " på " + sentenceAmount(deviation, withKronor);
}

std::vector<std::string> namesOf(const std::vector<const DeviationItem *> &items)
{
    std::vector<std::string> names;
    names.reserve(items.size());
    for (const DeviationItem *item : items)
        names.push_back(inSentence(item->name));
    return names;
}

std::string signedSentenceAmount(Money amount)
{
    const std::string text = sentenceAmount(amount, true);
    return printedThousands(amount) < 0 ? "-" + text : text;
}

} // namespace

std::int64_t printedThousands(Money amount)
{
    return divideRounded(amount.ore(), orePerThousand);
}

std::string sentenceAmount(Money amount, bool withKronor)
{
    const Money absolute = amount.abs();
    const std::int64_t thousands = printedThousands(absolute);
    if (thousands < smallestMillionsThousands)
        return formatAmount(absolute, AmountUnit::Thousands) + " tusen kronor";
    return formatMillions(absolute) + (withKronor ? " miljoner kronor" : " miljoner");
}

std::string periodResultSentence(std::string_view namndName, Money budgetDeviation)
{
    return std::string(namndName) + " redovisar för perioden " + outcomePhrase(budgetDeviation, true, false)
        + " jämfört med budget.";
}

std::string periodResultHeadline(Money budgetDeviation)
{
    if (printedThousands(budgetDeviation) == 0)
        return "Periodens resultat " + noll();
    return "Periodens resultat " + signedSentenceAmount(budgetDeviation);
}

ForecastTrend forecastTrend(Money forecastDeviation, Money previousForecastDeviation)
{
    const std::int64_t now = printedThousands(forecastDeviation);
    const std::int64_t before = printedThousands(previousForecastDeviation);
    if (now == before)
        return ForecastTrend::Unchanged;
    return now > before ? ForecastTrend::Improvement : ForecastTrend::Worsening;
}

std::string forecastSentence(Money forecastDeviation, std::optional<Money> previousForecastDeviation,
                             std::string_view previousLabel)
{
    std::string text = "Helårsprognosen visar på " + outcomePhrase(forecastDeviation, false, true);
    if (printedThousands(forecastDeviation) == 0)
        text += " jämfört med budget";
    if (previousForecastDeviation) {
        switch (forecastTrend(forecastDeviation, *previousForecastDeviation)) {
        case ForecastTrend::Improvement: text += " vilket är en förbättring jämfört med "; break;
        case ForecastTrend::Worsening: text += " vilket är en försämring jämfört med "; break;
        case ForecastTrend::Unchanged: text += " vilket är oförändrat jämfört med "; break;
        }
        text += previousLabel;
    }
    return text + ".";
}

std::string forecastLevelSentence(std::string_view namndName, Money forecast, Money forecastDeviation)
{
    std::string text = "Prognosen för " + inSentence(namndName) + " är ";
    if (forecast.isNegative() || forecast.isZero())
        text += formatMillions(forecast.abs()) + " miljoner kronor";
    else
        text += "en nettointäkt på " + formatMillions(forecast) + " miljoner kronor";
    text += ", det vill säga " + outcomePhrase(forecastDeviation, printedThousands(forecastDeviation) != 0, true);
    return text + " jämfört med budgeten.";
}

std::string verksamhetOutcomeSentence(const std::vector<DeviationItem> &items, std::string_view subject)
{
    std::vector<const DeviationItem *> negative, positive, zero;
    for (const DeviationItem &item : items) {
        if (!item.hasBudget)
            continue;
        const std::int64_t printed = printedThousands(item.deviation);
        (printed < 0 ? negative : printed > 0 ? positive : zero).push_back(&item);
    }
    if (negative.empty() && positive.empty() && zero.empty())
        return {};
    const std::string tail = " jämfört med " + std::string(subject) + ".";
    std::string text;
    // Name the shorter side; ties say "positivt" and name the negative rows.
    const bool sayPositive = negative.size() <= positive.size();
    const auto &majority = sayPositive ? positive : negative;
    auto exceptions = sayPositive ? negative : positive;
    exceptions.insert(exceptions.end(), zero.begin(), zero.end());
    std::stable_sort(exceptions.begin(), exceptions.end()); // table order (pointers into items)
    if (majority.empty()) {
        // Every row at +/- noll: nothing positive or negative to say.
        return "Samtliga verksamheter har ett utfall i nivå med " + std::string(subject) + ".";
    }
    const std::string word = sayPositive ? "positivt" : "negativt";
    if (exceptions.empty())
        text = "Samtliga verksamheter har ett " + word + " utfall" + tail;
    else
        text = "Samtliga verksamheter förutom " + joinSwedishList(namesOf(exceptions)) + " har ett " + word
            + " utfall" + tail;
    if (!zero.empty()) {
        text += " " + capitalized(joinSwedishList(namesOf(zero))) + " har ett utfall i nivå med "
            + std::string(subject) + ".";
    }
    return text;
}

std::string largestDeviationsSentence(const std::vector<DeviationItem> &items, std::size_t count)
{
    std::vector<const DeviationItem *> ranked;
    for (const DeviationItem &item : items)
        if (item.hasBudget && printedThousands(item.deviation) != 0)
            ranked.push_back(&item);
    std::stable_sort(ranked.begin(), ranked.end(), [](const DeviationItem *a, const DeviationItem *b) {
        return std::abs(printedThousands(a->deviation)) > std::abs(printedThousands(b->deviation));
    });
    if (ranked.size() > count)
        ranked.resize(count);
    if (ranked.empty())
        return {};
    std::vector<std::string> parts;
    for (const DeviationItem *item : ranked)
        parts.push_back(inSentence(item->name) + " (" + signedSentenceAmount(item->deviation) + ")");
    const std::string lead = ranked.size() == 1 ? "Den största avvikelsen mot budget finns inom "
                                                : "De största avvikelserna mot budget finns inom ";
    return lead + joinSwedishList(parts) + ".";
}

} // namespace Tertial::Core
