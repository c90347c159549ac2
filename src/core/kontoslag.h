// SPDX-License-Identifier: GPL-3.0-or-later
// Kontoslag: the optional second dimension of the figures (domain.md §2, docs/formats.md).
#pragma once

#include "error.h"

#include <array>
#include <string_view>

namespace Tertial::Core {

enum class Kontoslag {
    // intäkter
    Fees,            // avgifter
    GrantsIncome,    // bidrag (intäkt)
    Sales,           // försäljning av verksamhet
    OtherIncome,     // övriga intäkter
    // kostnader
    Personnel,       // personal
    Premises,        // lokaler
    PurchasedServices, // köp av verksamhet
    StaffingAgencies,  // köp från bemanningsföretag
    CapitalCosts,    // kapitalkostnader
    GrantsCost,      // bidrag (kostnad)
    OtherCosts,      // övriga kostnader
};

inline constexpr std::array<Kontoslag, 11> allKontoslag = {
    Kontoslag::Fees, Kontoslag::GrantsIncome, Kontoslag::Sales, Kontoslag::OtherIncome,
    Kontoslag::Personnel, Kontoslag::Premises, Kontoslag::PurchasedServices,
    Kontoslag::StaffingAgencies, Kontoslag::CapitalCosts, Kontoslag::GrantsCost,
    Kontoslag::OtherCosts,
};

bool isIncome(Kontoslag kontoslag);
std::string_view kontoslagCode(Kontoslag kontoslag); // "kop_av_verksamhet"
std::string_view kontoslagName(Kontoslag kontoslag); // "Köp av verksamhet"
Result<Kontoslag> parseKontoslag(std::string_view code);

} // namespace Tertial::Core
