// SPDX-License-Identifier: GPL-3.0-or-later
// The header rows and column choice shared by the tables whose columns a template names.
#include "tablecolumns.h"

namespace Tertial::Reports::Sections {

const std::vector<std::string_view> &investmentColumnKeys()
{
    static const std::vector<std::string_view> keys{
        "budget",     "prognos",     "prognosavvikelse", "budget_period", "utfall",      "budgetavvikelse",
        "inkomster",  "utgifter",    "prognos_ar1",      "prognos_ar2",   "prognos_ar3", "prognos_senare",
        "totalt",
    };
    return keys;
}

const std::vector<std::string_view> &stateGrantColumnKeys()
{
    static const std::vector<std::string_view> keys{"bidrag", "erhallet", "kostnad", "netto", "inraknat_budget",
                                                    "inraknat_prognos"};
    return keys;
}

const std::vector<std::string_view> &indicatorColumnKeys()
{
    static const std::vector<std::string_view> keys{"status", "indikator", "enhet", "utfall_fg2_ar",
                                                    "utfall_fg_ar", "utfall", "mal"};
    return keys;
}

void setHeader(Table &table, const std::string &first, bool withFirst, const std::vector<ColumnSpec> &columns)
{
    bool grouped = false;
    for (const ColumnSpec &spec : columns)
        grouped = grouped || !spec.group.empty();
    std::vector<HeaderCell> groups;
    std::vector<HeaderCell> headers;
    if (withFirst) {
        groups.push_back({first, 1});
        headers.push_back({grouped ? std::string() : first, 1});
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0 && columns[i - 1].group == columns[i].group)
            ++groups.back().span;
        else
            groups.push_back({columns[i].group, 1});
        headers.push_back({columns[i].header, 1});
    }
    if (grouped)
        table.header.push_back(std::move(groups));
    table.header.push_back(std::move(headers));
}

const std::vector<ColumnSpec> &chosenColumns(const LayoutItem &item, const std::vector<ColumnSpec> &defaults)
{
    return item.columns.empty() ? defaults : item.columns;
}

} // namespace Tertial::Reports::Sections
