// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic socialnämnd's tree and figures, and the figure file text.
#include "syntheticdata.h"

#include "syntheticrandom.h"

#include <array>
#include <cmath>
#include <cstdlib>

namespace Tertial::Tools {
namespace {

struct Area
{
    const char *name;
    bool summerProfile; // holiday pay: a weighted periodisation with a low july
    std::array<const char *, 3> groups;
    std::array<std::array<const char *, 2>, 3> leaves;
    std::array<std::array<const char *, 2>, 3> serviceTypes; // insatstyp of volume leaves
};

// Names after seed 000 §7 and seed 003; the shape (6 × 3 × 2) is fixed so every kommun has 60 nodes.
const std::array<Area, 6> areas = {{
    {"Barn och unga 0-20 år", false,
     {"Dygnsvård", "Öppenvård", "Myndighet"},
     {{{"Institutionsvård", "Familjehem"}, {"Biståndsbedömd öppenvård", "Öppna insatser"}, {"Utredning", "Familjerätt"}}},
     {{{"institutionsvård barn", "familjehem"}, {nullptr, nullptr}, {nullptr, nullptr}}}},
    {"Vuxna 21-64 år", false,
     {"Heldygnsvård", "Öppenvård", "Boende"},
     {{{"Institutionsvård", "Skyddat boende"}, {"Biståndsbedömd öppenvård", "Öppna insatser"}, {"Sociala kontrakt", "Stödboende"}}},
     {{{"institutionsvård vuxna", nullptr}, {nullptr, nullptr}, {nullptr, nullptr}}}},
    {"Ekonomiskt bistånd", false,
     {"Försörjningsstöd", "Arbetsmarknad", "Handläggning"},
     {{{"Försörjningsstöd", "Etableringsstöd"}, {"Praktik", "Feriearbete"}, {"Handläggare", "Budget- och skuldrådgivning"}}},
     {{{nullptr, nullptr}, {nullptr, nullptr}, {nullptr, nullptr}}}},
    {"Personer med funktionsnedsättning SoL", true,
     {"Boende", "Stöd i hemmet", "Sysselsättning"},
     {{{"Gruppbostad", "Servicebostad"}, {"Hemtjänst", "Ledsagning och avlösning"}, {"Daglig sysselsättning", "Boendestöd"}}},
     {{{nullptr, nullptr}, {nullptr, nullptr}, {nullptr, nullptr}}}},
    {"Personer med funktionsnedsättning LSS", true,
     {"Boende", "Assistans", "Daglig verksamhet"},
     {{{"LSS-boende", "Korttidsvistelse"}, {"Personlig assistans", "Assistansersättning"}, {"Daglig verksamhet", "Korttidstillsyn"}}},
     {{{"lss-boende", nullptr}, {nullptr, nullptr}, {nullptr, nullptr}}}},
    {"Gemensamt", false,
     {"Nämnd", "Ledning", "Stöd"},
     {{{"Nämnd", "Nämndstöd"}, {"Förvaltningsledning", "Kvalitet och utveckling"}, {"Lokaler", "IT"}}},
     {{{nullptr, nullptr}, {nullptr, nullptr}, {nullptr, nullptr}}}},
}};

constexpr const char *summerWeights = "9 8 9 8 9 8 4 7 9 9 10 10";
constexpr std::array<int, 12> summer = {9, 8, 9, 8, 9, 8, 4, 7, 9, 9, 10, 10};

std::vector<SyntheticVerksamhet> buildTree()
{
    std::vector<SyntheticVerksamhet> nodes;
    for (std::size_t a = 0; a < areas.size(); ++a) {
        const Area &area = areas[a];
        const std::string profile = area.summerProfile ? summerWeights : "linjär";
        nodes.push_back({area.name, static_cast<int>(a) + 1, false, profile, {}});
        for (std::size_t g = 0; g < 3; ++g) {
            const std::string groupPath = std::string(area.name) + " > " + area.groups[g];
            nodes.push_back({groupPath, static_cast<int>(g) + 1, false, "linjär", {}});
            for (std::size_t l = 0; l < 2; ++l) {
                const char *service = area.serviceTypes[g][l];
                nodes.push_back({groupPath + " > " + area.leaves[g][l], static_cast<int>(l) + 1, true, "linjär",
                                 service ? service : ""});
            }
        }
    }
    return nodes;
}

std::uint64_t kommunKey(const std::string &kommun)
{
    return std::strtoull(kommun.c_str(), nullptr, 10);
}

// The share of the year's money spent by the end of each month: july low in every verksamhet
// (semester), so run-rate forecasts have something to get wrong.
double cumulativeShare(int month)
{
    int sum = 0;
    int total = 0;
    for (int m = 0; m < 12; ++m) {
        total += summer[static_cast<std::size_t>(m)];
        if (m < month)
            sum += summer[static_cast<std::size_t>(m)];
    }
    return static_cast<double>(sum) / static_cast<double>(total);
}

std::int64_t kronor(double value)
{
    return static_cast<std::int64_t>(std::llround(value));
}

} // namespace

const std::vector<SyntheticVerksamhet> &syntheticTree()
{
    static const std::vector<SyntheticVerksamhet> tree = buildTree();
    return tree;
}

std::size_t figuresPerKommunYear()
{
    std::size_t leaves = 0;
    for (const SyntheticVerksamhet &v : syntheticTree())
        leaves += v.leaf ? 1 : 0;
    return leaves * (1 + 12 * 3);
}

void forEachFigure(const std::string &kommun, const SyntheticSpec &spec,
                   const std::function<void(const SyntheticFigure &)> &visit)
{
    const std::uint64_t k = kommunKey(kommun);
    // Kommuner differ in size by a factor of about 50 (Bjurholm to Stockholm).
    SyntheticRandom kommunRandom(spec.seed, {k});
    const double size = std::exp(kommunRandom.uniform(std::log(0.2), std::log(10.0)));
    const std::vector<SyntheticVerksamhet> &tree = syntheticTree();
    for (std::size_t node = 0; node < tree.size(); ++node) {
        if (!tree[node].leaf)
            continue;
        SyntheticRandom leafRandom(spec.seed, {k, node});
        const double baseCost = size * leafRandom.uniform(1.5e6, 40e6); // kostnad helår, kr
        const double incomeShare = leafRandom.uniform(0.0, 0.3);
        for (int y = 0; y < spec.years; ++y) {
            const int year = spec.firstYear + y;
            SyntheticRandom r(spec.seed, {k, node, static_cast<std::uint64_t>(year)});
            // 3 % a year plus noise; the outcome drifts from the budget by -6 % .. +9 %.
            const double cost = baseCost * std::pow(1.03, y) * r.uniform(0.95, 1.05);
            const double income = cost * incomeShare * r.uniform(0.9, 1.1);
            const double drift = r.uniform(-0.06, 0.09);
            const std::int64_t budget = kronor(income - cost);
            visit({node, year, 0, Storage::Measure::Budget, budget});
            for (int month = 1; month <= 12; ++month) {
                const double share = cumulativeShare(month);
                const double noise = r.uniform(-0.02, 0.02);
                visit({node, year, month, Storage::Measure::ActualIncome,
                       kronor(income * share * (1.0 - drift / 2 + noise))});
                visit({node, year, month, Storage::Measure::ActualCost,
                       -kronor(cost * share * (1.0 + drift + noise))});
                // The forecast learns the drift as the year goes.
                const double seen = drift * month / 12.0 + r.uniform(-0.01, 0.01);
                visit({node, year, month, Storage::Measure::Forecast,
                       kronor(income * (1.0 - seen / 2) - cost * (1.0 + seen))});
            }
        }
    }
}

std::string figureFileText(const std::string &kommun, const SyntheticSpec &spec, bool header)
{
    std::string text;
    text.reserve(figuresPerKommunYear() * static_cast<std::size_t>(spec.years) * 96);
    if (header)
        text += "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n";
    const std::vector<SyntheticVerksamhet> &tree = syntheticTree();
    const std::string prefix = kommun + ";" + std::string(syntheticNamndCode) + ";";
    forEachFigure(kommun, spec, [&](const SyntheticFigure &f) {
        text += prefix;
        text += tree[f.node].path;
        text += ';';
        text += std::to_string(f.year);
        text += ';';
        if (f.month != 0)
            text += std::to_string(f.month);
        text += ';';
        text += Storage::measureCode(f.measure);
        text += ';';
        text += std::to_string(f.kronor);
        text += ";kr\n";
    });
    return text;
}

namespace {

// Calls `visit(line, code)` for each typ K row of a kommun list; returns the header line.
std::string_view forEachKommunRow(std::string_view text,
                                  const std::function<void(std::string_view, std::string_view)> &visit)
{
    std::string_view header;
    std::size_t pos = 0;
    bool first = true;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (first) {
            header = line;
            first = false;
            continue;
        }
        // kod;namn;typ;län — the names in the shipped list hold no ';'.
        const std::size_t a = line.find(';');
        const std::size_t b = a == std::string_view::npos ? a : line.find(';', a + 1);
        if (b != std::string_view::npos && line.substr(b + 1, 2) == "K;")
            visit(line, line.substr(0, a));
    }
    return header;
}

} // namespace

std::vector<std::string> kommunCodes(std::string_view kommunListText)
{
    std::vector<std::string> codes;
    forEachKommunRow(kommunListText, [&](std::string_view, std::string_view code) { codes.emplace_back(code); });
    return codes;
}

std::string kommunListOfKommuner(std::string_view kommunListText)
{
    std::string rows;
    const std::string_view header =
        forEachKommunRow(kommunListText, [&](std::string_view line, std::string_view) {
            rows += line;
            rows += '\n';
        });
    return std::string(header) + "\n" + rows;
}

} // namespace Tertial::Tools
