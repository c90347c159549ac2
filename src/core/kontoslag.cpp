// SPDX-License-Identifier: GPL-3.0-or-later
// Kontoslag codes and names.
#include "kontoslag.h"

#include <string>

namespace Tertial::Core {
namespace {

struct KontoslagText
{
    std::string_view code;
    std::string_view name;
};

// Same order as the enum.
constexpr std::array<KontoslagText, 11> texts = {{
    {"avgifter", "Avgifter"},
    {"bidrag_intakt", "Bidrag"},
    {"forsaljning", "Försäljning av verksamhet"},
    {"ovriga_intakter", "Övriga intäkter"},
    {"personal", "Personal"},
    {"lokaler", "Lokaler"},
    {"kop_av_verksamhet", "Köp av verksamhet"},
    {"bemanningsforetag", "Köp från bemanningsföretag"},
    {"kapitalkostnader", "Kapitalkostnader"},
    {"bidrag_kostnad", "Bidrag"},
    {"ovriga_kostnader", "Övriga kostnader"},
}};

} // namespace

bool isIncome(Kontoslag kontoslag)
{
    return static_cast<int>(kontoslag) <= static_cast<int>(Kontoslag::OtherIncome);
}

std::string_view kontoslagCode(Kontoslag kontoslag)
{
    return texts[static_cast<std::size_t>(kontoslag)].code;
}

std::string_view kontoslagName(Kontoslag kontoslag)
{
    return texts[static_cast<std::size_t>(kontoslag)].name;
}

Result<Kontoslag> parseKontoslag(std::string_view code)
{
    for (const Kontoslag kontoslag : allKontoslag) {
        if (kontoslagCode(kontoslag) == code)
            return kontoslag;
    }
    return fail(ErrorCode::InvalidInput,
                "okänt kontoslag \"" + std::string(code)
                    + "\": väntade avgifter, bidrag_intakt, forsaljning, ovriga_intakter, personal, "
                      "lokaler, kop_av_verksamhet, bemanningsforetag, kapitalkostnader, "
                      "bidrag_kostnad eller ovriga_kostnader");
}

} // namespace Tertial::Core
