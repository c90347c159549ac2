// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencewording.h"

#include "economiccolumns.h"

#include "core/standardsentences.h"

namespace Tertial::Reports {

namespace {

void replaceAll(std::string &text, const std::string &from, const std::string &to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

} // namespace

std::string sentenceAmountIn(Core::Money amount, const std::string &amountWords)
{
    std::string text = Core::sentenceAmount(amount, amountWords != "miljoner");
    if (amountWords == "mnkr") {
        replaceAll(text, " miljoner kronor", " mnkr");
        replaceAll(text, " tusen kronor", " tkr");
    }
    return text;
}

std::optional<std::string> wordedSentence(const ReportTemplate &style, const std::string &key, Core::Money amount,
                                          const ReportData &data)
{
    const bool zero = Core::printedThousands(amount) == 0;
    auto it = style.sentences.find(zero ? key + "Zero" : key);
    if (it == style.sentences.end())
        it = style.sentences.find(key);
    if (it == style.sentences.end())
        return std::nullopt;
    std::string text = it->second;
    replaceAll(text, "{belopp}", sentenceAmountIn(amount, style.amountWords));
    replaceAll(text, "{positiv}", zero ? "+/- noll" : amount.isNegative() ? "negativ" : "positiv");
    replaceAll(text, "{överskott}", zero ? "+/- noll" : amount.isNegative() ? "underskott" : "överskott");
    return Sections::expandPlaceholders(text, data);
}

} // namespace Tertial::Reports
