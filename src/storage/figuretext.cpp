// SPDX-License-Identifier: GPL-3.0-or-later
// Names of periods and figures in the audit log and in messages.
#include "figuretext.h"

#include "measure.h"

#include <cstdio>

namespace Tertial::Storage {

std::string periodText(int year, std::optional<int> month)
{
    if (!month || *month == 0)
        return std::to_string(year);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%d-%02d", year, *month);
    return buffer;
}

std::string figureWhat(const std::string &path, const FigureKey &key)
{
    std::string what = (path.empty() ? std::string("(hela nämnden)") : path) + " " + periodText(key.year, key.month) +
                       " " + std::string(measureCode(key.measure));
    if (!key.kontoslag.empty())
        what += " " + key.kontoslag;
    return what;
}

} // namespace Tertial::Storage
