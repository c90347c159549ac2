// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer.
#include "csvwriter.h"

namespace Tertial::Io {

void appendCsvRecord(std::string &out, const std::vector<std::string> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ';';
        const std::string &field = fields[i];
        const bool quote = field.find_first_of(";\"\n\r") != std::string::npos ||
                           (!field.empty() && (field.front() == ' ' || field.back() == ' '));
        if (!quote) {
            out += field;
            continue;
        }
        out += '"';
        for (char c : field) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += '\n';
}

} // namespace Tertial::Io
