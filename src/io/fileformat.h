// SPDX-License-Identifier: GPL-3.0-or-later
// The file kinds of docs/formats.md and their headers; a file is recognised by its header.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Io {

enum class FileKind {
    Figures,         // sifferfil
    Kommuner,        // kommunlista
    Namnder,         // nämnder
    Verksamheter,    // verksamheter
    ForecastMethods, // prognosmetoder
    Volumes,         // volymer
    Indicators,      // indikatorer
    IndicatorValues, // indikatorvärden
    Actions,         // åtgärdsplan
    Investments,     // investeringar
    StateGrants,     // statsbidrag
    Comments,        // kommentarer
    Personnel,       // personal
    StatusOverrides, // statusöverstyrningar
};

struct FileFormat final
{
    FileKind kind;
    std::string_view name;             // Swedish, for messages: "sifferfil"
    std::vector<std::string> required; // in the documented order
    std::vector<std::string> optional;
};

const std::vector<FileFormat> &fileFormats();
const FileFormat &fileFormat(FileKind kind);

// "kommun;nämnd;...;enhet[;kontoslag]"
std::string headerText(const FileFormat &format);

} // namespace Tertial::Io
