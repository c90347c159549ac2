// SPDX-License-Identifier: GPL-3.0-or-later
// Display choices shared by every chart: the amount unit and how costs are shown.
#pragma once

#include "core/money.h"
#include "core/unit.h"

#include <QString>

namespace Tertial::Charts {

struct ChartOptions final
{
    Core::AmountUnit unit = Core::AmountUnit::Thousands;
    // Charts show nettokostnad as positive heights (bars grow upwards with cost), the display
    // choice domain.md §3 allows; avvikelse labels keep the canonical sign (+ = överskott).
    bool costsPositive = true;
    bool interactive = true; // hover tooltips, legend clicks, zoom/pan (off for print)
    // The workbench's language (English under --lang en) instead of the reports' Swedish: the
    // chart dock sets it, report drafts never do.
    bool translated = false;
    // Category bars run sideways, names on the left axis (a narrow chart dock with many
    // verksamheter: the names and avvikelse labels of upright bars would run into each other).
    bool horizontal = false;
};

// A chart's own text: `swedish` as the reports print it, or its translation in the context
// "Tertial::Charts" when options.translated. Call sites mark the text with
// QT_TRANSLATE_NOOP("Tertial::Charts", …) so that lupdate finds it.
QString chartText(const ChartOptions &options, const char *swedish);

// The plotted height of an amount in the chosen unit and sign.
double plotAmount(Core::Money amount, const ChartOptions &options);
// A change of nettokostnad as plotted (cost up = positive when costs are positive).
double plotChange(Core::Money change, const ChartOptions &options);
// "tkr" / "mnkr" / "kr"
QString unitText(const ChartOptions &options);

} // namespace Tertial::Charts
