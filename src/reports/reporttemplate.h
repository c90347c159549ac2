// SPDX-License-Identifier: GPL-3.0-or-later
// A municipality's report template: fonts, colours, heading numbering, status symbols, signs.
#pragma once

#include "core/deviation.h"
#include "core/error.h"
#include "core/indicatorstatus.h"

#include <map>
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

// One column of a bound table: which value, its header and the group header above it (columns
// in a row with the same group share one spanning header cell, "Ack utfall 2017").
struct ColumnSpec final
{
    std::string value;  // a key of the table's column catalogue ("utfall_netto")
    std::string header; // empty: the catalogue's header
    std::string group;  // empty: no group row cell
};

// One item of a report kind's layout, in document order (docs/reports.md "Mallens avsnitt").
struct LayoutItem final
{
    enum class Kind {
        Heading,     // {"heading": "Ekonomi", "level": 1, "numbered": true}
        Placeholder, // {"placeholder": "händelser av väsentlig betydelse"}
        Text,        // {"text": "fixed wording with {nämnd}"}
        Bound,       // {"block": "economicTable", ...}: bound data (tables, charts, sentences, registers)
    };
    Kind kind = Kind::Bound;
    std::string text; // the heading, placeholder or text; a block's name
    int level = 1;
    bool numbered = true;
    std::map<std::string, std::string> options; // a block's scalar options (caption, level, ...)
    std::vector<ColumnSpec> columns;            // a table block's columns; empty: its default
    std::string where;                          // "reports.delar.sections[4]" for messages
};

// The layout of one report kind: the cover title and the items.
struct KindLayout final
{
    std::string title; // "Månadsrapport {månad} {år}"
    std::vector<LayoutItem> items;
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
    StatusSymbol noTarget{"\u2013", "757575", "inget mål"};

    // The symbol, colour and label of a status: chosen by the status, never by its glyph.
    const StatusSymbol &symbolFor(Core::IndicatorStatus status) const;
    // The text of a status cell: the symbol, followed by its label when the template gives the
    // same glyph to another status (Nacka's ■ is both ej uppnått and saknas), so that the text
    // tells them apart as well as the colour.
    std::string statusCellText(Core::IndicatorStatus status) const;
    // Per report kind ("manad", "tertial", "delar", "ar"); a kind the file leaves out takes the
    // built-in default template's layout.
    std::map<std::string, KindLayout> layouts;
    // Standard sentences in the kommun's wording (keys in docs/reports.md); absent: the core's.
    std::map<std::string, std::string> sentences;
    // How sentence amounts are written: "miljoner kronor", "miljoner" or "mnkr".
    std::string amountWords = "miljoner kronor";
    // A DOCX whose styles (fonts, headings, table style) and page margins the drafts take, as
    // pandoc's reference-doc; empty: the plain styles written from the keys above.
    std::string referenceDocx;
    std::string referenceStylesXml; // its word/styles.xml, read with the template
    std::string referencePageSize;  // its <w:pgSz/>, empty: A4
    std::string referenceMargins;   // its <w:pgMar/>, empty: Tertial's

    const KindLayout &layoutFor(const std::string &kindCode) const;
    std::string folder; // where it was read from (for the logo)
    std::string file;   // the template file itself
    std::string logoPng; // the logo's bytes, read with the template (the folder may be gone by rendering)
};

// The label of a numbered heading at `level` with the counters of levels 1..level: "2.1".
std::string headingLabel(const HeadingNumbering &numbering, const std::vector<int> &counters);

// The logo's PNG bytes and size; nullopt when the template has none or it cannot be read.
std::optional<LogoImage> loadLogo(const ReportTemplate &style);

// Reads `<root>/<kommun>/template.json`, else `<root>/default/template.json`, else the built-in
// defaults. Keys left out of a file keep the default. A logo named but missing is an error.
Core::Result<ReportTemplate> loadTemplate(const std::string &root, const std::string &kommun);

// Reads one template file (`--template FILE`); its logo and reference DOCX are named relative to
// its folder. Errors name the file and the key ("reports.delar.sections[3]").
Core::Result<ReportTemplate> loadTemplateFile(const std::string &path);

// `source` a template file: that file; a folder: loadTemplate(source, kommun) (the CLI's --mallar
// and --template, the report dialog's choice).
Core::Result<ReportTemplate> loadTemplateFrom(const std::string &source, const std::string &kommun);

// The built-in default template (resources/templates/default/template.json compiled in): the
// layouts every template falls back to.
const ReportTemplate &builtinTemplate();

} // namespace Tertial::Reports
