// SPDX-License-Identifier: GPL-3.0-or-later
// A municipality's report template: fonts, colours, heading numbering, status symbols, signs.
#pragma once

#include "core/deviation.h"
#include "core/error.h"
#include "core/indicatorstatus.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Reports {

// How headings are numbered ("2.1 Ekonomisk tabell"). The document model only marks a heading
// as numbered; every renderer numbers it by these settings (DOCX through Word's own list
// numbering, numbering.xml), so a template decides and the renderers agree.
struct HeadingNumbering final
{
    bool enabled = true;
    int levels = 3;               // headings deeper than this are never numbered
    std::string separator = "."; // between the levels' numbers
    bool trailingDot = false;     // "2.1." instead of "2.1"
};

// The template's logo, read once from its folder.
struct LogoImage final
{
    std::string png;
    int widthPixels = 0;
    int heightPixels = 0;
};

struct StatusSymbol final
{
    std::string symbol; // "●"
    std::string colour; // "2E7D32" (RRGGBB)
    std::string label;  // "uppnått"
};

struct ReportTemplate final
{
    std::string name = "default";
    std::string bodyFont = "DejaVu Sans";
    std::string headingFont = "DejaVu Sans";
    std::string headingColour = "1F3864";
    std::string accentColour = "D9E2F3"; // table header shading
    HeadingNumbering numbering;
    // Seed 003 (Huddinge) prints costs and net costs as positive numbers: display only.
    bool costsPositive = false;
    Core::PercentBase percentBase = Core::PercentBase::Budget;
    std::string logo;              // a PNG file in the template folder, empty: none
    double logoWidthCm = 4.0;      // on the cover
    bool logoInHeader = false;     // also in the page header of every page after the cover
    double headerLogoWidthCm = 2.5;
    StatusSymbol met{"\u25CF", "2E7D32", "uppnått"};
    StatusSymbol partlyMet{"\u25C6", "F9A825", "delvis uppnått"};
    StatusSymbol notMet{"\u25A0", "C62828", "ej uppnått"};
    StatusSymbol missing{"\u25CB", "757575", "saknas"};

    const StatusSymbol &symbolFor(Core::IndicatorStatus status) const;
    std::string folder; // where it was read from (for the logo)
    std::string logoPng; // the logo's bytes, read with the template (the folder may be gone by rendering)
};

// The label of a numbered heading at `level` with the counters of levels 1..level: "2.1".
std::string headingLabel(const HeadingNumbering &numbering, const std::vector<int> &counters);

// The logo's PNG bytes and size; nullopt when the template has none or it cannot be read.
std::optional<LogoImage> loadLogo(const ReportTemplate &style);

// Reads `<root>/<kommun>/template.json`, else `<root>/default/template.json`, else the built-in
// defaults. Keys left out of a file keep the default. A logo named but missing is an error.
Core::Result<ReportTemplate> loadTemplate(const std::string &root, const std::string &kommun);

} // namespace Tertial::Reports
