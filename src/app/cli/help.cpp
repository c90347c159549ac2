// SPDX-License-Identifier: GPL-3.0-or-later
// Help texts (Swedish, as every user-facing text).
#include "help.h"

#include "chartcommand.h"
#include "importerpcommand.h"
#include "koladacommand.h"

#include <map>

namespace Tertial::Cli {
namespace {

const std::map<std::string, std::string> &texts()
{
    static const std::map<std::string, std::string> verbs = {
        {"init", R"(tertial-cli init DB

Skapar en ny, tom Tertial-databas i filen DB (SQLite). Filen får inte finnas.
DB kan också vara en server, postgresql://värd/databas: då skapas Tertials
schema i den befintliga, tomma databasen (en riktig server sätts upp med
tertial-cli server init, som också skapar roller och radsäkerhet).
Importera sedan kommunlistan och siffrorna med tertial-cli import.

Överallt där ett verb tar DB går en fil eller en postgresql://-adress. Mot en
server är det serverns inloggade användare som står i ändringsloggen
(--anvandare gäller bara filer); lösenordet tas från PGPASSWORD, ~/.pgpass
eller en tjänstefil (libpq).
)"},
        {"server", R"(tertial-cli server init|grant|revoke URL ...

Sätter upp en delad PostgreSQL-server (kör som databasadministratör):

  server init URL
      skapar schemat tertial, ägarrollen tertial_owner (NOLOGIN) och
      grupprollerna tertial_controller, tertial_secretary, tertial_analyst och
      tertial_admin, och slår på radsäkerhet (FORCE) med policyer på varje tabell.
      Kan köras igen; gör då bara det som saknas.
  server grant URL --user NAMN --role ROLL [--kommun K --namnd N]
      skapar inloggningsrollen NAMN om den saknas och ger den rollen
      (controller, secretary, analyst eller admin), och med --kommun/--namnd
      nämnden som användaren arbetar med.
  server revoke URL --user NAMN --role ROLL
  server revoke URL --user NAMN --kommun K --namnd N
      tar bort rollen, eller bara nämnden.

Se README:s avsnitt om en delad server (pg_hba med scram-sha-256 eller gss).
)"},
        {"copy", R"(tertial-cli copy KÄLLA MÅL

Flyttar en hel databas mellan motorerna, t.ex. från en fil till en server
(postgresql://...) eller tillbaka: alla tabeller med samma id, och
ändringsloggen som den skrevs (vem och när). Målet skapas (en fil får inte
finnas; en server ska vara tom). Allt eller inget.
)"},
        {"import", R"(tertial-cli import DB FIL... [--orsak TEXT] [--anvandare NAMN]

Läser en eller flera filer in i databasen DB. Varje fils sort känns igen på dess
rubrikrad: sifferfilen (kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet[;kontoslag])
och registren kommunlista, nämnder, verksamheter, prognosmetoder, volymer,
indikatorer, indikatorvärden, åtgärdsplan, investeringar, statsbidrag och
kommentarer (se docs/formats.md).

Allt eller inget: varje rad i alla filer kontrolleras först, och vid minsta fel
skrivs ingenting, alla problem listas som "fil:rad: kolumn: vad som var fel,
vad som förväntades" och slutkoden är skild från 0. Annars skrivs allt i en
enda transaktion, med en rad i ändringsloggen för varje ändrat värde.

  --orsak TEXT       orsaken som ändringsloggen anger (standard: "import")
  --anvandare NAMN   vem ändringsloggen anger (standard: $USER)
)"},
        {"export", R"(tertial-cli export DB --kommun K --namnd N --year Y [--out FIL]

Skriver nämndens siffror för året som en sifferfil (samma format som import
läser) till standard ut eller till FIL. Rader i verksamhetsträdets ordning, sedan
kontoslag, år, månad och mått; belopp i kr. export → import → export ger samma
bytes.

  --kommun K   kommunkoden, fyra siffror (0182)
  --namnd N    nämndens kod (SOCN)
  --year Y     budgetåret
  --out FIL    skriv till FIL i stället för standard ut
)"},
        {"table", R"(tertial-cli table DB --kommun K --namnd N --year Y --month M [--unit kr|tkr|mnkr] [--csv]
                  [--by verksamhet|kontoslag] [--verksamhet SÖKVÄG] [--xlsx FIL]

Visar nämndens ekonomiska tabell för perioden januari–M år Y, beräknad av
Tertials kärna: en rad per verksamhet i trädets ordning (verksamheter utan
några siffror i år eller föregående år utelämnas), sist Summa. Prognosen är
den som verksamhetens prognosmetod ger (manuell: den inmatade), som i
arbetsbänken, rapportutkasten och diagrammen. Periodens budget är den
inmatade (budget_period) eller helårsbudgeten periodiserad enligt verksamhetens
periodisering (linjär om inget annat angetts). Utfall fg år är föregående års
utfall netto till samma månad.

  --unit E   kr, tkr (standard) eller mnkr; kr och tkr utan decimaler, mnkr med en
  --csv      semikolonseparerat för Excel: decimalkomma, inga tusentalsavgränsare,
             rubriken
             verksamhet;niva;utfall_intakter;utfall_kostnader;utfall_netto;
             budget_period;budgetavvikelse;avvikelse_procent;budget;prognos;
             prognosavvikelse;utfall_netto_fg_ar;bokslut_fg_ar;forandring
             (niva 1 för översta nivån, 0 för Summa; tom cell där värde saknas;
             avvikelse_procent = budgetavvikelse / |periodens budget| i procent
             med en decimal; bokslut_fg_ar = föregående års utfall för helåret)
  --by kontoslag      tabellen per kontoslag (driftredovisning), CSV-rubriken
             kontoslag;utfall_netto;budget_period;budgetavvikelse;budget;prognos;
             prognosavvikelse;utfall_netto_fg_ar;bokslut_fg_ar;forandring
             (kontoslagets kod; intakter, kostnader och summa för grupperna)
  --verksamhet SÖKVÄG  med --by kontoslag: bara den verksamheten och dess underliggande
  --xlsx FIL  skriv tabellen som Excel-arbetsbok: tal som tal i enheten, fet
             Summa, låst rubrikrad
)"},
        {"status", R"(tertial-cli status DB --kommun K --namnd N --year Y --month M [--csv]

Visar nämndens indikatorer för perioden som rapportutkasten och fliken
Indikatorer visar dem: periodens utfall (årsvärdet i december, annars det
senaste månadsvärdet t.o.m. M), årets målvärde, målsort och status. Statusen
beräknas en gång av Tertials kärna; en status som satts för hand med ett skäl
gäller före den beräknade. Ett tomt utfall är "saknas" (eller "inget mål" utan
målvärde), aldrig "ej uppnått".

  --csv   semikolonseparerat för Excel, rubriken
          indikator;enhet;utfall;malvarde;maltyp;status;manuell;orsak
          (utfall och målvärde med decimalkomma, tomt där värde saknas;
          maltyp minst, högst, nivå, öka eller minska; status uppnatt, delvis,
          ej_uppnatt, saknas eller inget_mal; manuell ja eller nej; orsak =
          skälet till en status satt för hand)
)"},
        {"lock", R"(tertial-cli lock DB --kommun K --namnd N --year Y [--month M] --orsak TEXT

Låser en period när nämnden har beslutat: därefter vägras varje ändring av
siffror, kommentarer och prognosmetoder i perioden tills den låses upp. Utan
--month låses hela året, också helårsbudgeten. Låsningen loggas med orsak.
)"},
        {"unlock", R"(tertial-cli unlock DB --kommun K --namnd N --year Y [--month M] --orsak TEXT

Låser upp en låst period (se lock). Upplåsningen loggas med orsak.
)"},
    };
    return verbs;
}

} // namespace

std::string overallHelp()
{
    return R"(tertial-cli: Tertials kommandorad för budget, utfall och prognos per nämnd.

Användning: tertial-cli VERB ...    (tertial-cli VERB --help visar detaljer)

  init DB                      skapa en ny databas
  import DB FIL...             läs sifferfiler och register (allt eller inget)
  import-erp DB FIL --kommun K --namnd N [--ansvar MAPP] [--kontoslag MAPP]
                               läs en huvudboksexport (XLSX eller CSV)
  export DB --kommun K --namnd N --year Y
                               skriv nämndens siffror för året som sifferfil
  table DB --kommun K --namnd N --year Y --month M [--unit E] [--csv]
        [--by kontoslag] [--verksamhet SÖKVÄG] [--xlsx FIL]
                               visa periodens ekonomiska tabell
  status DB --kommun K --namnd N --year Y --month M [--csv]
                               visa periodens indikatorer och deras status
  lock DB --kommun K --namnd N --year Y [--month M] --orsak TEXT
                               lås en period
  unlock DB ...                lås upp en period
  report DB --kommun K --namnd N --year Y --month M --kind SORT --out FIL
                               skriv ett rapportutkast (.docx, .odt, .pdf, .html)
  decide DB --kommun K --namnd N --year Y --month M --kind SORT --dnr DNR
                               spara en beslutad version (underlag, dokument) och lås perioden
  diff DB --kommun K --namnd N --since DNR
                               lista värden som ändrats sedan ett beslut
  beslut DB --kommun K --namnd N [--dnr DNR]
                               lista beslutade versioner, spara eller rendera om en
  chart DB --kommun K --namnd N --year Y --month M --kind SORT --out FIL
                               rita ett diagram (PNG, PDF, SVG)
  copy KÄLLA MÅL               flytta en databas mellan fil och server
  server init|grant|revoke URL ...
                               sätt upp en delad PostgreSQL-server med roller
  (DB är en fil eller en server: postgresql://värd/databas)
)" + koladaOverallHelp() + R"(
  --version                    visa versionen och licensen
  --lang sv|en                 språket i --help och --version (standard: efter
                               LC_ALL, LC_MESSAGES eller LANG; svenska om inte engelska)

Slutkod 0 vid framgång, annars skild från 0 med felet på standard fel.
Filformaten beskrivs i docs/formats.md.
)";
}

std::string verbHelp(const std::string &verb)
{
    if (verb == "chart")
        return chartHelp();
    if (verb == "import-erp")
        return importErpHelp();
    const auto it = texts().find(verb);
    return it == texts().end() ? koladaVerbHelp(verb) : it->second;
}

} // namespace Tertial::Cli
