// SPDX-License-Identifier: GPL-3.0-or-later
// Prognossäkerhet.
#include "forecastaccuracy.h"

#include <algorithm>

namespace Tertial::Core {
namespace {

std::optional<double> shareOf(Money amount, Money finalActual)
{
    if (finalActual.isZero())
        return std::nullopt;
    return amount.ratioTo(finalActual.abs());
}

} // namespace

Result<ForecastAccuracy> forecastAccuracy(const std::vector<ForecastSnapshot> &forecasts,
                                          Money finalActual)
{
    if (forecasts.empty())
        return fail(ErrorCode::MissingInput, "prognossäkerhet: inga prognoser att jämföra med utfallet");
    std::vector<ForecastSnapshot> sorted = forecasts;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.month < b.month; });
    ForecastAccuracy accuracy;
    accuracy.finalActual = finalActual;
    Money absoluteSum;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto &snapshot = sorted[i];
        if (snapshot.month < 1 || snapshot.month > 12)
            return fail(ErrorCode::OutOfRange, "prognossäkerhet: månad " + std::to_string(snapshot.month)
                                                   + " ligger utanför 1–12");
        if (i > 0 && sorted[i - 1].month == snapshot.month)
            return fail(ErrorCode::Conflict, "prognossäkerhet: två prognoser för månad "
                                                 + std::to_string(snapshot.month));
        const Money error = snapshot.forecast - finalActual;
        absoluteSum += error.abs();
        accuracy.errors.push_back({snapshot.month, snapshot.forecast, error, shareOf(error, finalActual)});
    }
    accuracy.meanAbsoluteError = absoluteSum.scaled(1, static_cast<std::int64_t>(sorted.size()));
    accuracy.meanAbsoluteShare = shareOf(accuracy.meanAbsoluteError, finalActual);
    return accuracy;
}

Result<std::vector<ActivityForecastAccuracy>>
forecastAccuracyByActivity(const std::vector<ActivityForecastHistory> &histories)
{
    std::vector<ActivityForecastAccuracy> result;
    result.reserve(histories.size());
    for (const auto &history : histories) {
        if (!history.finalActual)
            return fail(ErrorCode::MissingInput, "prognossäkerhet: utfall helår saknas för " + history.activity);
        auto accuracy = forecastAccuracy(history.forecasts, *history.finalActual);
        if (!accuracy)
            return fail(accuracy.error().code, history.activity + ": " + accuracy.error().message);
        result.push_back({history.activity, std::move(*accuracy)});
    }
    return result;
}

} // namespace Tertial::Core
