// SPDX-License-Identifier: GPL-3.0-or-later
// Outline numbers of the headings, counted the way Word counts a multilevel list.
#include "headingnumbers.h"

namespace Tertial::Reports {

std::vector<std::string> headingNumbers(const ReportDocument &document, const HeadingNumbering &numbering)
{
    std::vector<std::string> numbers(document.blocks.size());
    if (!numbering.enabled)
        return numbers;
    std::vector<int> counters(3, 0);
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const auto *heading = std::get_if<Heading>(&document.blocks[i]);
        if (!heading || !heading->numbered || heading->level > numbering.levels)
            continue;
        const auto level = static_cast<std::size_t>(heading->level);
        ++counters[level - 1];
        for (std::size_t deeper = level; deeper < counters.size(); ++deeper)
            counters[deeper] = 0;
        numbers[i] = headingLabel(numbering, std::vector<int>(counters.begin(), counters.begin() + static_cast<long>(level)));
    }
    return numbers;
}

} // namespace Tertial::Reports
