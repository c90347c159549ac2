// SPDX-License-Identifier: GPL-3.0-or-later
// Swedish lists in running text: "a", "a samt b", "a, b samt c"; names as they read mid-sentence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Core {

// Joins items as Swedish prose: no serial comma, the last pair joined by `conjunction`
// ("samt" as the reports write it, or "och"). An empty list gives an empty string.
std::string joinSwedishList(const std::vector<std::string> &items, std::string_view conjunction = "samt");

// A verksamhet name as it reads inside a sentence: the first letter in lower case ("Barn och
// unga" -> "barn och unga"), but an abbreviation stays ("LSS-boende", "IFO") - the first letter
// is lowered only when the second is a lower-case letter. UTF-8 aware for Å, Ä, Ö, É.
std::string inSentence(std::string_view name);

// The first letter in upper case (UTF-8 aware for å, ä, ö, é), to start a sentence.
std::string capitalized(std::string_view text);

} // namespace Tertial::Core
