// SPDX-License-Identifier: GPL-3.0-or-later
// The report document: sections, paragraphs, tables and chart slots as data, walked by the renderers.
#pragma once

#include "core/indicatorstatus.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace Tertial::Reports {

enum class ReportKind {
    Month,   // månadsrapport (seed 002)
    Tertial, // tertialrapport (seed 001)
    Interim, // delårsrapport (seed 003)
    Annual,  // årsredovisning (seed 000)
};

// The cover page (försättsblad).
struct Cover final
{
    std::string kommun;       // "Nacka kommun"
    std::string namnd;        // "Socialnämnden"
    std::string title;        // "Månadsrapport oktober 2017"
    std::string period;       // "Januari–oktober 2017"
    std::string diarienummer; // "DNR SOCN 2019/337", or a placeholder
};

// A heading of level 1..3. `numbered` says it takes part in the outline numbering; the number
// itself ("2.1") is the renderer's, by the template (headingnumbers.h).
struct Heading final
{
    int level = 1;
    bool numbered = false;
    std::string text;
};

struct Paragraph final
{
    enum class Kind {
        Body,        // running text (a standard sentence)
        Lead,        // a bold lead line ("Periodens resultat -3,7 miljoner kronor")
        Comment,     // the controller's comment, carried from the database
        Placeholder, // where a person must write: "[Skriv: händelser av väsentlig betydelse]"
        Note,        // a small note under a table
    };
    Kind kind = Kind::Body;
    std::string text;
};

// A header cell spanning `span` columns (the seeds group "Ack utfall 2017" over three columns).
struct HeaderCell final
{
    std::string text;
    int span = 1;
};

struct TableRow final
{
    enum class Kind { Normal, Subtotal, Total };
    TableRow() = default;
    TableRow(std::vector<std::string> cells_, Kind kind_ = Kind::Normal, int indent_ = 0,
             std::optional<Core::IndicatorStatus> status_ = std::nullopt)
        : cells(std::move(cells_)), kind(kind_), indent(indent_), status(status_)
    {
    }
    std::vector<std::string> cells; // display text, numbers already sv-SE formatted
    Kind kind = Kind::Normal;
    int indent = 0;                 // tree depth below the top level
    // The status the row's Symbol cell shows: renderers colour that cell by it (never by the
    // glyph, which a template may give to two statuses).
    std::optional<Core::IndicatorStatus> status;
};

enum class ColumnKind {
    Text,   // left aligned
    Number, // right aligned sv-SE number
    Symbol, // a status symbol (● ◆ ■), centred and coloured by the row's status (TableRow::status)
};

struct Table final
{
    std::string caption;                          // shown above the table
    std::vector<std::vector<HeaderCell>> header;  // header rows, repeated on every page
    std::vector<ColumnKind> columns;              // one per column
    std::vector<TableRow> rows;
    std::vector<double> widths;                   // relative column widths; empty: by the column kinds
};

struct ChartSeries final
{
    std::string name;
    std::vector<double> values; // one per category; NaN = no value
};

// A chart as data: the renderer asks the chart builders for an image of it.
struct ChartSlot final
{
    enum class Kind {
        Bars,   // volumes per category
        Lines,  // volumes per month
        Budget, // budget / utfall / prognos per verksamhet; series in tkr, exact (budgetSeriesNames)
        Percent, // percentages per month, `months` counted on from january of `year` (13 = january the year after)
    };
    std::string id;                      // stable name, used for the image file in the DOCX
    Kind kind = Kind::Bars;
    std::string title;
    std::string altText;                 // alternativtext for screen readers
    std::string valueAxis;               // "Antal dygn"
    std::vector<std::string> categories; // x axis
    std::vector<ChartSeries> series;
    std::string subject;                 // whose figures ("Barn och unga 0-20 år"), for the chart builders
    std::string measure;                 // what is counted ("dygn"), for the chart builders
    int year = 0;                        // the categories' year
    int month = 0;                       // Budget: the reporting month
    std::vector<int> months;             // the month each category ends in (1..12)
};

// The series of a Budget chart slot, in this order.
inline constexpr const char *budgetSeriesNames[] = {"Periodens budget", "Utfall", "Budgetavvikelse",
                                                    "Budget helår", "Prognos", "Prognosavvikelse"};

using Block = std::variant<Heading, Paragraph, Table, ChartSlot>;

struct ReportDocument final
{
    ReportKind kind = ReportKind::Month;
    Cover cover;
    std::vector<Block> blocks;
};

// "manad", "tertial", "delar", "ar" (the CLI's --kind)
std::string kindCode(ReportKind kind);
bool parseKind(const std::string &code, ReportKind &kind);
// "Månadsrapport", "Tertialrapport", "Delårsrapport", "Årsredovisning"
std::string kindName(ReportKind kind);

// A canonical plain-text dump of the document for golden tests: one line per block or row, no
// formatting, the same bytes for the same document on every machine. Numbered headings show
// their outline number with the default numbering (1, 1.1, 1.1.1), whatever a template prints.
std::string canonicalText(const ReportDocument &document);

} // namespace Tertial::Reports
