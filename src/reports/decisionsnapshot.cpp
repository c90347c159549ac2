// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot of a decided report as one canonical text, and back.
#include "decisionsnapshot.h"

#include <QByteArray>

#include <charconv>
#include <sstream>

namespace Tertial::Reports {

namespace {

constexpr std::string_view magic = "Tertial beslutsunderlag 1\n";

bool isBinary(const std::string &name)
{
    return name.ends_with(".png") || name.ends_with(".docx") || name.ends_with(".jpg");
}

std::string base64(const std::string &bytes)
{
    return QByteArray::fromStdString(bytes).toBase64().toStdString();
}

void section(std::string &out, const std::string &kind, const std::string &name, const std::string &bytes)
{
    out += "--- " + kind + " " + (name.empty() ? "-" : name) + " " + std::to_string(bytes.size()) + "\n";
    out += bytes;
    out += "\n";
}

Core::Error malformed(const std::string &what)
{
    return Core::Error{Core::ErrorCode::InvalidInput, "beslutsunderlag: " + what + ", förväntade formatet i docs/reports.md"};
}

} // namespace

std::string snapshotText(const DecisionSnapshot &s)
{
    std::string out(magic);
    out += "kommun " + s.request.kommun + "\n";
    out += "nämnd " + s.request.namnd + "\n";
    out += "år " + std::to_string(s.request.year) + "\n";
    out += "månad " + std::to_string(s.request.month) + "\n";
    out += "sort " + kindCode(s.request.kind) + "\n";
    out += "dnr " + s.request.diarienummer + "\n";
    out += "beslutsdatum " + s.decidedOn + "\n";
    std::string pages;
    for (int page : s.headingPages)
        pages += (pages.empty() ? "" : " ") + std::to_string(page);
    out += "sidnummer " + pages + "\n";
    for (const SnapshotFile &file : s.data)
        section(out, file.kind, file.name, file.bytes);
    for (const SnapshotFile &file : s.templateFiles)
        section(out, file.kind, file.name, isBinary(file.name) ? base64(file.bytes) : file.bytes);
    out += "--- slut\n";
    return out;
}

Core::Result<DecisionSnapshot> parseSnapshot(const std::string &text)
{
    if (!text.starts_with(magic))
        return std::unexpected(malformed("rad 1 är inte \"Tertial beslutsunderlag 1\""));
    DecisionSnapshot s;
    std::size_t at = magic.size();
    int line = 1;
    auto nextLine = [&](std::string &out) {
        const std::size_t end = text.find('\n', at);
        if (end == std::string::npos)
            return false;
        out = text.substr(at, end - at);
        at = end + 1;
        ++line;
        return true;
    };
    auto value = [&](const char *key, std::string &out) -> Core::Result<void> {
        std::string row;
        const std::string prefix = std::string(key) + " ";
        if (!nextLine(row) || !(row.starts_with(prefix) || row == key))
            return std::unexpected(malformed("rad " + std::to_string(line) + ": väntade \"" + key + " ...\""));
        out = row.size() > prefix.size() ? row.substr(prefix.size()) : std::string();
        return {};
    };
    std::string year, month, kind, pages;
    for (auto [key, target] : std::initializer_list<std::pair<const char *, std::string *>>{
             {"kommun", &s.request.kommun}, {"nämnd", &s.request.namnd}, {"år", &year}, {"månad", &month},
             {"sort", &kind}, {"dnr", &s.request.diarienummer}, {"beslutsdatum", &s.decidedOn}, {"sidnummer", &pages}})
        if (auto ok = value(key, *target); !ok)
            return std::unexpected(ok.error());
    s.request.year = std::atoi(year.c_str());
    s.request.month = std::atoi(month.c_str());
    if (!parseKind(kind, s.request.kind))
        return std::unexpected(malformed("okänd rapportsort '" + kind + "'"));
    std::istringstream numbers(pages);
    for (int page = 0; numbers >> page;)
        s.headingPages.push_back(page);
    for (;;) {
        std::string header;
        if (!nextLine(header))
            return std::unexpected(malformed("underlaget slutar utan \"--- slut\""));
        if (header == "--- slut")
            break;
        // "--- <kind> <name> <size>"
        const auto first = header.find(' ', 4), last = header.rfind(' ');
        if (!header.starts_with("--- ") || first == std::string::npos || last <= first)
            return std::unexpected(malformed("rad " + std::to_string(line) + ": väntade \"--- sort namn längd\""));
        SnapshotFile file{header.substr(4, first - 4), header.substr(first + 1, last - first - 1), {}};
        if (file.name == "-")
            file.name.clear();
        std::size_t size = 0;
        const auto sizeText = std::string_view(header).substr(last + 1);
        if (std::from_chars(sizeText.data(), sizeText.data() + sizeText.size(), size).ec != std::errc()
            || at + size + 1 > text.size() || text[at + size] != '\n')
            return std::unexpected(malformed("rad " + std::to_string(line) + ": längden " + std::string(sizeText)
                                             + " stämmer inte med innehållet"));
        file.bytes = text.substr(at, size);
        for (char c : file.bytes)
            line += c == '\n';
        at += size + 1;
        ++line;
        if (file.kind == "mall" || file.kind == "mallfil") {
            if (isBinary(file.name))
                file.bytes = QByteArray::fromBase64(QByteArray::fromStdString(file.bytes)).toStdString();
            s.templateFiles.push_back(std::move(file));
        } else {
            s.data.push_back(std::move(file));
        }
    }
    return s;
}

} // namespace Tertial::Reports
