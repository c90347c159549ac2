// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger import (tertial-cli import-erp, Arkiv › Importera från ekonomisystemet…): reads an ERP
// export row by row, maps konto and ansvar, turns debit-positive amounts into canonical signs and
// sums them per verksamhet × kontoslag × month × version; then writes them in one transaction.
#pragma once

#include "ledgercolumns.h"
#include "ledgertable.h"

#include "storage/ledger.h"
#include "storage/store.h"

#include "core/error.h"
#include "core/money.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Tertial::Io {

struct LedgerOptions final
{
    std::string kommun;
    std::string namnd;
    std::string sheet;                  // XLSX sheet; empty = the first
    std::optional<std::string> ansvarFile;    // ansvar;verksamhet, stored for the next import
    std::optional<std::string> kontoslagFile; // konto_fran;konto_till;kontoslag, stored likewise
    // Mappings given directly (the workbench's dialog edits them in place); win over the files.
    std::optional<std::vector<Storage::AnsvarRule>> ansvar;
    std::optional<std::vector<Storage::KontoRange>> konton;
    std::map<LedgerRole, std::string> columns; // role -> header text, over the recognised names
};

// A code the mappings do not know, with how much of the file it holds.
struct UnmappedCode final
{
    std::string code;
    std::size_t rows = 0;
    Core::Money sum; // as in the file (debit-positive)
    int firstLine = 0;
};

// A row skipped because it has no konto: a Totalt or subtotal line.
struct SkippedRow final
{
    int line = 0;
    std::string label;  // its first text ("Totalt")
    Core::Money sum;    // its amounts as in the file
    bool isFileTotal = false; // equals the sum of every row with a konto (the file's total)
};

struct LedgerReport final
{
    TableInfo table;
    LedgerLayout layout;
    std::vector<TableRow> firstRows;     // the file's first rows, header included, for a preview
    bool versionAssumed = false;          // no version anywhere: every amount read as utfall

    std::size_t dataRows = 0;             // rows below the header
    std::size_t importedRows = 0;
    Core::Money importedSum;              // as in the file
    std::vector<SkippedRow> withoutKonto;
    std::size_t withoutKontoRows = 0;
    Core::Money withoutKontoSum;
    std::map<int, std::size_t> classRows; // konto class (1, 2, 8, 9, 0) -> rows skipped
    std::size_t classSkippedRows = 0;
    Core::Money classSkippedSum;
    Core::Money kontoTotal;               // every amount of every row with a konto

    std::vector<UnmappedCode> unmappedKonton; // classes 3–7 without a kontoslag
    std::vector<UnmappedCode> unmappedAnsvar;
    std::vector<std::string> problems;        // bad cells, each naming its place

    std::vector<Storage::KontoRange> konton;  // the mappings used
    std::vector<Storage::AnsvarRule> ansvar;
    bool kontonFromDefault = false;
    Storage::LedgerImport import;             // what apply() writes

    bool refused() const { return !problems.empty() || !unmappedKonton.empty() || !unmappedAnsvar.empty(); }
    // Every reason for refusing, one per line; empty when the import may be written.
    std::string refusal() const;
};

class LedgerImporter final
{
public:
    explicit LedgerImporter(Storage::Store &store);

    // Reads and checks the file without writing anything. A file that cannot be read at all is
    // an error; everything else (unmapped codes, bad cells) is in the report.
    Core::Result<LedgerReport> read(const std::string &path, const LedgerOptions &options,
                                    const std::function<void(std::size_t rows)> &progress = {});
    // Writes a report that is not refused, in one transaction.
    Core::Result<Storage::LedgerSummary> apply(const LedgerReport &report, const std::string &reason);

private:
    Storage::Store &m_store;
};

// The summary the CLI prints and the dialog shows, in Swedish, one fact per line; it says that
// imported + skipped = the file's total.
std::string ledgerSummaryText(const LedgerReport &report, const std::optional<Storage::LedgerSummary> &written);

} // namespace Tertial::Io
