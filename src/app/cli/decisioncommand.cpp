// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli decide, diff and beslut.
#include "decisioncommand.h"

#include "reports/chartimages.h"
#include "reports/decisions.h"
#include "platform/datadir.h"
#include "reports/ziparchive.h"
#include "storage/openstore.h"

#include "core/sha256.h"

#include <QApplication>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>

namespace Tertial::Cli {

namespace {

// The kommun templates of the data folder, as `report` drafts with: a decided version must be
// the draft the nämnd saw, not the built-in default.
std::string defaultTemplateRoot()
{
    return Platform::utf8(Platform::dataPath("templates"));
}

std::string today()
{
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day date{now};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

std::string user(const Arguments &args)
{
    if (auto name = args.option("--anvandare"))
        return *name;
    const char *name = std::getenv("USER");
    return name && *name ? name : "okänd";
}

// Charts are QCustomPlot widgets: a QApplication (offscreen in a batch job) is needed.
std::unique_ptr<QApplication> applicationForCharts()
{
    if (QApplication::instance())
        return nullptr;
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static int argc = 1;
    static char name[] = "tertial-cli";
    static char *argv[] = {name, nullptr};
    return std::make_unique<QApplication>(argc, argv);
}

struct Opened
{
    std::unique_ptr<Storage::SqlStore> store;
    Storage::Namnd namnd;
};

// The database (args.positional[0]) and the nämnd of --kommun/--namnd; on failure the message is
// written and the exit code returned through `code`.
std::optional<Opened> openNamnd(const Arguments &args, const char *verb, std::ostream &err, int &code)
{
    if (args.positional.size() != 1) {
        err << "tertial-cli " << verb << ": ange en databas (se tertial-cli " << verb << " --help)\n";
        code = 2;
        return std::nullopt;
    }
    auto kommun = args.required("--kommun");
    auto namnd = args.required("--namnd");
    for (const auto *problem : {&kommun, &namnd})
        if (!*problem) {
            err << "tertial-cli " << verb << ": " << problem->error().message << '\n';
            code = 2;
            return std::nullopt;
        }
    auto store = Storage::openStore(args.positional.front());
    if (!store) {
        err << "tertial-cli " << verb << ": " << store.error().message << '\n';
        code = 1;
        return std::nullopt;
    }
    (*store)->setUser(user(args));
    auto found = (*store)->findNamnd(*kommun, *namnd);
    if (!found || !*found) {
        err << "tertial-cli " << verb << ": "
            << (found ? "nämnden " + *namnd + " finns inte i kommun " + *kommun : found.error().message) << '\n';
        code = 1;
        return std::nullopt;
    }
    return Opened{std::move(*store), **found};
}

bool writeFile(const std::string &path, const std::string &bytes, std::ostream &err, const char *verb)
{
    if (auto ok = Reports::writeBytesAtomically(path, bytes); !ok) {
        err << "tertial-cli " << verb << ": " << ok.error().message << '\n';
        return false;
    }
    return true;
}

// The decision named by --since (diff) or --dnr (beslut), whole.
std::optional<Storage::Decision> findDecision(Opened &opened, const std::string &dnr, const char *verb, std::ostream &err)
{
    auto found = opened.store->decision(opened.namnd.id, dnr);
    if (!found) {
        err << "tertial-cli " << verb << ": " << found.error().message << '\n';
        return std::nullopt;
    }
    if (!*found) {
        err << "tertial-cli " << verb << ": " << opened.namnd.code << " har inget beslut med diarienumret " << dnr
            << " (tertial-cli beslut DB --kommun K --namnd N listar besluten)\n";
        return std::nullopt;
    }
    return std::move(**found);
}

} // namespace

const std::set<std::string> &decisionValueOptions()
{
    static const std::set<std::string> options{"--since", "--datum", "--spara"};
    return options;
}

const std::set<std::string> &decisionFlagOptions()
{
    static const std::set<std::string> flags{"--rendera-igen"};
    return flags;
}

std::string decideHelp()
{
    return R"(tertial-cli decide DB --kommun K --namnd N --year Y --month M --kind SORT --dnr DNR
                   [--datum ÅÅÅÅ-MM-DD] [--out FIL] [--mallar MAPP | --template FIL] [--utan-sidnummer]
                   [--anvandare NAMN]

Sparar den beslutade versionen av en rapport: ett underlag med allt utkastet
bygger på (nämndens siffror för året och de två åren före, register,
kommentarer, indikatorer med handsatta statusar, personal och mallen) med en
kontrollsumma (SHA-256), och dokumentet (DOCX) renderat ur just det underlaget.
Perioden låses i samma transaktion. Ett beslut kan inte ändras eller tas bort;
ett diarienummer används en gång per nämnd.

  --dnr DNR     diarienumret (står också på försättsbladet)
  --datum DATUM beslutsdatum (standard: i dag)
  --out FIL     skriv också dokumentet till FIL
  --kind SORT   manad, tertial, delar eller ar
  --utan-sidnummer  räkna inte ut innehållsförteckningens sidnummer med LibreOffice
)";
}

std::string diffHelp()
{
    return R"(tertial-cli diff DB --kommun K --namnd N --since DNR [--year Y --month M --kind SORT] [--csv]

Listar varje värde som har ändrats sedan beslutet DNR: verksamhet eller rad,
mått, period, värdet i beslutets underlag, värdet nu, och vem som ändrade och
när enligt ändringsloggen. Belopp i kronor. Med --year/--month/--kind kontrolleras
att beslutet gäller den perioden. Slutkod 0 också när inget har ändrats.
)";
}

std::string decisionsHelp()
{
    return R"(tertial-cli beslut DB --kommun K --namnd N [--dnr DNR [--spara FIL] [--rendera-igen]]

Utan --dnr: listar nämndens beslutade versioner (diarienummer, sort, period,
beslutsdatum, kontrollsumma). Med --dnr: visar beslutet; --spara FIL skriver
det beslutade dokumentet; --rendera-igen renderar underlaget på nytt och
jämför byte för byte med det sparade dokumentet (slutkod 1 om de skiljer sig).
)";
}

int runDecide(const Arguments &args, std::ostream &out, std::ostream &err)
{
    int code = 0;
    auto year = args.integer("--year", 2000, 2100);
    auto month = args.integer("--month", 1, 12);
    auto kind = args.required("--kind");
    auto dnr = args.required("--dnr");
    if (!year || !month || !kind || !dnr) {
        err << "tertial-cli decide: "
            << (!year ? year.error().message : !month ? month.error().message : !kind ? kind.error().message : dnr.error().message)
            << " (se tertial-cli decide --help)\n";
        return 2;
    }
    Reports::DecideRequest request;
    if (!Reports::parseKind(*kind, request.request.kind)) {
        err << "tertial-cli decide: --kind " << *kind << ": okänd rapportsort, förväntade manad, tertial, delar eller ar\n";
        return 2;
    }
    auto opened = openNamnd(args, "decide", err, code);
    if (!opened)
        return code;
    request.request.kommun = opened->namnd.kommun;
    request.request.namnd = opened->namnd.code;
    request.request.year = *year;
    request.request.month = *month;
    request.request.diarienummer = *dnr;
    request.decidedOn = args.option("--datum").value_or(today());
    request.templateRoot = args.option("--template").value_or(args.option("--mallar").value_or(defaultTemplateRoot()));
    request.layOutPages = !args.has("--utan-sidnummer");
    auto app = applicationForCharts();
    auto decision = Reports::decideReport(*opened->store, request, Reports::chartImageProvider());
    if (!decision) {
        err << "tertial-cli decide: " << decision.error().message << '\n';
        return 1;
    }
    if (auto file = args.option("--out"); file && !writeFile(*file, decision->document, err, "decide"))
        return 1;
    out << "Beslut " << decision->dnr << " sparat för " << opened->namnd.name << " (" << decision->kind << " "
        << decision->year << "-" << (decision->month < 10 ? "0" : "") << decision->month << ", beslutat "
        << decision->decidedOn << "); perioden är låst. Underlag " << decision->contentHash << ", dokument "
        << decision->documentHash << ".\n";
    return 0;
}

int runDiff(const Arguments &args, std::ostream &out, std::ostream &err)
{
    int code = 0;
    auto since = args.required("--since");
    if (!since) {
        err << "tertial-cli diff: " << since.error().message << " (se tertial-cli diff --help)\n";
        return 2;
    }
    auto opened = openNamnd(args, "diff", err, code);
    if (!opened)
        return code;
    auto decision = findDecision(*opened, *since, "diff", err);
    if (!decision)
        return 1;
    if (auto year = args.option("--year"); year && std::atoi(year->c_str()) != decision->year) {
        err << "tertial-cli diff: beslutet " << *since << " gäller " << decision->year << ", inte " << *year << '\n';
        return 1;
    }
    if (auto month = args.option("--month"); month && std::atoi(month->c_str()) != decision->month) {
        err << "tertial-cli diff: beslutet " << *since << " gäller månad " << decision->month << ", inte " << *month << '\n';
        return 1;
    }
    if (auto kind = args.option("--kind"); kind && *kind != decision->kind) {
        err << "tertial-cli diff: beslutet " << *since << " är en " << decision->kind << "-rapport, inte " << *kind << '\n';
        return 1;
    }
    auto changes = Reports::changesSince(*opened->store, *decision);
    if (!changes) {
        err << "tertial-cli diff: " << changes.error().message << '\n';
        return 1;
    }
    const bool csv = args.has("--csv");
    if (!csv)
        out << "Ändringar sedan beslut " << decision->dnr << " (" << decision->kind << " " << decision->year << "-"
            << (decision->month < 10 ? "0" : "") << decision->month << ", beslutat " << decision->decidedOn
            << "): " << changes->size() << (changes->size() == 1 ? " värde\n" : " värden\n");
    auto field = [csv](const std::string &text) {
        if (!csv || text.find_first_of(";\"\n") == std::string::npos)
            return text;
        std::string quoted = "\"";
        for (char c : text)
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        return quoted + "\"";
    };
    const char *separator = csv ? ";" : " | ";
    out << (csv ? "fil;verksamhet;matt;period;beslutat;nu;andrat_av;nar\n" : "");
    for (const Reports::ValueChange &change : *changes) {
        const std::string decided = csv ? change.decided.value_or("") : Reports::shownValue(change, change.decided);
        const std::string current = csv ? change.current.value_or("") : Reports::shownValue(change, change.current);
        if (csv)
            out << field(change.file) << separator;
        out << field(change.subject) << separator << field(change.measure) << separator << field(change.period)
            << separator << field(decided) << (csv ? separator : " \u2192 ") << field(current) << separator
            << field(change.who.empty() ? std::string(csv ? "" : "(ej i ändringsloggen)") : change.who) << separator
            << field(change.when) << '\n';
    }
    return 0;
}

int runDecisions(const Arguments &args, std::ostream &out, std::ostream &err)
{
    int code = 0;
    auto opened = openNamnd(args, "beslut", err, code);
    if (!opened)
        return code;
    const auto dnr = args.option("--dnr");
    if (!dnr) {
        auto all = opened->store->decisions(opened->namnd.id);
        if (!all) {
            err << "tertial-cli beslut: " << all.error().message << '\n';
            return 1;
        }
        out << "dnr;sort;period;beslutsdatum;sparat;av;underlag\n";
        for (const Storage::Decision &d : *all)
            out << d.dnr << ';' << d.kind << ';' << d.year << '-' << (d.month < 10 ? "0" : "") << d.month << ';'
                << d.decidedOn << ';' << d.recordedAt << ';' << d.recordedBy << ';' << d.contentHash << '\n';
        return 0;
    }
    auto decision = findDecision(*opened, *dnr, "beslut", err);
    if (!decision)
        return 1;
    out << "Beslut " << decision->dnr << ": " << decision->kind << " " << decision->year << "-"
        << (decision->month < 10 ? "0" : "") << decision->month << ", beslutat " << decision->decidedOn << ", sparat "
        << decision->recordedAt << " av " << decision->recordedBy << ", mall " << decision->templateName << ", "
        << decision->program << ".\nUnderlag " << decision->contentHash << " (stämmer), dokument "
        << decision->documentHash << " (stämmer), " << decision->document.size() << " byte.\n";
    if (auto file = args.option("--spara")) {
        if (!writeFile(*file, decision->document, err, "beslut"))
            return 1;
        out << "Skrev det beslutade dokumentet till " << *file << ".\n";
    }
    if (args.has("--rendera-igen")) {
        auto snapshot = Reports::parseSnapshot(decision->snapshot);
        if (!snapshot) {
            err << "tertial-cli beslut: " << snapshot.error().message << '\n';
            return 1;
        }
        auto app = applicationForCharts();
        auto again = Reports::renderSnapshot(*snapshot, Reports::chartImageProvider());
        if (!again) {
            err << "tertial-cli beslut: " << again.error().message << '\n';
            return 1;
        }
        if (*again != decision->document) {
            err << "tertial-cli beslut: underlaget renderat på nytt (" << Core::sha256Hex(*again)
                << ") skiljer sig från det beslutade dokumentet (" << decision->documentHash << ")\n";
            return 1;
        }
        out << "Underlaget renderat på nytt: byte för byte samma dokument.\n";
    }
    return 0;
}

} // namespace Tertial::Cli
