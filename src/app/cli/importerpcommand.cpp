// SPDX-License-Identifier: GPL-3.0-or-later
// import-erp: read, check (refusing the whole file on an unmapped code), write in one transaction.
#include "importerpcommand.h"

#include "commands.h"
#include "databasefile.h"

#include "io/ledgerimport.h"
#include "storage/openstore.h"

#include <cstdlib>

namespace Tertial::Cli {

const std::set<std::string> &importErpValueOptions()
{
    static const std::set<std::string> options = {"--ansvar", "--kontoslag", "--sheet", "--kolumn"};
    return options;
}

std::string importErpHelp()
{
    return R"(tertial-cli import-erp DB FIL --kommun K --namnd N [--ansvar MAPP] [--kontoslag MAPP]
                       [--sheet BLAD] [--orsak TEXT] [--kolumn ROLL=RUBRIK,...] [--anvandare NAMN]

Läser en export ur ekonomisystemet (huvudbok på kontonivå) och skriver nämndens
figurer: utfall ackumulerat per månad, periodens budget per månad och budget
helår (årets summa), prognos. FIL är XLSX eller CSV (UTF-8 eller Windows-1252,
; tabb eller , mellan fälten); rubrikraden hittas under eventuella titelrader och
kolumnerna känns igen på namnen (Ansvar, Verksamhet/Aktivitet, Konto/Slag,
Motpart, Projekt, Period, År, Månad, Version/Mått/Typ, Belopp; eller en
beloppskolumn per version eller månad). Beloppen är debet positivt (kostnader +,
intäkter −) och vänds till Tertials tecken. Rader utan konto (Totalt) och konton
i klass 1–2 och 8 hoppas över och räknas; sammanfattningen visar att importerat
+ överhoppat = filens summa.

Ett konto i klass 3–7 eller ett ansvar som saknar mappning stoppar hela
importen: alla sådana koder listas en gång med antal rader och summa, och
ingenting skrivs. En ny export ersätter exakt de månader och versioner den
täcker; inskrivna figurer rörs aldrig. Samma export två gånger ändrar ingenting.

  --kommun K          kommunkoden (0126)
  --namnd N           nämndens kod (SN)
  --ansvar MAPP       fil ansvar;verksamhet (kod eller prefix med *, längsta
                      träffen vinner); sparas för kommunen till nästa import
  --kontoslag MAPP    fil konto_fran;konto_till;kontoslag; sparas likaså.
                      Utan sparad mappning används standarden för Kommun-Bas 13
  --sheet BLAD        bladet i en XLSX-fil (standard: det första)
  --kolumn R=RUBRIK   ge kolumnen med rubriken RUBRIK rollen R (ansvar,
                      verksamhet, konto, motpart, projekt, period, år, månad,
                      version, belopp); flera med komma emellan
  --orsak TEXT        orsaken som ändringsloggen anger
                      (standard: "import från ekonomisystemet")
  --anvandare NAMN    vem ändringsloggen anger (standard: $USER)
)";
}

int runImportErp(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 2)
        return usage(err, "import-erp", "ange databasen och exakt en exportfil");
    auto kommun = args.required("--kommun");
    if (!kommun)
        return usage(err, "import-erp", kommun.error().message);
    auto namnd = args.required("--namnd");
    if (!namnd)
        return usage(err, "import-erp", namnd.error().message);
    Io::LedgerOptions options;
    options.kommun = *kommun;
    options.namnd = *namnd;
    options.sheet = args.option("--sheet").value_or("");
    options.ansvarFile = args.option("--ansvar");
    options.kontoslagFile = args.option("--kontoslag");
    if (auto columns = args.option("--kolumn")) {
        std::size_t pos = 0;
        while (pos <= columns->size()) {
            auto end = columns->find(',', pos);
            if (end == std::string::npos)
                end = columns->size();
            const std::string pair = columns->substr(pos, end - pos);
            const auto eq = pair.find('=');
            const auto role = eq == std::string::npos ? std::nullopt : Io::ledgerRoleFromCode(pair.substr(0, eq));
            if (!role)
                return usage(err, "import-erp", "--kolumn '" + pair + "': förväntade ROLL=RUBRIK, där ROLL är ansvar, "
                                                                    "verksamhet, konto, motpart, projekt, period, år, månad, version eller belopp");
            options.columns[*role] = pair.substr(eq + 1);
            pos = end + 1;
        }
    }
    auto store = Storage::openStore(args.positional[0]);
    if (!store) {
        err << "tertial-cli: " << store.error().message << '\n';
        return 1;
    }
    const char *user = std::getenv("USER");
    (*store)->setUser(args.option("--anvandare").value_or(user && *user ? user : "okänd"));
    // The ledger export and the mapping files are read by descriptors of ours: never the database.
    for (const std::optional<std::string> &file :
         {std::optional<std::string>(args.positional[1]), options.ansvarFile, options.kontoslagFile}) {
        if (!file)
            continue;
        if (auto refused = databaseFileNamed(*file)) {
            err << "tertial-cli: " << refused->message << "\ntertial-cli: ingenting importerades\n";
            return 1;
        }
    }
    Io::LedgerImporter importer(**store);
    auto report = importer.read(args.positional[1], options);
    if (!report) {
        err << "tertial-cli: " << report.error().message << "\ntertial-cli: ingenting importerades\n";
        return 1;
    }
    if (report->refused()) {
        err << report->refusal() << "\ntertial-cli: ingenting importerades\n";
        return 1;
    }
    auto written = importer.apply(*report, args.option("--orsak").value_or("import från ekonomisystemet"));
    if (!written) {
        err << "tertial-cli: " << written.error().message << "\ntertial-cli: ingenting importerades\n";
        return 1;
    }
    recordWriter(**store, err);
    out << Io::ledgerSummaryText(*report, *written);
    return 0;
}

} // namespace Tertial::Cli
