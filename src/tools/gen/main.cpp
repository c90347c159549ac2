// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-gen: writes the synthetic "all of Sweden" data as figure files or as a database.
#include "tools/synthetic/syntheticdata.h"
#include "tools/synthetic/syntheticledger.h"

#include "io/importer.h"
#include "storage/sqlitestore.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace Tertial;

constexpr const char *helpText =
    "Användning: tertial-gen [flaggor] (--out KATALOG | --db DATABAS)\n"
    "\n"
    "Skriver syntetiska data för hela Sverige: varje kommun får en socialnämnd (kod SN) med 60\n"
    "verksamheter i tre nivåer, budget, utfall och prognos för varje månad, volymer och\n"
    "indikatorer. Samma frö ger alltid samma siffror, och ett urval (färre kommuner eller år) är\n"
    "samma data som motsvarande del av hela landet.\n"
    "\n"
    "  --kommunlista FIL  kommunlistan (kod;namn;typ;län), standard data/referens/kommuner.csv\n"
    "  --kommuner N       de N första kommunerna i listan (standard alla 290)\n"
    "  --ar N             antal år (standard 10)\n"
    "  --forsta-ar ÅR     första året (standard 2016)\n"
    "  --fro N            frö för slumptalen (standard 2026)\n"
    "  --out KATALOG      skriv kommuner.csv (kommunerna ur listan), verksamheter.csv,\n"
    "                     figurer.csv, volymer.csv, indikatorer.csv och indikatorvarden.csv\n"
    "  --db DATABAS       skapa databasen och importera allt genom den vanliga importen, en\n"
    "                     transaktion per kommun\n"
    "\n"
    "  --huvudbok FIL     skriv i stället en syntetisk huvudboksexport för en stor socialnämnd\n"
    "                     (CSV, eller XLSX om FIL slutar på .xlsx) och dess ansvarsmappning\n"
    "                     FIL.ansvar.csv, för tertial-cli import-erp (docs/benchmarks.md)\n"
    "  --rader N          antal konto-månadsrader i huvudboken (standard 500000)\n";

struct Options
{
    std::string kommunList = "data/referens/kommuner.csv";
    std::optional<std::size_t> kommuner;
    Tools::SyntheticSpec spec;
    std::string outDir;
    std::string db;
    std::string ledger;
    std::size_t ledgerRows = 500000;
};

std::optional<long long> number(const std::string &text)
{
    try {
        std::size_t used = 0;
        const long long value = std::stoll(text, &used);
        return used == text.size() && value >= 0 ? std::optional(value) : std::nullopt;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

std::optional<Options> parse(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--help" || flag == "-h") {
            std::cout << helpText;
            std::exit(0);
        }
        if (i + 1 >= argc) {
            std::cerr << "tertial-gen: " << flag << " saknar värde (se tertial-gen --help)\n";
            return std::nullopt;
        }
        const std::string value = argv[++i];
        auto needNumber = [&](long long low, long long high) -> std::optional<long long> {
            auto n = number(value);
            if (!n || *n < low || *n > high) {
                std::cerr << "tertial-gen: " << flag << ": '" << value << "', förväntade ett heltal " << low << "–"
                          << high << "\n";
                return std::nullopt;
            }
            return n;
        };
        if (flag == "--kommunlista") {
            options.kommunList = value;
        } else if (flag == "--kommuner") {
            auto n = needNumber(1, 290);
            if (!n)
                return std::nullopt;
            options.kommuner = static_cast<std::size_t>(*n);
        } else if (flag == "--ar") {
            auto n = needNumber(1, 50);
            if (!n)
                return std::nullopt;
            options.spec.years = static_cast<int>(*n);
        } else if (flag == "--forsta-ar") {
            auto n = needNumber(2000, 2090);
            if (!n)
                return std::nullopt;
            options.spec.firstYear = static_cast<int>(*n);
        } else if (flag == "--fro") {
            auto n = number(value);
            if (!n) {
                std::cerr << "tertial-gen: --fro: '" << value << "', förväntade ett icke-negativt heltal\n";
                return std::nullopt;
            }
            options.spec.seed = static_cast<std::uint64_t>(*n);
        } else if (flag == "--out") {
            options.outDir = value;
        } else if (flag == "--db") {
            options.db = value;
        } else if (flag == "--huvudbok") {
            options.ledger = value;
        } else if (flag == "--rader") {
            auto n = needNumber(1, 100000000);
            if (!n)
                return std::nullopt;
            options.ledgerRows = static_cast<std::size_t>(*n);
        } else {
            std::cerr << "tertial-gen: okänd flagga " << flag << " (se tertial-gen --help)\n";
            return std::nullopt;
        }
    }
    if (!options.ledger.empty())
        return options;
    if (options.outDir.empty() == options.db.empty()) {
        std::cerr << "tertial-gen: ange antingen --out KATALOG eller --db DATABAS (se tertial-gen --help)\n";
        return std::nullopt;
    }
    if (options.spec.firstYear + options.spec.years - 1 > 2100) {
        std::cerr << "tertial-gen: sista året blir efter 2100, förväntade år 2000–2100\n";
        return std::nullopt;
    }
    return options;
}

std::optional<std::string> readFile(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

bool writeFiles(const Options &options, const std::string &kommunListText, const std::vector<std::string> &kommuner)
{
    std::filesystem::create_directories(options.outDir);
    {
        const std::string path = (std::filesystem::path(options.outDir) / "kommuner.csv").string();
        std::ofstream file(path, std::ios::binary);
        file << Tools::kommunListOfKommuner(kommunListText);
        if (!file) {
            std::cerr << "tertial-gen: " << path << ": kunde inte skrivas\n";
            return false;
        }
    }
    struct Output
    {
        const char *name;
        std::string (*text)(const std::string &, const Tools::SyntheticSpec &, bool);
    };
    const Output outputs[] = {
        {"verksamheter.csv", [](const std::string &k, const Tools::SyntheticSpec &, bool h) { return Tools::verksamheterText(k, h); }},
        {"figurer.csv", Tools::figureFileText},
        {"volymer.csv", Tools::volumesText},
        {"indikatorer.csv", [](const std::string &k, const Tools::SyntheticSpec &, bool h) { return Tools::indicatorsText(k, h); }},
        {"indikatorvarden.csv", Tools::indicatorValuesText},
    };
    for (const Output &output : outputs) {
        const std::string path = (std::filesystem::path(options.outDir) / output.name).string();
        std::ofstream file(path, std::ios::binary);
        for (std::size_t i = 0; i < kommuner.size() && file; ++i) {
            const std::string text = output.text(kommuner[i], options.spec, i == 0);
            file.write(text.data(), static_cast<std::streamsize>(text.size()));
        }
        if (!file) {
            std::cerr << "tertial-gen: " << path << ": kunde inte skrivas\n";
            return false;
        }
        std::cerr << "tertial-gen: skrev " << path << "\n";
    }
    return true;
}

bool writeDatabase(const Options &options, const std::string &kommunListText, const std::vector<std::string> &kommuner)
{
    auto store = Storage::SqliteStore::create(options.db);
    if (!store) {
        std::cerr << "tertial-gen: " << store.error().message << "\n";
        return false;
    }
    (*store)->setUser("tertial-gen");
    // A fixed clock: the same options give the same database content.
    (*store)->setClock([] { return std::string("2026-01-01T00:00:00Z"); });
    {
        Io::Importer importer(**store);
        importer.addText(options.kommunList, Tools::kommunListOfKommuner(kommunListText));
        if (auto ok = importer.commit("syntetiska data"); !ok) {
            std::cerr << "tertial-gen: " << ok.error().message << "\n";
            return false;
        }
    }
    const auto start = std::chrono::steady_clock::now();
    std::size_t rows = 0;
    for (std::size_t i = 0; i < kommuner.size(); ++i) {
        const std::string &k = kommuner[i];
        Io::Importer importer(**store);
        importer.addText(k + "/verksamheter.csv", Tools::verksamheterText(k, true));
        importer.addText(k + "/figurer.csv", Tools::figureFileText(k, options.spec, true));
        importer.addText(k + "/volymer.csv", Tools::volumesText(k, options.spec, true));
        importer.addText(k + "/indikatorer.csv", Tools::indicatorsText(k, true));
        importer.addText(k + "/indikatorvarden.csv", Tools::indicatorValuesText(k, options.spec, true));
        auto summary = importer.commit("syntetiska data");
        if (!summary) {
            std::cerr << "tertial-gen: " << summary.error().message << "\n";
            return false;
        }
        rows += summary->rowsRead;
        if ((i + 1) % 10 == 0 || i + 1 == kommuner.size()) {
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::fprintf(stderr, "tertial-gen: %zu/%zu kommuner, %zu rader, %.0f rader/s\n", i + 1, kommuner.size(),
                         rows, static_cast<double>(rows) / seconds);
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    auto options = parse(argc, argv);
    if (!options)
        return 2;
    if (!options->ledger.empty()) {
        Tools::SyntheticLedgerSpec spec;
        spec.rows = options->ledgerRows;
        if (auto ok = Tools::writeSyntheticLedger(options->ledger, spec); !ok) {
            std::cerr << "tertial-gen: " << ok.error().message << '\n';
            return 1;
        }
        std::ofstream(options->ledger + ".ansvar.csv") << Tools::syntheticLedgerAnsvarMapping();
        return 0;
    }
    auto listText = readFile(options->kommunList);
    if (!listText) {
        std::cerr << "tertial-gen: " << options->kommunList << ": kan inte läsas, förväntade kommunlistan (--kommunlista)\n";
        return 1;
    }
    std::vector<std::string> kommuner = Tools::kommunCodes(*listText);
    if (kommuner.empty()) {
        std::cerr << "tertial-gen: " << options->kommunList << ": inga kommuner (typ K) i listan\n";
        return 1;
    }
    if (options->kommuner && *options->kommuner < kommuner.size())
        kommuner.resize(*options->kommuner);
    const bool ok = options->outDir.empty() ? writeDatabase(*options, *listText, kommuner)
                                            : writeFiles(*options, *listText, kommuner);
    return ok ? 0 : 1;
}
