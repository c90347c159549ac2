// SPDX-License-Identifier: GPL-3.0-or-later
// The registers beside the synthetic figures: verksamheter, volumes, indicators and their values.
#include "syntheticdata.h"

#include "syntheticrandom.h"

#include <array>
#include <cmath>
#include <cstdlib>

namespace Tertial::Tools {
namespace {

struct SyntheticIndicator
{
    const char *code;
    const char *area;
    const char *name;
    const char *direction; // högre, lägre
    const char *targetKind;
    double low, high, target;
};

// After the indicators of seeds 000 §5 and 003 (kind, unit and range, not their figures).
const std::array<SyntheticIndicator, 6> indicators = {{
    {"nojd_ifo_barn", "Maximalt värde för skattepengarna", "Andel nöjda barn inom IFO", "högre", "minst", 70, 98, 90},
    {"nojd_ifo_vuxna", "Maximalt värde för skattepengarna", "Andel nöjda vuxna inom IFO", "högre", "minst", 65, 95, 85},
    {"ej_ateraktualiserade", "Trygg uppväxt", "Andel barn som ej återaktualiseras inom ett år", "högre", "minst", 60, 95, 80},
    {"vantetid_lss", "Självständigt liv", "Väntetid till LSS-boende, dagar", "lägre", "högst", 30, 300, 120},
    {"bistand_langvarigt", "Egen försörjning", "Andel långvarigt biståndsmottagande", "lägre", "minska", 15, 45, 30},
    {"kostnad_per_invanare", "Ekonomi i balans", "Nettokostnad per invånare, kr", "lägre", "nivå", 6000, 14000, 9500},
}};

std::string decimal(double value)
{
    // One decimal, decimal comma, as a Swedish file carries it.
    const long long tenths = std::llround(value * 10.0);
    std::string text = std::to_string(tenths / 10) + "," + std::to_string(std::llabs(tenths % 10));
    if (tenths < 0 && tenths / 10 == 0)
        text.insert(0, "-");
    return text;
}

int daysIn(int year, int month)
{
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

std::string prefix(const std::string &kommun)
{
    return kommun + ";" + std::string(syntheticNamndCode) + ";";
}

} // namespace

std::string verksamheterText(const std::string &kommun, bool header)
{
    std::string text = header ? "kommun;nämnd;verksamhet;ordning;memo;periodisering\n" : "";
    for (const SyntheticVerksamhet &v : syntheticTree())
        text += prefix(kommun) + v.path + ";" + std::to_string(v.order) + ";nej;" + v.periodisation + "\n";
    return text;
}

std::string volumesText(const std::string &kommun, const SyntheticSpec &spec, bool header)
{
    std::string text = header ? "kommun;nämnd;verksamhet;år;månad;insatstyp;mått;värde\n" : "";
    const std::uint64_t k = std::strtoull(kommun.c_str(), nullptr, 10);
    const std::vector<SyntheticVerksamhet> &tree = syntheticTree();
    for (std::size_t node = 0; node < tree.size(); ++node) {
        if (tree[node].serviceType.empty())
            continue;
        SyntheticRandom base(spec.seed, {k, node, 0xd7});
        const double placed = base.uniform(2.0, 60.0); // personer placerade, a typical month
        for (int y = 0; y < spec.years; ++y) {
            const int year = spec.firstYear + y;
            SyntheticRandom r(spec.seed, {k, node, static_cast<std::uint64_t>(year), 0xd7});
            for (int month = 1; month <= 12; ++month) {
                const auto persons = static_cast<long long>(std::llround(placed * r.uniform(0.8, 1.2)));
                const auto days = static_cast<long long>(
                    std::llround(static_cast<double>(persons * daysIn(year, month)) * r.uniform(0.85, 1.0)));
                const std::string row = prefix(kommun) + tree[node].path + ";" + std::to_string(year) + ";" +
                                        std::to_string(month) + ";" + tree[node].serviceType + ";";
                text += row + "personer;" + std::to_string(persons) + "\n";
                text += row + "dygn;" + std::to_string(days) + "\n";
            }
        }
    }
    return text;
}

std::string indicatorsText(const std::string &kommun, bool header)
{
    std::string text = header ? "kommun;nämnd;indikator;målområde;namn;enhet;riktning;målsort;tolerans;källa\n" : "";
    for (const SyntheticIndicator &i : indicators) {
        const bool currency = std::string_view(i.code) == "kostnad_per_invanare";
        const bool days = std::string_view(i.code) == "vantetid_lss";
        text += prefix(kommun) + i.code + ";" + i.area + ";" + i.name + ";" + (currency ? "kr" : days ? "dagar" : "%") +
                ";" + i.direction + ";" + i.targetKind + ";;syntetisk\n";
    }
    return text;
}

std::string indicatorValuesText(const std::string &kommun, const SyntheticSpec &spec, bool header)
{
    std::string text = header ? "kommun;nämnd;indikator;år;månad;utfall;målvärde\n" : "";
    const std::uint64_t k = std::strtoull(kommun.c_str(), nullptr, 10);
    for (std::size_t n = 0; n < indicators.size(); ++n) {
        const SyntheticIndicator &i = indicators[n];
        for (int y = 0; y < spec.years; ++y) {
            const int year = spec.firstYear + y;
            SyntheticRandom r(spec.seed, {k, n, static_cast<std::uint64_t>(year), 0x1d});
            // One year in ten has no outcome yet (saknas).
            const bool missing = r.uniform(0.0, 1.0) < 0.1;
            text += prefix(kommun) + i.code + ";" + std::to_string(year) + ";;" +
                    (missing ? std::string() : decimal(r.uniform(i.low, i.high))) + ";" + decimal(i.target) + "\n";
        }
    }
    return text;
}

} // namespace Tertial::Tools
