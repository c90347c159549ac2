// SPDX-License-Identifier: GPL-3.0-or-later
// The --help texts in English (tertial-cli --lang en, or an English locale), verb by verb as
// the Swedish ones in help.cpp, chartcommand.cpp, koladacommand.cpp and reportcommand.cpp.
// The English manual page is made from these. A verb without an English text here shows the
// Swedish one; HelpText.EveryVerbHasEnglishHelpWithTheSameOptions fails until it has one.
#include "helptext.h"

#include <map>

namespace Tertial::Cli {
namespace {

const std::map<std::string, std::string> &englishTexts()
{
    static const std::map<std::string, std::string> verbs = {
        {"init", R"(tertial-cli init DB

Creates a new, empty Tertial database in the file DB (SQLite). The file must not
exist. DB can also be a server, postgresql://host/database: then Tertial's schema
is created in the existing, empty database (a real server is set up with
tertial-cli server init, which also creates roles and row security).
Then import the municipality list and the figures with tertial-cli import.

Wherever a verb takes DB, a file or a postgresql:// address will do. Against a
server it is the server's logged-in user the audit log names (--anvandare applies
to files only); the password is taken from PGPASSWORD, ~/.pgpass or a service
file (libpq).
)"},
        {"server", R"(tertial-cli server init|grant|revoke URL ...

Sets up a shared PostgreSQL server (run as the database administrator):

  server init URL
      creates the schema tertial, the owner role tertial_owner (NOLOGIN) and
      the group roles tertial_controller, tertial_secretary, tertial_analyst and
      tertial_admin, and turns on row security (FORCE) with policies on every table.
      Can be run again; then it does only what is missing.
  server grant URL --user NAME --role ROLE [--kommun K --namnd N]
      creates the login role NAME if it is missing and gives it the role
      (controller, secretary, analyst or admin), and with --kommun/--namnd
      the nämnd the user works with.
  server revoke URL --user NAME --role ROLE
  server revoke URL --user NAME --kommun K --namnd N
      removes the role, or only the nämnd.

See the README's section on a shared server (pg_hba with scram-sha-256 or gss).
)"},
        {"copy", R"(tertial-cli copy SOURCE TARGET

Moves a whole database between the engines, e.g. from a file to a server
(postgresql://...) or back: every table with the same ids, and the audit log as
it was written (who and when). The target is created (a file must not exist; a
server must be empty). All or nothing.
)"},
        {"import-erp", R"(tertial-cli import-erp DB FILE --kommun K --namnd N [--ansvar MAP] [--kontoslag MAP]
                       [--sheet SHEET] [--orsak TEXT] [--kolumn ROLE=HEADING,...] [--anvandare NAME]

Reads an export from the finance system (general ledger at account level) and
writes the nämnd's figures: outcome cumulated per month, the period's budget per
month and the full-year budget (the year's sum), forecast. FILE is XLSX or CSV
(UTF-8 or Windows-1252, ; tab or , between the fields); the header row is found
below any title rows and the columns are recognised by their names (Ansvar,
Verksamhet/Aktivitet, Konto/Slag, Motpart, Projekt, Period, År, Månad,
Version/Mått/Typ, Belopp; or one amount column per version or month). The
amounts are debit positive (costs +, income −) and turned to Tertial's signs.
Rows without an account (Totalt) and accounts in classes 1–2 and 8 are skipped
and counted; the summary shows that imported + skipped = the file's sum.

An account in classes 3–7 or an ansvar without a mapping stops the whole import:
every such code is listed once with its number of rows and sum, and nothing is
written. A new export replaces exactly the months and versions it covers; typed
figures are never touched. The same export twice changes nothing.

  --kommun K          the municipality code (0126)
  --namnd N           the nämnd's code (SN)
  --ansvar MAP        file ansvar;verksamhet (a code or a prefix with *, the longest
                      match wins); kept for the municipality until the next import
  --kontoslag MAP     file konto_fran;konto_till;kontoslag; kept likewise.
                      Without a kept mapping the Kommun-Bas 13 default is used
  --sheet SHEET       the sheet of an XLSX file (default: the first)
  --kolumn R=HEADING  give the column headed HEADING the role R (ansvar,
                      verksamhet, konto, motpart, projekt, period, år, månad,
                      version, belopp); several with commas between
  --orsak TEXT        the reason the audit log gives
                      (default: "import från ekonomisystemet")
  --anvandare NAME    who the audit log names (default: $USER)
)"},
        {"import", R"(tertial-cli import DB FILE... [--orsak TEXT] [--anvandare NAME]

Reads one or more files into the database DB. Each file's kind is recognised by
its header line: the figure file (kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet[;kontoslag])
and the registers kommunlista, nämnder, verksamheter, prognosmetoder, volymer,
indikatorer, indikatorvärden, åtgärdsplan, investeringar, statsbidrag and
kommentarer (see docs/formats.md).

All or nothing: every row of every file is checked first, and at the first error
nothing is written, every problem is listed as "file:line: column: what was wrong,
what was expected" and the exit status is non-zero. Otherwise everything is written
in one single transaction, with one row in the audit log for every changed value.

  --orsak TEXT       the reason the audit log gives (default: "import")
  --anvandare NAME   who the audit log names (default: $USER)
)"},
        {"export", R"(tertial-cli export DB --kommun K --namnd N --year Y [--out FILE]

Writes the nämnd's figures for the year as a figure file (the format import
reads) to standard output or to FILE. Rows in the order of the verksamhet tree,
then kontoslag, year, month and measure; amounts in kr. export → import → export
gives the same bytes.

  --kommun K   the municipality code, four digits (0182)
  --namnd N    the nämnd's code (SOCN)
  --year Y     the budget year
  --out FILE   write to FILE instead of standard output
)"},
        {"table", R"(tertial-cli table DB --kommun K --namnd N --year Y --month M [--unit kr|tkr|mnkr] [--csv]
                  [--by verksamhet|kontoslag] [--verksamhet PATH] [--xlsx FILE]

Shows the nämnd's economic table for the period January–M of year Y, computed by
Tertial's core: one row per verksamhet in tree order (verksamheter without any
value in the period are left out), Summa last. The period's budget is the one
entered (budget_period) or the full-year budget periodised by the verksamhet's
periodisation (linear unless set otherwise). Utfall fg år is the previous year's
net outcome up to the same month.

  --unit E   kr, tkr (default) or mnkr; kr and tkr without decimals, mnkr with one
  --csv      semicolon-separated for Excel: decimal comma, no thousands separators,
             the header
             verksamhet;niva;utfall_intakter;utfall_kostnader;utfall_netto;
             budget_period;budgetavvikelse;avvikelse_procent;budget;prognos;
             prognosavvikelse;utfall_netto_fg_ar;bokslut_fg_ar;forandring
             (niva 1 for the top level, 0 for Summa; an empty cell where a value is
             missing; avvikelse_procent = budgetavvikelse / |the period's budget| in
             per cent with one decimal; bokslut_fg_ar = the previous year's outcome
             for the full year)
  --by kontoslag      the table per kontoslag (driftredovisning), the CSV header
             kontoslag;utfall_netto;budget_period;budgetavvikelse;budget;prognos;
             prognosavvikelse;utfall_netto_fg_ar;bokslut_fg_ar;forandring
             (the kontoslag's code; intakter, kostnader and summa for the groups)
  --verksamhet PATH  with --by kontoslag: only that verksamhet and those below it
  --xlsx FILE  write the table as an Excel workbook: numbers as numbers in the
             unit, Summa bold, the header row frozen
)"},
        {"status", R"(tertial-cli status DB --kommun K --namnd N --year Y --month M [--csv]

Shows the nämnd's indicators for the period as the report drafts and the
Indikatorer tab show them: the period's outcome (the yearly value in December,
otherwise the latest monthly value up to M), the year's target, the target kind
and the status. The status is decided once, by Tertial's core; a status set by
hand with a reason takes precedence over the computed one. An empty outcome is
"saknas" (or "inget mål" without a target), never "ej uppnått".

  --csv   semicolon-separated for Excel, the header
          indikator;enhet;utfall;malvarde;maltyp;status;manuell;orsak
          (outcome and target with a decimal comma, empty where a value is
          missing; maltyp minst, högst, nivå, öka or minska; status uppnatt,
          delvis, ej_uppnatt, saknas or inget_mal; manuell ja or nej; orsak =
          the reason for a status set by hand)
)"},
        {"lock", R"(tertial-cli lock DB --kommun K --namnd N --year Y [--month M] --orsak TEXT

Locks a period once the nämnd has decided: from then on every change of figures,
comments and forecast methods in the period is refused until it is unlocked.
Without --month the whole year is locked, the full-year budget too. The lock is
logged with its reason.
)"},
        {"unlock", R"(tertial-cli unlock DB --kommun K --namnd N --year Y [--month M] --orsak TEXT

Unlocks a locked period (see lock). The unlocking is logged with its reason.
)"},
        {"decide", R"(tertial-cli decide DB --kommun K --namnd N --year Y --month M --kind KIND --dnr DNR
                   [--datum YYYY-MM-DD] [--out FILE] [--mallar FOLDER | --template FILE] [--utan-sidnummer]
                   [--anvandare NAME]

Stores the decided version of a report: a basis holding everything the draft is
built from (the nämnd's figures for the year and the two years before, registers,
comments, indicators with hand-set statuses, staff and the template) with a
checksum (SHA-256), and the document (DOCX) rendered from exactly that basis. The
period is locked in the same transaction. A decision cannot be changed or removed;
a registration number (diarienummer) is used once per nämnd.

  --dnr DNR     the registration number (also printed on the cover page)
  --datum DATE  the date of the decision (default: today)
  --out FILE    also write the document to FILE
  --kind KIND   manad, tertial, delar or ar
  --utan-sidnummer  do not lay out the table of contents' page numbers with LibreOffice
)"},
        {"diff", R"(tertial-cli diff DB --kommun K --namnd N --since DNR [--year Y --month M --kind KIND] [--csv]

Lists every value changed since the decision DNR: verksamhet or row, measure,
period, the value in the decision's basis, the value now, and who changed it and
when according to the change log. Amounts in kronor. With --year/--month/--kind
it checks that the decision is for that period. Exit code 0 also when nothing
has changed.
)"},
        {"beslut", R"(tertial-cli beslut DB --kommun K --namnd N [--dnr DNR [--spara FILE] [--rendera-igen]]

Without --dnr: lists the nämnd's decided versions (registration number, kind,
period, date of decision, checksum). With --dnr: shows the decision; --spara FILE
writes the decided document; --rendera-igen renders the basis again and compares
it byte for byte with the stored document (exit code 1 if they differ).
)"},
        {"report", R"(tertial-cli report DB --kommun K --namnd N --year Y --month M --kind KIND --out FILE
                   [--dnr TEXT] [--mallar FOLDER | --template FILE] [--utan-sidnummer]
                   [--andringar-sedan DNR]

Writes a report draft for the nämnd: every table, chart, status symbol and
standard sentence from the database, and placeholders [Skriv: ...] where a person
is to write. The file format follows the file's suffix: .docx (Word), .odt, .pdf
or .html.

  --kommun K   the municipality code, four digits (0182)
  --namnd N    the nämnd's code (SOCN)
  --year Y     the budget year
  --month M    the report month 1-12 (the period January-M)
  --kind KIND  manad (monthly report), tertial (tertial report),
               delar (interim report) or ar (annual report)
  --out FILE   the draft's file
  --dnr TEXT   the file reference on the cover page (otherwise a placeholder)
  --mallar FOLDER  the folder with templates per municipality (default: the program's templates)
  --template FILE  one template file (template.json, see docs/reports.md): sections,
               headings, the tables' columns, the wording of the standard sentences
               and the reference document for the Word formats
  --andringar-sedan DNR  appendix "Ändringar sedan beslut": every value changed
               since the decision DNR (see tertial-cli diff)
  --utan-sidnummer  do not lay the document out for the table of contents' page
               numbers (otherwise, for .docx: with LibreOffice when installed)
)"},
        {"chart", R"(tertial-cli chart DB --kommun K --namnd N --year Y --month M --kind KIND --out FILE
                   [--verksamhet PATH] [--width W --height H --dpi D] [--unit tkr|mnkr]
                   [--indikator CODE] [--viktat]

Draws a chart from the database DB and writes it as PNG, PDF or SVG (by the file
suffix). Amounts are shown as net cost (positive numbers), deviations with their
sign: + = surplus, - = deficit.

  --kind budget      budget, outcome and forecast per verksamhet (deviations written out)
  --kind cumulative  cumulative outcome per month against the periodised budget, with
                     the forecast line to December and the span between the forecast methods
  --kind tertial     net cost and budget per tertial (T1, T2, T3) with the deviation
  --kind volume      volumes per kind of service and month with a moving average
                     (12 months); --viktat weights every month to 30.5 days
  --kind indicator   the indicator's outcome per year against the target, with its status
                     (--indikator CODE chooses the indicator, otherwise the first)
  --kind bridge      forecast bridge: from the previous forecast to the month's, per verksamhet
  --kind accuracy    forecast accuracy: the year's forecasts against the full-year outcome

  --verksamhet PATH    one verksamhet ("Barn och unga > Dygnsvård"); without it the whole nämnd
  --width, --height    size in pixels (default 1200 × 700)
  --dpi D              resolution for PNG (default 96; 300 for print)
)"},
        {"kolada-import", R"(tertial-cli kolada-import DB FILE...

Reads responses of the Kolada API (v3 {"values": [...], "next_url": ...} or the older
v2 response with count and next_page) into the database DB. A file holds one page or
a JSON list of pages. The kind is recognised by the records: values (kpi,
municipality, period, values), KPIs (/v3/kpi), municipalities (/v3/municipality) and
municipality groups (/v3/municipality_groups).

The genders T, K and M are kept; null is kept as a missing value; records with
isdeleted are not kept (and a value kept earlier for the same key is removed); a
status is kept as a flag. All or nothing: at an error in any file nothing is kept.
)"},
        {"kolada-fetch", R"(tertial-cli kolada-fetch DB --kpi ID[,ID] --year Y[,Y] [--kommun K[,K]]

Fetches the key figures from Kolada (https://api.kolada.se/v3) with the KPIs'
descriptions and the municipality list and keeps them with today's date as the
date fetched. At most 25 ids per part of the address; every page is followed
(next_url). On HTTP 429 and 5xx it waits ever longer and tries again. All or
nothing: if any page fails nothing is kept.
)"},
        {"compare", R"(tertial-cli compare DB --kpi ID --year Y [--better lower|higher] [--kommun K] [--csv]
tertial-cli compare DB --kpi ID --year Y --group ID_OR_NAME [--csv]

Ranks the municipalities (kind K; Riket, regions and groups are not ranked) that
have a value for the key figure and the year, best first; equal values share a
rank (1, 2, 2, 4), quartile = 1 + floor(4 × (rank − 1) / count). The direction
follows the key figure (costs and investigation time: lower is better; user
ratings: higher is better) unless --better is given. --kommun K adds the sentences
about the municipality's place. --csv writes kommun;namn;varde;rank;antal;kvartil
with a decimal comma.

With --group: the group's unweighted mean of its members' values and the number
of members with a value (--csv: grupp;varde;antal).
)"},
    };
    return verbs;
}

} // namespace

std::string englishOverallHelp()
{
    return R"(tertial-cli: Tertial's command line for budget, outcome and forecast per nämnd.

Usage: tertial-cli VERB ...    (tertial-cli VERB --help shows the details)

  init DB                      create a new database
  import DB FILE...            read figure files and registers (all or nothing)
  import-erp DB FILE --kommun K --namnd N [--ansvar MAP] [--kontoslag MAP]
                               read a general-ledger export (XLSX or CSV)
  export DB --kommun K --namnd N --year Y
                               write the nämnd's figures for the year as a figure file
  table DB --kommun K --namnd N --year Y --month M [--unit E] [--csv]
        [--by kontoslag] [--verksamhet PATH] [--xlsx FILE]
                               show the period's economic table
  status DB --kommun K --namnd N --year Y --month M [--csv]
                               show the period's indicators and their status
  lock DB --kommun K --namnd N --year Y [--month M] --orsak TEXT
                               lock a period
  unlock DB ...                unlock a period
  report DB --kommun K --namnd N --year Y --month M --kind KIND --out FILE
                               write a report draft (.docx, .odt, .pdf, .html)
  decide DB --kommun K --namnd N --year Y --month M --kind KIND --dnr DNR
                               store a decided version (basis, document) and lock the period
  diff DB --kommun K --namnd N --since DNR
                               list values changed since a decision
  beslut DB --kommun K --namnd N [--dnr DNR]
                               list decided versions, save or render one again
  chart DB --kommun K --namnd N --year Y --month M --kind KIND --out FILE
                               draw a chart (PNG, PDF, SVG)
  copy SOURCE TARGET           move a database between file and server
  server init|grant|revoke URL ...
                               set up a shared PostgreSQL server with roles
  (DB is a file or a server: postgresql://host/database)
  kolada-import DB FILE...     read Kolada responses (values, KPIs, municipalities, groups)
  kolada-fetch DB --kpi ID --year Y [--kommun K]
                               fetch key figures from Kolada
  compare DB --kpi ID --year Y [--better lower|higher] [--group G] [--csv]
                               rank, quartile and group mean for a key figure

  --version                    show the version and the licence
  --lang sv|en                 the language of --help and --version (default: from
                               LC_ALL, LC_MESSAGES or LANG; Swedish unless English)

Exit status 0 on success, otherwise non-zero with the error on standard error.
The file formats are described in docs/formats.md.
)";
}

std::string englishVerbHelp(const std::string &verb)
{
    const auto it = englishTexts().find(verb);
    return it == englishTexts().end() ? std::string() : it->second;
}

} // namespace Tertial::Cli
