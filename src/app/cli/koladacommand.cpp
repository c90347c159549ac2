// SPDX-License-Identifier: GPL-3.0-or-later
// kolada-import, kolada-fetch and compare.
#include "koladacommand.h"

#include "databasefile.h"

#include "core/comparisonsentence.h"
#include "core/swedishcount.h"
#include "core/kpidefaults.h"
#include "core/svformat.h"
#include "analysis/comparisongrid.h"
#include "analysis/koladacomparison.h"
#include "kolada/koladafetcher.h"
#include "kolada/koladafiles.h"
#include "storage/koladastore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <sstream>

namespace Tertial::Cli {
namespace {

int report(std::ostream &err, const Core::Error &error)
{
    err << "tertial-cli: " << error.message << '\n';
    return 1;
}

int usage(std::ostream &err, const std::string &verb, const std::string &what)
{
    err << "tertial-cli " << verb << ": " << what << " (se tertial-cli " << verb << " --help)\n";
    return 2;
}

std::string today()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate).toStdString();
}

std::vector<std::string> splitList(const std::string &text)
{
    std::vector<std::string> items;
    std::stringstream stream(text);
    for (std::string item; std::getline(stream, item, ',');)
        if (!item.empty())
            items.push_back(item);
    return items;
}

Core::Result<int> parseYear(const std::string &text)
{
    int year = 0;
    std::size_t used = 0;
    try {
        year = std::stoi(text, &used);
    } catch (...) {
        used = 0;
    }
    if (used != text.size() || year < 1900 || year > 2100)
        return Core::fail(Core::ErrorCode::InvalidInput, "--year: \"" + text + "\" är inget årtal; väntade t.ex. 2019");
    return year;
}

void printSummary(std::ostream &out, const Storage::KoladaImportSummary &summary)
{
    using Core::countOf;
    out << countOf(summary.valuesStored, "värde", "värden") << ", "
        << countOf(summary.valuesMissing, "saknat värde", "saknade värden") << ", " << summary.valuesFlagged
        << " med statusflagga, " << summary.valuesDeleted << " borttagna (isdeleted); "
        << countOf(summary.kpis, "KPI", "KPI:er") << ", " << countOf(summary.municipalities, "kommun", "kommuner")
        << ", " << countOf(summary.groups, "kommungrupp", "kommungrupper") << "\n";
}

// A Kolada figure for reading: the published value, with its status flag beside it.
std::string shown(double value, const std::string &status)
{
    return Kolada::formatKoladaValue(value) + (status.empty() ? "" : " [" + status + "]");
}

// Pads to a width in characters, not bytes (names hold å, ä, ö).
std::string padded(const std::string &text, std::size_t width, bool right = false)
{
    std::size_t characters = 0;
    for (unsigned char c : text)
        characters += (c & 0xC0) != 0x80;
    const std::string padding(width > characters ? width - characters : 0, ' ');
    return right ? padding + text : text + padding;
}

std::string quartileLabel(int quartile)
{
    switch (quartile) {
    case 1: return "1 (bästa 25 %)";
    case 4: return "4 (sämsta 25 %)";
    default: return std::to_string(quartile) + " (mittersta 50 %)";
    }
}

} // namespace

int runKoladaImport(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() < 2)
        return usage(err, "kolada-import", "ange databasen och minst en Kolada-fil");
    auto store = Storage::KoladaStore::open(args.positional[0]);
    if (!store)
        return report(err, store.error());
    const std::vector<std::string> files(args.positional.begin() + 1, args.positional.end());
    for (const std::string &file : files)
        if (auto refused = databaseFileNamed(file)) {
            report(err, *refused);
            err << "tertial-cli: ingenting importerades\n";
            return 1;
        }
    auto read = Kolada::readKoladaFiles(files, today());
    if (!read) {
        report(err, read.error());
        err << "tertial-cli: ingenting importerades\n";
        return 1;
    }
    auto summary = (*store)->apply(read->batch);
    if (!summary) {
        report(err, summary.error());
        err << "tertial-cli: ingenting importerades\n";
        return 1;
    }
    for (const auto &file : read->files) {
        out << file.path << ":";
        for (std::size_t i = 0; i < file.kinds.size(); ++i)
            out << (i ? ", " : " ") << Kolada::pageKindName(file.kinds[i]);
        out << '\n';
    }
    out << "Importerade ";
    printSummary(out, *summary);
    return 0;
}

int runKoladaFetch(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 1)
        return usage(err, "kolada-fetch", "ange exakt en databasfil");
    auto kpis = args.required("--kpi");
    if (!kpis)
        return report(err, kpis.error());
    auto years = args.required("--year");
    if (!years)
        return report(err, years.error());
    Kolada::FetchRequest request;
    request.kpis = splitList(*kpis);
    for (const auto &text : splitList(*years)) {
        auto year = parseYear(text);
        if (!year)
            return report(err, year.error());
        request.years.push_back(*year);
    }
    if (auto kommuner = args.option("--kommun"))
        request.municipalities = splitList(*kommuner);
    if (request.kpis.empty() || request.years.empty())
        return usage(err, "kolada-fetch", "ange minst ett KPI-id och ett år");
    // Ids become request paths: refused here, before anything is opened or fetched.
    for (const auto *list : {&request.kpis, &request.municipalities})
        for (const auto &id : *list)
            if (!Kolada::isKoladaId(id))
                return usage(err, "kolada-fetch", std::string(list == &request.kpis ? "--kpi" : "--kommun") + ": \"" +
                                                      id.substr(0, 40) + "\" är inget Kolada-id; väntade " +
                                                      Kolada::koladaIdGrammar);

    auto store = Storage::KoladaStore::open(args.positional[0]);
    if (!store)
        return report(err, store.error());

    // QNetworkAccessManager needs an application object; the CLI main has none.
    std::unique_ptr<QCoreApplication> application;
    static int argc = 1;
    static char name[] = "tertial-cli";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        application = std::make_unique<QCoreApplication>(argc, argv);

    Kolada::FetchOptions options;
    if (auto url = args.option("--kolada-url"))
        options.baseUrl = QUrl(QString::fromStdString(*url));
    options.fetchedAt = today();
    Kolada::KoladaFetcher fetcher(options);
    auto batch = fetcher.fetch(request);
    if (!batch) {
        report(err, batch.error());
        err << "tertial-cli: ingenting sparades\n";
        return 1;
    }
    auto summary = (*store)->apply(*batch);
    if (!summary) {
        report(err, summary.error());
        err << "tertial-cli: ingenting sparades\n";
        return 1;
    }
    // Only the official API is Kolada; a test server or a mirror is named as what it is.
    const std::string source = Kolada::sourceLabel(options.baseUrl);
    out << "Hämtade från " << source << " " << batch->fetchedAt << " (" << fetcher.requested().size() << " anrop): ";
    printSummary(out, *summary);
    out << "Källa: " << source << "\n";
    return 0;
}

int runCompare(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 1)
        return usage(err, "compare", "ange exakt en databasfil");
    auto kpi = args.required("--kpi");
    if (!kpi)
        return report(err, kpi.error());
    auto yearText = args.required("--year");
    if (!yearText)
        return report(err, yearText.error());
    auto year = parseYear(*yearText);
    if (!year)
        return report(err, year.error());
    auto store = Storage::KoladaStore::open(args.positional[0]);
    if (!store)
        return report(err, store.error());

    if (auto group = args.option("--group")) {
        // The grid's figures for the group (analysis/comparisongrid.h), as the Jämförelse tab shows them.
        auto result = Analysis::groupInGrid(**store, *group, *kpi, *year);
        if (!result)
            return report(err, result.error());
        if (args.has("--csv")) {
            out << Kolada::groupCsv(*result);
            return 0;
        }
        const Core::NumberStyle style{};
        out << result->title << " (" << result->id << "), " << *kpi << " " << *year << '\n';
        out << "Ovägt medel (Tertials beräkning): "
            << (result->mean.mean ? Core::formatNumber(*result->mean.mean, 1, style) : std::string("saknas")) << ", "
            << result->mean.contributors << " av " << Core::countOf(result->members, "medlem", "medlemmar")
            << " har ett värde\n";
        if (result->published)
            out << "Publicerat för gruppen: " << Kolada::formatKoladaValue(*result->published) << " (Källa: Kolada)\n";
        return 0;
    }

    const auto defaults = Core::kpiDefaults(*kpi);
    Core::Direction direction = Core::Direction::LowerIsBetter;
    if (auto better = args.option("--better")) {
        if (*better == "lower")
            direction = Core::Direction::LowerIsBetter;
        else if (*better == "higher")
            direction = Core::Direction::HigherIsBetter;
        else
            return usage(err, "compare", "--better: väntade lower eller higher, fick \"" + *better + "\"");
    } else if (defaults) {
        direction = defaults->direction;
    } else {
        return usage(err, "compare", *kpi + " har ingen standardriktning; ange --better lower eller --better higher");
    }

    // The comparison grid of the KPI for the year (analysis/comparisongrid.h): the same ranking,
    // quartiles and standing the Jämförelse tab and the årsredovisning read.
    Analysis::ComparisonGridRequest request;
    request.kpi = *kpi;
    request.year = *year;
    request.direction = direction;
    request.kommun = args.option("--kommun").value_or(std::string());
    request.fromYear = *year;
    request.toYear = *year;
    request.riket = false;
    request.lan = false;
    request.alla = false;
    auto grid = Analysis::buildComparisonGrid(**store, request);
    if (!grid)
        return report(err, grid.error());
    const Kolada::KommunRanking *ranking = &grid->ranking;
    if (args.has("--csv")) {
        out << Kolada::rankingCsv(*ranking);
        return 0;
    }
    auto meta = (*store)->kpi(*kpi);
    out << *kpi;
    if (meta && *meta)
        out << " " << (*meta)->title;
    out << ", " << *year << " ("
        << (direction == Core::Direction::LowerIsBetter ? "lägre är bättre" : "högre är bättre") << ")\n";
    if (ranking->rows.empty()) {
        out << "Inga kommuner har ett värde för " << *kpi << " " << *year << ".\n";
        return 0;
    }
    out << padded("rang", 5, true) << "  " << padded("kommun", 8) << padded("namn", 24) << padded("värde", 14, true)
        << "  kvartil\n";
    for (const auto &row : ranking->rows)
        out << padded(std::to_string(row.rank), 5, true) << "  " << padded(row.id, 8) << padded(row.name, 24)
            << padded(shown(row.value, row.status), 14, true) << "  " << quartileLabel(row.quartile) << '\n';
    out << Core::countOf(static_cast<long long>(ranking->count), "kommun", "kommuner") << " med värde";
    // Issue 15: a rank among the kommuner that happen to be stored is not a national one.
    if (!ranking->national)
        out << (ranking->countryKommuner > 0 ? " av landets " + std::to_string(ranking->countryKommuner) : std::string())
            << "; rang och kvartil gäller bara dessa";
    out << ". Värden: Källa: Kolada. Rang och kvartil: Tertials beräkning.\n";

    if (auto kommun = args.option("--kommun")) {
        if (const auto &standing = grid->standing) {
            out << Core::quartileSentence(*standing) << '\n';
            if (const std::string topTen = Core::topTenSentence(*standing); !topTen.empty())
                out << topTen << '\n';
            return 0;
        }
        out << *kommun << " har inget värde för " << *kpi << " " << *year << ".\n";
    }
    return 0;
}

std::string koladaVerbHelp(const std::string &verb)
{
    if (verb == "kolada-import")
        return R"(tertial-cli kolada-import DB FIL...

Läser svar från Kolada-API:t (v3 {"values": [...], "next_url": ...} eller det äldre
v2-svaret med count och next_page) in i databasen DB. En fil håller en sida eller
en JSON-lista av sidor. Sorten känns igen på posterna: värden (kpi, municipality,
period, values), KPI:er (/v3/kpi), kommuner (/v3/municipality) och kommungrupper
(/v3/municipality_groups).

Könen T, K och M sparas; null sparas som saknat värde; poster med isdeleted
sparas inte (och ett tidigare sparat värde för samma nyckel tas bort); en status
sparas som flagga. Allt eller inget: vid ett fel i någon fil sparas ingenting.
)";
    if (verb == "kolada-fetch")
        return R"(tertial-cli kolada-fetch DB --kpi ID[,ID] --year Y[,Y] [--kommun K[,K]]

Hämtar nyckeltalen från Kolada (https://api.kolada.se/v3) med KPI:ernas
beskrivning och kommunlistan och sparar dem med dagens datum som hämtningsdatum.
Högst 25 id per del av adressen; alla sidor följs (next_url). Vid HTTP 429 och
5xx väntas allt längre och försöks igen. Allt eller inget: misslyckas någon
sida sparas ingenting.
)";
    if (verb == "compare")
        return R"(tertial-cli compare DB --kpi ID --year Y [--better lower|higher] [--kommun K] [--csv]
tertial-cli compare DB --kpi ID --year Y --group ID_ELLER_NAMN [--csv]

Rangordnar kommunerna (typ K; Riket, regioner och grupper rangordnas inte) med
värde för nyckeltalet och året, bäst först, lika värden delar rang (1, 2, 2, 4),
kvartil = 1 + golv(4 × (rang − 1) / antal). Riktningen följer nyckeltalet
(kostnader och utredningstid: lägre är bättre; brukarbedömning: högre är
bättre) om inte --better anges. --kommun K lägger till meningarna om kommunens
placering. --csv skriver kommun;namn;varde;rank;antal;kvartil med decimalkomma.

Med --group: gruppens ovägda medel av medlemmarnas värden och antalet medlemmar
med värde (--csv: grupp;varde;antal).
)";
    return {};
}

std::string koladaOverallHelp()
{
    return R"(  kolada-import DB FIL...      läs Kolada-svar (värden, KPI:er, kommuner, grupper)
  kolada-fetch DB --kpi ID --year Y [--kommun K]
                               hämta nyckeltal från Kolada
  compare DB --kpi ID --year Y [--better lower|higher] [--group G] [--csv]
                               rang, kvartil och gruppmedel för ett nyckeltal
)";
}

} // namespace Tertial::Cli
