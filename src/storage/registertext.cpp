// SPDX-License-Identifier: GPL-3.0-or-later
// Readable audit text for register rows, exact (every öre and every decimal typed is kept).
#include "registertext.h"

#include "storedcodes.h"

#include "core/svformat.h"

#include <charconv>
#include <cstdio>

namespace Tertial::Storage {

namespace {

const Core::NumberStyle kAuditStyle{Core::NumberStyle::Minus::Hyphen, Core::NumberStyle::Grouping::Space};

void addPart(std::string &text, const std::string &label, const std::string &value)
{
    if (value.empty())
        return;
    text += text.empty() ? label : ", " + label;
    text += " " + value;
}

std::string moneyPart(const std::optional<Core::Money> &amount)
{
    return amount ? kronorText(*amount) : std::string();
}

} // namespace

std::string kronorText(Core::Money amount)
{
    const int decimals = amount.ore() % 100 == 0 ? 0 : 2;
    return Core::formatAmount(amount, Core::AmountUnit::Kronor, kAuditStyle, decimals) + " kr";
}

std::string numberText(double value)
{
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (ec != std::errc())
        return {};
    const std::string shortest(buffer, end);
    int decimals = 0;
    if (const auto point = shortest.find('.'); point != std::string::npos)
        decimals = static_cast<int>(shortest.find_first_of("eE", point) == std::string::npos
                                        ? shortest.size() - point - 1
                                        : 17);
    return Core::formatNumber(value, decimals, kAuditStyle);
}

std::string yearMonthText(int year, int month)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%d-%02d", year, month);
    return buffer;
}

std::string volumeText(const Volume &volume)
{
    std::string text = numberText(volume.value) + " " + std::string(storedText(volume.measure));
    if (volume.months > 1)
        text += " (" + std::to_string(volume.months) + " månader)";
    return text;
}

std::string actionItemText(const ActionItem &item)
{
    std::string text;
    addPart(text, "Status", std::string(storedText(item.status)));
    addPart(text, "kommentar", item.comment);
    return text;
}

std::string investmentText(const Investment &item)
{
    std::string text;
    addPart(text, "Budget helår", moneyPart(item.budget));
    addPart(text, "prognos", moneyPart(item.forecast));
    addPart(text, "periodens budget", moneyPart(item.budgetPeriod));
    addPart(text, "utfall", moneyPart(item.actual));
    addPart(text, "inkomster", moneyPart(item.income));
    addPart(text, "utgifter", moneyPart(item.expenditure));
    addPart(text, "prognos år 1", moneyPart(item.forecastNext));
    addPart(text, "prognos år 2", moneyPart(item.forecastSecond));
    addPart(text, "prognos år 3", moneyPart(item.forecastThird));
    addPart(text, "prognos senare år", moneyPart(item.forecastLater));
    return text.empty() ? std::string("(inga belopp)") : text;
}

std::string stateGrantText(const StateGrant &grant)
{
    std::string text;
    addPart(text, "Bidrag", kronorText(grant.grant));
    addPart(text, "erhållet", moneyPart(grant.received));
    addPart(text, "kostnad", moneyPart(grant.cost));
    addPart(text, "inräknat i budget", moneyPart(grant.inBudget));
    addPart(text, "inräknat i prognos", moneyPart(grant.inForecast));
    return text;
}

std::string indicatorText(const Indicator &indicator)
{
    std::string text;
    addPart(text, "Målområde", indicator.area);
    addPart(text, "namn", indicator.name);
    addPart(text, "enhet", indicator.unit);
    addPart(text, "riktning", std::string(storedText(indicator.direction)));
    addPart(text, "målsort", std::string(storedText(indicator.targetKind)));
    addPart(text, "tolerans", indicator.tolerance ? numberText(*indicator.tolerance) : std::string("standard"));
    addPart(text, "källa", indicator.source);
    return text;
}

std::string indicatorValueText(const IndicatorValue &value)
{
    std::string text;
    addPart(text, "Utfall", value.actual ? numberText(*value.actual) : std::string("saknas"));
    addPart(text, "målvärde", value.target ? numberText(*value.target) : std::string("inget"));
    return text;
}

std::string statusOverrideText(const StatusOverride &override_)
{
    return "Status satt till " + std::string(storedText(override_.status));
}

std::string personnelText(const PersonnelFigure &figure)
{
    return numberText(figure.value) + (isPercentMeasure(figure.measure) ? " %" : "");
}

std::string personnelPlaceText(const PersonnelFigure &figure)
{
    std::string name(personnelMeasureName(figure.measure));
    if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z')
        name[0] = static_cast<char>(name[0] - 'A' + 'a'); // "antal anställda"; "Årsarbetare" stays
    return "Personal " + (figure.unit.empty() ? std::string() : figure.unit + " ")
        + (figure.month == 0 ? std::to_string(figure.year) : yearMonthText(figure.year, figure.month)) + " " + name;
}

std::string volumePlaceText(const std::string &path, int year, int month, const std::string &serviceType,
                            std::string_view measureText)
{
    return path + " " + yearMonthText(year, month) + " " + serviceType + " " + std::string(measureText);
}

std::string volumePlaceText(const std::string &path, const Volume &volume)
{
    return volumePlaceText(path, volume.year, volume.month, volume.serviceType, storedText(volume.measure));
}

std::string actionItemPlaceText(const ActionItem &item)
{
    return "Åtgärdsplan " + yearMonthText(item.year, item.month) + " " + item.goal + ": " + item.action;
}

std::string investmentPlaceText(const Investment &item)
{
    return "Investering " + yearMonthText(item.year, item.month) + " " + item.project;
}

std::string stateGrantPlaceText(const StateGrant &grant)
{
    return "Statsbidrag " + yearMonthText(grant.year, grant.month) + " " + grant.name;
}

std::string indicatorValuePlaceText(const std::string &code, const IndicatorValue &value)
{
    return "Indikator " + code + " " + (value.month ? yearMonthText(value.year, *value.month) : std::to_string(value.year));
}

} // namespace Tertial::Storage
