// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the import parsers (figure file and every register, recognised by the header),
// the checks across rows, and the figure file's writer/reader round trip.
// Built twice (fuzz_figures, fuzz_registers): the same code, seeded with different corpora.
#include "fuzztarget.h"

#include "io/csvwriter.h"
#include "io/exporter.h"
#include "io/importreader.h"

#include "core/money.h"

#include <string>
#include <string_view>

using namespace Tertial;

const char *const fuzzDictionary[] = {
    "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet;kontoslag\n",
    "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n",
    "kod;namn;typ;län\n",
    "kommun;nämnd;verksamhet;ordning;memo;periodisering\n",
    "kommun;nämnd;verksamhet;år;månad;insatstyp;mått;värde;månader\n",
    "kommun;nämnd;år;månad;namn;bidrag;erhållet;kostnad;inräknat_budget;inräknat_prognos;enhet\n",
    "0182", "SOCN", "Barn och unga", "2017", "10", "12", "budget", "budget_period", "utfall_intakter",
    "utfall_kostnader", "utfall_netto", "prognos", "kr", "tkr", "mnkr", "personal", "avgifter", "linjär",
    "dagar", "ja", "nej", "-1 234,5", "(1 234)", " > Dygnsvård", " > ", ">", "\"\"", ";;",
    nullptr,
};

namespace {

// Every problem names a place: "file:LINE: ..." with a line of at least 1.
void checkProblem(const std::string &problem, const std::string &file)
{
    fuzzCheck(problem.starts_with(file + ":"), "a problem does not start with the file name");
    std::size_t i = file.size() + 1;
    std::size_t digits = 0;
    while (i < problem.size() && problem[i] >= '0' && problem[i] <= '9') {
        ++i;
        ++digits;
    }
    fuzzCheck(digits > 0 && problem[file.size() + 1] != '0', "a problem names no line");
    fuzzCheck(problem.compare(i, 2, ": ") == 0, "a problem's line is not followed by ': '");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string file = "in.csv";
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    Io::ImportReader reader(Io::ImportReader::standardKontoslag());
    reader.addText(file, bytes);
    reader.checkAcrossRows();
    for (const std::string &problem : reader.problems())
        checkProblem(problem, file);

    // What was accepted is within the documented bounds.
    const Storage::ImportBatch &batch = reader.batch();
    for (const Storage::FigureRow &row : batch.figures)
        fuzzCheck(Core::Money::withinBounds(row.amount), "an amount outside ±10^15 öre was accepted");

    // The figure file's writer and reader agree: accepted figures, written as a figure file in kr,
    // read back the same.
    if (!reader.problems().empty() || batch.figures.empty())
        return 0;
    std::string text;
    Io::appendCsvRecord(text, {"kommun", "nämnd", "verksamhet", "år", "månad", "mått", "belopp", "enhet", "kontoslag"});
    for (const Storage::FigureRow &row : batch.figures)
        Io::appendCsvRecord(text, {row.namnd.kommun, row.namnd.namnd, row.path, std::to_string(row.year),
                                   row.month ? std::to_string(*row.month) : std::string(),
                                   std::string(Storage::measureCode(row.measure)), Io::exportAmount(row.amount), "kr",
                                   row.kontoslag});
    Io::ImportReader again(Io::ImportReader::standardKontoslag());
    again.addText(file, text);
    fuzzCheck(again.problems().empty(), "figures written by the writer are refused by the reader");
    fuzzCheck(again.batch().figures.size() == batch.figures.size(), "the round trip changed the row count");
    for (std::size_t i = 0; i < batch.figures.size(); ++i) {
        const Storage::FigureRow &a = batch.figures[i];
        const Storage::FigureRow &b = again.batch().figures[i];
        fuzzCheck(a.namnd.kommun == b.namnd.kommun && a.namnd.namnd == b.namnd.namnd && a.path == b.path &&
                      a.kontoslag == b.kontoslag && a.year == b.year && a.month == b.month && a.measure == b.measure &&
                      a.amount == b.amount,
                  "the round trip changed a figure");
    }
    return 0;
}
