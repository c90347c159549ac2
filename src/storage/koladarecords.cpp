// SPDX-License-Identifier: GPL-3.0-or-later
// Gender codes and batch merging of the Kolada records.
#include "koladarecords.h"

#include <iterator>

namespace Tertial::Storage {

const char *koladaGenderCode(KoladaGender gender)
{
    switch (gender) {
    case KoladaGender::Total: return "T";
    case KoladaGender::Women: return "K";
    case KoladaGender::Men: return "M";
    }
    return "T";
}

std::optional<KoladaGender> koladaGenderFromCode(const std::string &code)
{
    if (code == "T")
        return KoladaGender::Total;
    if (code == "K")
        return KoladaGender::Women;
    if (code == "M")
        return KoladaGender::Men;
    return std::nullopt;
}

void KoladaBatch::append(KoladaBatch other)
{
    values.insert(values.end(), std::make_move_iterator(other.values.begin()), std::make_move_iterator(other.values.end()));
    kpis.insert(kpis.end(), std::make_move_iterator(other.kpis.begin()), std::make_move_iterator(other.kpis.end()));
    municipalities.insert(municipalities.end(), std::make_move_iterator(other.municipalities.begin()),
                          std::make_move_iterator(other.municipalities.end()));
    groups.insert(groups.end(), std::make_move_iterator(other.groups.begin()), std::make_move_iterator(other.groups.end()));
}

} // namespace Tertial::Storage
