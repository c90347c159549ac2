// SPDX-License-Identifier: GPL-3.0-or-later
// Standard sentences in a kommun's own wording: the template's text with the amount written in
// its number style, the classification (positive, negative, +/- noll) still the core's.
#pragma once

#include "reportdata.h"
#include "reporttemplate.h"

#include "core/money.h"

#include <optional>
#include <string>

namespace Tertial::Reports {

// The absolute amount as the template's sentences write it: "3,8 miljoner kronor", "3,8 miljoner",
// "3,8 mnkr"; below 0,05 miljoner in tusen kronor ("24 tusen kronor", with mnkr "24 tkr").
std::string sentenceAmountIn(Core::Money amount, const std::string &amountWords);

// The template's sentence `key` for an amount (its `key`Zero when the amount prints as 0 tkr),
// with {belopp}, {positiv} (positiv/negativ), {överskott} (överskott/underskott) and the layout
// placeholders filled in; nullopt when the template does not word it.
std::optional<std::string> wordedSentence(const ReportTemplate &style, const std::string &key, Core::Money amount,
                                          const ReportData &data);

} // namespace Tertial::Reports
