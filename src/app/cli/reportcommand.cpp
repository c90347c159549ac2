// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli report: the report job (reports/reportjob.h) from the flags, rendered by the file's suffix.
#include "reportcommand.h"

#include "databasefile.h"

#include "reports/reportjob.h"
#include "platform/datadir.h"
#include "storage/openstore.h"

#include <QApplication>

#include <cstdlib>
#include <memory>

namespace Tertial::Cli {

namespace {

// Where the templates are when no --mallar is given: the data folder's (share/tertial/templates,
// installed or in the build tree).
std::string defaultTemplateRoot()
{
    return Platform::utf8(Platform::dataPath("templates"));
}

} // namespace

const char *reportHelp()
{
    return R"(tertial-cli report DB --kommun K --namnd N --year Y --month M --kind SORT --out FIL
                   [--dnr TEXT] [--mallar MAPP | --template FIL] [--utan-sidnummer]
                   [--andringar-sedan DNR]

Skriver ett rapportutkast för nämnden: alla tabeller, diagram, statussymboler och
standardmeningar från databasen, och platshållare [Skriv: ...] där en människa
ska skriva. Filformatet väljs av filändelsen: .docx (Word), .odt, .pdf eller .html.

  --kommun K   kommunkoden, fyra siffror (0182)
  --namnd N    nämndens kod (SOCN)
  --year Y     budgetåret
  --month M    rapportmånaden 1-12 (perioden januari-M)
  --kind SORT  manad (månadsrapport), tertial (tertialrapport),
               delar (delårsrapport) eller ar (årsredovisning)
  --out FIL    utkastets fil
  --dnr TEXT   diarienumret på försättsbladet (annars en platshållare)
  --mallar MAPP  mappen med mallar per kommun (standard: programmets mallar)
  --template FIL  en mallfil (template.json, se docs/reports.md): avsnitt,
               rubriker, tabellernas kolumner, standardmeningarnas ordalydelse
               och referensdokumentet för Word-formaten
  --andringar-sedan DNR  bilaga "Ändringar sedan beslut": varje värde som har
               ändrats sedan beslutet DNR (se tertial-cli diff)
  --utan-sidnummer  lägg inte ut dokumentet för innehållsförteckningens sidnummer
               (annars, för .docx: med LibreOffice när det finns installerat, några
               sekunder; utan det ber dokumentet Word att uppdatera förteckningen)
)";
}

int runReport(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 1) {
        err << "tertial-cli report: ange en databasfil\n" << reportHelp();
        return 2;
    }
    Reports::ReportRequest request;
    auto kommun = args.required("--kommun");
    auto namnd = args.required("--namnd");
    auto year = args.integer("--year", 2000, 2100);
    auto month = args.integer("--month", 1, 12);
    auto kind = args.required("--kind");
    auto file = args.required("--out");
    for (const auto *problem : {&kommun, &namnd, &kind, &file})
        if (!*problem) {
            err << "tertial-cli report: " << problem->error().message << '\n';
            return 2;
        }
    for (const auto *problem : {&year, &month})
        if (!*problem) {
            err << "tertial-cli report: " << problem->error().message << '\n';
            return 2;
        }
    if (!Reports::parseKind(*kind, request.kind)) {
        err << "tertial-cli report: --kind " << *kind << ": okänd rapportsort, förväntade manad, tertial, delar eller ar\n";
        return 2;
    }
    request.kommun = *kommun;
    request.namnd = *namnd;
    request.year = *year;
    request.month = *month;
    request.diarienummer = args.option("--dnr").value_or(std::string());

    auto store = Storage::openStore(args.positional.front());
    if (!store) {
        err << "tertial-cli report: " << store.error().message << '\n';
        return 1;
    }
    if (auto refused = databaseFileNamed(*file)) {
        err << "tertial-cli report: " << refused->message << '\n';
        return 1;
    }
    Reports::ReportJobSettings settings;
    settings.request = request;
    settings.templateIsFile = args.option("--template").has_value();
    settings.templateSource = settings.templateIsFile ? *args.option("--template")
                                                      : args.option("--mallar").value_or(defaultTemplateRoot());
    settings.changesSince = args.option("--andringar-sedan").value_or(std::string());
    settings.layOutPages = !args.has("--utan-sidnummer");
    Reports::ReportJob job(std::move(settings));
    if (auto built = job.build(**store); !built) {
        err << "tertial-cli report: " << built.error().message << '\n';
        return 1;
    }

    // Charts are drawn with QCustomPlot widgets and ODT/PDF lay text out with Qt's fonts: both
    // need a QApplication (offscreen in a batch job, never shown).
    std::unique_ptr<QApplication> app;
    if (!QApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "tertial-cli";
        static char *argv[] = {name, nullptr};
        app = std::make_unique<QApplication>(argc, argv);
    }
    while (job.drawNextChart()) {
    }
    auto written = job.write(*file);
    for (const std::string &warning : job.warnings())
        err << "tertial-cli report: " << warning << "; innehållsförteckningen får sidnummer när den uppdateras i Word\n";
    if (!written) {
        err << "tertial-cli report: " << written.error().message << '\n';
        return 1;
    }
    out << "Skrev " << Reports::kindName(request.kind) << " för " << job.data().namnd.name << " till " << *file << '\n';
    return 0;
}

} // namespace Tertial::Cli
