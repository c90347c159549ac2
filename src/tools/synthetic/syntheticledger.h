// SPDX-License-Identifier: GPL-3.0-or-later
// A synthetic ledger export of a large socialnämnd (issue 13 item 8): N account-month rows over
// 120 ansvar, 70 kontos of classes 3–7 (and a few of classes 2 and 8), 5 motparter and 12 months,
// debit-positive, written as CSV (Windows-1252-safe ASCII, ';') or XLSX, with its ansvar mapping.
#pragma once

#include "core/error.h"

#include <cstddef>
#include <string>

namespace Tertial::Tools {

struct SyntheticLedgerSpec
{
    std::size_t rows = 500000;
    int year = 2025;
    unsigned seed = 13;
};

// The export: two title rows, the header Ansvar;Konto;Motpart;Period;Belopp, the rows ordered by
// period, and a Totalt row. XLSX when `path` ends in .xlsx (libxlsxwriter, constant memory).
Core::Result<void> writeSyntheticLedger(const std::string &path, const SyntheticLedgerSpec &spec);
// ansvar;verksamhet for those 120 ansvar: 40 verksamheter in 8 areas ("Område 3 > Enhet 17").
std::string syntheticLedgerAnsvarMapping();
// A figure file (docs/formats.md) of about `rows` rows, to compare the two imports' rates.
std::string syntheticFigureFile(std::size_t rows);

} // namespace Tertial::Tools
