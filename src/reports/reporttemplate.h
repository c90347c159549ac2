// SPDX-License-Identifier: GPL-3.0-or-later
// A municipality's report template: fonts, colours, heading numbering, status symbols, signs.
#pragma once

#include "core/deviation.h"
#include "core/error.h"
#include "core/indicatorstatus.h"

#include <string>

namespace Tertial::Reports {

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
    bool numberedHeadings = true;
    // Seed 003 (Huddinge) prints costs and net costs as positive numbers: display only.
    bool costsPositive = false;
    Core::PercentBase percentBase = Core::PercentBase::Budget;
    std::string logo; // a PNG file in the template folder, empty: none
    StatusSymbol met{"\u25CF", "2E7D32", "uppnått"};
    StatusSymbol partlyMet{"\u25C6", "F9A825", "delvis uppnått"};
    StatusSymbol notMet{"\u25A0", "C62828", "ej uppnått"};
    StatusSymbol missing{"\u25CB", "757575", "saknas"};

    const StatusSymbol &symbolFor(Core::IndicatorStatus status) const;
    std::string folder; // where it was read from (for the logo)
};

// Reads `<root>/<kommun>/template.json`, else `<root>/default/template.json`, else the built-in
// defaults. Keys left out of a file keep the default.
Core::Result<ReportTemplate> loadTemplate(const std::string &root, const std::string &kommun);

} // namespace Tertial::Reports
