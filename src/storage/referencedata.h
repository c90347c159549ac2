// SPDX-License-Identifier: GPL-3.0-or-later
// The reference data every database carries, compiled in from data/referens/*.csv.
#pragma once

#include "records.h"

#include "core/error.h"

#include <string>
#include <vector>

namespace Tertial::Storage {

class Connection;

// län
struct Lan final
{
    std::string code; // "01"
    std::string name; // "Stockholms län"
};

struct KontoslagEntry final
{
    Kontoslag kontoslag;
    int ordering = 0;
};

// Kolada's ids: kommuner by their 4-digit SCB code, regioner as "00" + länskod (0001 Region
// Stockholm), Riket 0000 (data/README.md says where the lists come from).
struct ReferenceData final
{
    std::vector<Kommun> kommuner; // Riket, the 21 regioner and the 290 kommuner
    std::vector<Lan> lan;         // the 21 län
    std::vector<KontoslagEntry> kontoslag;
};

// Read from the compiled text once (it never changes while the program runs).
const ReferenceData &referenceData();

// Inserts what the database lacks of the reference data; rows it has (perhaps renamed by an
// imported kommun list) stay as they are. Inside the caller's transaction.
Core::Result<void> insertReferenceData(Connection &db);

} // namespace Tertial::Storage
