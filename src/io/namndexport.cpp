// SPDX-License-Identifier: GPL-3.0-or-later
// Everything stored for one nämnd and some years, as the text files of docs/formats.md.
#include "namndexport.h"

#include "csvwriter.h"

#include "core/periodizationtext.h"
#include "storage/storedcodes.h"
#include "exporter.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace Tertial::Io {

namespace {

using Core::Result;
using Storage::Id;

std::string text(int value) { return std::to_string(value); }
std::string monthText(std::optional<int> month) { return month && *month > 0 ? std::to_string(*month) : std::string(); }

std::string amount(const std::optional<Core::Money> &value) { return value ? exportAmount(*value) : std::string(); }
std::string number(const std::optional<double> &value) { return value ? exportNumber(*value) : std::string(); }

std::string kommunKind(Storage::Kommun::Kind kind)
{
    switch (kind) {
    case Storage::Kommun::Kind::Kommun: return "K";
    case Storage::Kommun::Kind::Region: return "L";
    case Storage::Kommun::Kind::Riket: return "R";
    }
    return "K";
}

// Appends the header and then every row `fill` writes.
template<typename Fill>
ExportedFile file(const char *kind, const std::vector<std::string> &header, Fill fill)
{
    ExportedFile out{kind, {}};
    appendCsvRecord(out.text, header);
    fill(out.text);
    return out;
}

} // namespace

std::string exportNumber(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string out(buffer, result.ptr);
    for (char &c : out)
        if (c == '.')
            c = ',';
    return out;
}

Result<std::vector<ExportedFile>> exportNamnd(Storage::Store &store, const std::string &kommun,
                                              const std::string &namndCode, const std::vector<int> &years)
{
    auto found = store.findNamnd(kommun, namndCode);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return Core::fail(Core::ErrorCode::NotFound, "nämnden " + namndCode + " finns inte i kommun " + kommun + " i databasen");
    const Storage::Namnd namnd = **found;
    std::vector<ExportedFile> files;
    // The propagated error of a store read, checked after each group.
    std::optional<Core::Error> failed;
    auto read = [&](auto result) {
        using Value = typename decltype(result)::value_type;
        if (!result) {
            failed = result.error();
            return Value{};
        }
        return std::move(*result);
    };

    const auto kommuner = read(store.kommuner());
    if (failed)
        return std::unexpected(*failed);
    files.push_back(file("kommunlista", {"kod", "namn", "typ", "län"}, [&](std::string &out) {
        for (const Storage::Kommun &k : kommuner)
            if (k.code == kommun)
                appendCsvRecord(out, {k.code, k.name, kommunKind(k.kind), k.lan});
    }));
    files.push_back(file("nämndlista", {"kommun", "nämnd", "namn"},
                         [&](std::string &out) { appendCsvRecord(out, {kommun, namndCode, namnd.name}); }));
    const auto verksamheter = read(store.verksamheter(namnd.id));
    if (failed)
        return std::unexpected(*failed);
    std::map<Id, std::string> paths;
    for (const Storage::Verksamhet &v : verksamheter)
        paths[v.id] = v.path;
    files.push_back(file("verksamhetslista", {"kommun", "nämnd", "verksamhet", "ordning", "memo", "periodisering"},
                         [&](std::string &out) {
                             for (const Storage::Verksamhet &v : verksamheter)
                                 appendCsvRecord(out, {kommun, namndCode, v.path, text(v.order), v.memo ? "ja" : "nej",
                                                       Core::periodizationText(v.periodisation)});
                         }));
    // The figures of each year as one file: the header of the first, the rows of all.
    ExportedFile figures{"sifferfil", {}};
    std::vector<std::string> perYear;
    for (const int year : years) {
        auto one = exportFigures(store, kommun, namndCode, year);
        if (!one)
            return std::unexpected(one.error());
        perYear.push_back(std::move(*one));
    }
    appendCsvRecord(figures.text, {"kommun", "nämnd", "verksamhet", "år", "månad", "mått", "belopp", "enhet", "kontoslag"});
    for (const std::string &one : perYear) {
        const bool hasColumn = one.substr(0, one.find('\n')).ends_with(";kontoslag");
        std::size_t at = one.find('\n') + 1;
        while (at < one.size()) {
            const std::size_t end = one.find('\n', at);
            std::string line = one.substr(at, end - at);
            figures.text += line + (hasColumn ? "" : ";") + "\n";
            at = end + 1;
        }
    }
    files.push_back(std::move(figures));

    std::vector<Storage::ForecastChoice> forecasts;
    std::vector<Storage::Comment> comments;
    std::vector<Storage::Volume> volumes;
    std::vector<Storage::ActionItem> actions;
    std::vector<Storage::Investment> investments;
    std::vector<Storage::StateGrant> grants;
    for (const int year : years) {
        auto f = read(store.forecastMethods(namnd.id, year));
        auto c = read(store.comments(namnd.id, year));
        auto v = read(store.volumes(namnd.id, year));
        auto a = read(store.actionItems(namnd.id, year));
        auto i = read(store.investments(namnd.id, year));
        auto g = read(store.stateGrants(namnd.id, year));
        if (failed)
            return std::unexpected(*failed);
        forecasts.insert(forecasts.end(), f.begin(), f.end());
        comments.insert(comments.end(), c.begin(), c.end());
        volumes.insert(volumes.end(), v.begin(), v.end());
        actions.insert(actions.end(), a.begin(), a.end());
        investments.insert(investments.end(), i.begin(), i.end());
        grants.insert(grants.end(), g.begin(), g.end());
    }
    files.push_back(file("prognosmetoder", {"kommun", "nämnd", "verksamhet", "år", "månad", "metod"}, [&](std::string &out) {
        for (const Storage::ForecastChoice &f : forecasts)
            appendCsvRecord(out, {kommun, namndCode, paths[f.verksamhetId], text(f.year), text(f.month),
                                  std::string(Storage::forecastMethodCode(f.method))});
    }));
    files.push_back(file("kommentarer", {"kommun", "nämnd", "verksamhet", "år", "månad", "text"}, [&](std::string &out) {
        for (const Storage::Comment &c : comments)
            appendCsvRecord(out, {kommun, namndCode, paths[c.verksamhetId], text(c.year), text(c.month), c.text});
    }));
    files.push_back(file("volymer", {"kommun", "nämnd", "verksamhet", "år", "månad", "insatstyp", "mått", "värde", "månader"},
                         [&](std::string &out) {
                             for (const Storage::Volume &v : volumes)
                                 appendCsvRecord(out, {kommun, namndCode, paths[v.verksamhetId], text(v.year), text(v.month),
                                                       v.serviceType, std::string(Storage::storedText(v.measure)), exportNumber(v.value), text(v.months)});
                         }));

    const auto indicators = read(store.indicators(namnd.id));
    const auto overrides = read(store.statusOverrides(namnd.id));
    if (failed)
        return std::unexpected(*failed);
    std::map<Id, std::string> indicatorCodes;
    for (const Storage::Indicator &i : indicators)
        indicatorCodes[i.id] = i.code;
    files.push_back(file("indikatorer",
                         {"kommun", "nämnd", "indikator", "målområde", "namn", "enhet", "riktning", "målsort", "tolerans", "källa"},
                         [&](std::string &out) {
                             for (const Storage::Indicator &i : indicators)
                                 appendCsvRecord(out, {kommun, namndCode, i.code, i.area, i.name, i.unit, std::string(Storage::storedText(i.direction)),
                                                       std::string(Storage::storedText(i.targetKind)), number(i.tolerance), i.source});
                         }));
    ExportedFile values{"indikatorvärden", {}};
    appendCsvRecord(values.text, {"kommun", "nämnd", "indikator", "år", "månad", "utfall", "målvärde"});
    for (const Storage::Indicator &i : indicators) {
        const auto stored = read(store.indicatorValues(i.id));
        if (failed)
            return std::unexpected(*failed);
        for (const Storage::IndicatorValue &v : stored)
            if (std::find(years.begin(), years.end(), v.year) != years.end())
                appendCsvRecord(values.text, {kommun, namndCode, i.code, text(v.year), monthText(v.month), number(v.actual),
                                          number(v.target)});
    }
    files.push_back(std::move(values));
    files.push_back(file("statusöverstyrningar", {"kommun", "nämnd", "indikator", "år", "månad", "status", "orsak"},
                         [&](std::string &out) {
                             for (const Storage::StatusOverride &o : overrides)
                                 if (std::find(years.begin(), years.end(), o.year) != years.end())
                                     appendCsvRecord(out, {kommun, namndCode, indicatorCodes[o.indicatorId], text(o.year),
                                                       monthText(o.month), std::string(Storage::storedText(o.status)), o.reason});
                         }));
    files.push_back(file("åtgärdsplan", {"kommun", "nämnd", "år", "månad", "mål", "åtgärd", "status", "kommentar"},
                         [&](std::string &out) {
                             for (const Storage::ActionItem &a : actions)
                                 appendCsvRecord(out, {kommun, namndCode, text(a.year), text(a.month), a.goal, a.action,
                                                       std::string(Storage::storedText(a.status)), a.comment});
                         }));
    files.push_back(file("investeringar",
                         {"kommun", "nämnd", "år", "månad", "projekt", "budget", "prognos", "budget_period", "utfall", "enhet",
                          "inkomster", "utgifter", "prognos_ar1", "prognos_ar2", "prognos_ar3", "prognos_senare"},
                         [&](std::string &out) {
                             for (const Storage::Investment &i : investments)
                                 appendCsvRecord(out, {kommun, namndCode, text(i.year), text(i.month), i.project,
                                                       amount(i.budget), amount(i.forecast), amount(i.budgetPeriod),
                                                       amount(i.actual), "kr", amount(i.income), amount(i.expenditure),
                                                       amount(i.forecastNext), amount(i.forecastSecond),
                                                       amount(i.forecastThird), amount(i.forecastLater)});
                         }));
    files.push_back(file("statsbidrag",
                         {"kommun", "nämnd", "år", "månad", "namn", "bidrag", "erhållet", "kostnad", "inräknat_budget",
                          "inräknat_prognos", "enhet"},
                         [&](std::string &out) {
                             for (const Storage::StateGrant &g : grants)
                                 appendCsvRecord(out, {kommun, namndCode, text(g.year), text(g.month), g.name,
                                                       exportAmount(g.grant), amount(g.received), amount(g.cost),
                                                       amount(g.inBudget), amount(g.inForecast), "kr"});
                         }));
    const auto personnel = read(store.personnel(namnd.id));
    if (failed)
        return std::unexpected(*failed);
    files.push_back(file("personal", {"kommun", "nämnd", "organisationsenhet", "år", "månad", "mått", "värde"},
                         [&](std::string &out) {
                             for (const Storage::PersonnelFigure &p : personnel) {
                                 if (std::find(years.begin(), years.end(), p.year) == years.end())
                                     continue;
                                 appendCsvRecord(out, {kommun, namndCode, p.unit, text(p.year), monthText(p.month),
                                                       std::string(Storage::personnelMeasureCode(p.measure)),
                                                       exportNumber(p.value)});
                             }
                         }));
    return files;
}

} // namespace Tertial::Io
