// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpman.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>

namespace Tertial::Packaging {
namespace {

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::size_t indentOf(const std::string &line)
{
    const std::size_t first = line.find_first_not_of(' ');
    return first == std::string::npos ? line.size() : first;
}

std::string trim(const std::string &text)
{
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

bool startsWithCaseless(const std::string &text, const std::string &prefix)
{
    if (text.size() < prefix.size())
        return false;
    return std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
}

// "Användning: x" / "Usage: x" -> "x".
std::optional<std::string> usageLine(const std::string &line)
{
    for (const char *prefix : {"Användning: ", "Usage: "})
        if (line.starts_with(prefix))
            return line.substr(std::string(prefix).size());
    return std::nullopt;
}

bool isHeading(const std::string &line)
{
    return !line.empty() && line[0] != ' ' && line.back() == ':' && line.find(' ') == std::string::npos;
}

struct Item
{
    std::size_t indent = 0;
    std::string term;
    std::string description; // may be empty: then the next line carries it
};

// "  TERM  description": indent 1..6, a term, a gap of at least two spaces, a description.
std::optional<Item> itemLine(const std::string &line)
{
    const std::size_t indent = indentOf(line);
    if (indent == 0 || indent > 6 || indent >= line.size())
        return std::nullopt;
    const std::size_t gap = line.find("  ", indent);
    if (gap == std::string::npos)
        return Item{indent, line.substr(indent), {}};
    const std::size_t description = line.find_first_not_of(' ', gap);
    return Item{indent, line.substr(indent, gap - indent), line.substr(description)};
}

// An item's term with option names bold and placeholders (DB, FIL, K, ...) italic.
std::string formatTerm(const std::string &term)
{
    std::istringstream words(term);
    std::string out;
    bool first = true;
    for (std::string word; words >> word;) {
        if (!out.empty())
            out += ' ';
        const bool placeholder = std::any_of(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }) &&
                                 std::none_of(word.begin(), word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
        if (word.starts_with('-') || (first && !placeholder))
            out += "\\fB" + escapeRoff(word) + "\\fR";
        else if (placeholder)
            out += "\\fI" + escapeRoff(word) + "\\fR";
        else
            out += escapeRoff(word);
        first = false;
    }
    return out;
}

// A synopsis line: the program name bold, the rest as it is.
std::string formatSynopsis(const std::string &line, const std::string &name)
{
    std::string text = trim(line);
    if (text.starts_with(name + " ") || text == name)
        return "\\fB" + escapeRoff(name) + "\\fR" + escapeRoff(text.substr(name.size()));
    return escapeRoff(text);
}

// The body of a help text (after the lines the caller took), as man macros.
std::string convertBody(const std::vector<std::string> &lines, bool headingsAreSections)
{
    std::ostringstream out;
    enum class Mode { None, Paragraph, Item, Verbatim } mode = Mode::None;
    std::size_t itemIndent = 0;
    auto close = [&] {
        if (mode == Mode::Verbatim)
            out << ".fi\n.RE\n";
        mode = Mode::None;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string &line = lines[i];
        if (trim(line).empty()) {
            close();
            continue;
        }
        const std::size_t indent = indentOf(line);
        if (indent == 0) {
            if (isHeading(line)) {
                close();
                const std::string title = line.substr(0, line.size() - 1);
                if (headingsAreSections) {
                    std::string upper;
                    for (std::size_t k = 0; k < title.size(); ++k)
                        upper += (static_cast<unsigned char>(title[k]) < 0x80)
                                     ? static_cast<char>(std::toupper(static_cast<unsigned char>(title[k])))
                                     : title[k];
                    out << ".SH \"" << escapeRoff(upper) << "\"\n";
                } else {
                    out << ".PP\n\\fB" << escapeRoff(title) << "\\fR\n";
                }
                continue;
            }
            if (mode != Mode::Paragraph) {
                close();
                out << ".PP\n";
                mode = Mode::Paragraph;
            }
            out << escapeRoff(line) << '\n';
            continue;
        }
        // Indented further than the item it follows: more of its description. A line broken
        // after ';' (a CSV header) joins the next without a space (\c).
        if (mode == Mode::Item && indent > itemIndent + 2) {
            std::string text = out.str();
            if (text.ends_with(";\n")) {
                text.insert(text.size() - 1, "\\c");
                out.str(text);
                out.seekp(0, std::ios::end);
            }
            out << escapeRoff(trim(line)) << '\n';
            continue;
        }
        if (auto item = itemLine(line)) {
            // Terms alone on their lines at one indent, then the description indented further:
            // one item with several tags ("server revoke ... --role R", "server revoke ... --namnd N").
            std::size_t last = i;
            if (item->description.empty())
                while (last + 1 < lines.size() && indentOf(lines[last + 1]) == item->indent &&
                       itemLine(lines[last + 1]) && itemLine(lines[last + 1])->description.empty())
                    ++last;
            const bool nextContinues = last + 1 < lines.size() && !trim(lines[last + 1]).empty() &&
                                       indentOf(lines[last + 1]) > item->indent + 2;
            if (!item->description.empty() || nextContinues) {
                if (mode == Mode::Verbatim)
                    close();
                out << ".TP\n" << formatTerm(item->term) << '\n';
                for (std::size_t k = i + 1; k <= last; ++k)
                    out << ".TQ\n" << formatTerm(itemLine(lines[k])->term) << '\n';
                if (!item->description.empty())
                    out << escapeRoff(item->description) << '\n';
                mode = Mode::Item;
                itemIndent = item->indent;
                i = last;
                continue;
            }
        }
        if (mode != Mode::Verbatim) {
            close();
            out << ".RS\n.nf\n";
            mode = Mode::Verbatim;
        }
        out << escapeRoff(trim(line)) << '\n';
    }
    close();
    return out.str();
}

struct Titles
{
    const char *name, *synopsis, *description, *commands, *seeAlso;
};

Titles titlesFor(const std::string &language)
{
    if (language == "en")
        return {"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "SEE ALSO"};
    return {"NAMN", "SYNOPSIS", "BESKRIVNING", "KOMMANDON", "SE ÄVEN"};
}

// A command's text: its synopsis (the lines before the first blank one, continuation lines
// joined) and the rest.
std::pair<std::vector<std::string>, std::vector<std::string>> splitCommand(const std::vector<std::string> &lines)
{
    std::vector<std::string> synopsis, body;
    std::size_t i = 0;
    for (; i < lines.size() && !trim(lines[i]).empty(); ++i) {
        if (indentOf(lines[i]) > 0 && !synopsis.empty())
            synopsis.back() += " " + trim(lines[i]);
        else
            synopsis.push_back(trim(lines[i]));
    }
    body.assign(lines.begin() + static_cast<std::ptrdiff_t>(i), lines.end());
    return {synopsis, body};
}

} // namespace

std::string escapeRoff(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '-' || text[i - 1] == '[' ||
                                text[i - 1] == '(' || text[i - 1] == '"' || text[i - 1] == '/')) {
            out += "\\-"; // an option's dash, not a hyphen inside a word
        } else if (c == ';' && i + 1 < text.size() && text[i + 1] != ' ') {
            out += ";\\:"; // a CSV header may break after each field, not only at spaces
        } else {
            out += c;
        }
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\''))
        out.insert(0, "\\&");
    return out;
}

std::vector<std::string> listedVerbs(const std::string &overview)
{
    std::vector<std::string> verbs;
    for (const std::string &line : splitLines(overview)) {
        if (indentOf(line) != 2 || line.size() < 3 || !std::islower(static_cast<unsigned char>(line[2])))
            continue;
        const std::size_t end = line.find(' ', 2);
        const std::string word = line.substr(2, end == std::string::npos ? std::string::npos : end - 2);
        if (std::all_of(word.begin(), word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) || c == '-'; }) &&
            std::find(verbs.begin(), verbs.end(), word) == verbs.end())
            verbs.push_back(word);
    }
    return verbs;
}

std::string manPage(const ManPageInput &input)
{
    const Titles titles = titlesFor(input.language);
    std::vector<std::string> lines = splitLines(input.overview);

    // NAME: the first "name: summary" line; SYNOPSIS: the usage lines. Both leave the body.
    std::string summary;
    std::vector<std::string> synopsis;
    std::vector<std::string> body;
    bool inSummary = false;
    for (const std::string &line : lines) {
        if (summary.empty() && startsWithCaseless(line, input.name + ": ")) {
            summary = trim(line.substr(input.name.size() + 2));
            inSummary = true;
            continue;
        }
        if (inSummary && !trim(line).empty() && indentOf(line) == 0) {
            summary += " " + trim(line); // the summary wrapped onto the next line
            continue;
        }
        inSummary = false;
        if (auto usage = usageLine(line)) {
            // "tertial-cli VERB ...    (tertial-cli VERB --help ...)": the remark is text.
            const std::size_t gap = usage->find("  ");
            synopsis.push_back(trim(usage->substr(0, gap)));
            if (gap != std::string::npos)
                body.push_back(trim(usage->substr(gap)));
            continue;
        }
        body.push_back(line);
    }
    if (summary.ends_with('.'))
        summary.pop_back();
    // Leading blank lines would open an empty paragraph.
    while (!body.empty() && trim(body.front()).empty())
        body.erase(body.begin());

    std::vector<std::pair<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>>> commands;
    for (const auto &[verb, text] : input.commands) {
        auto parts = splitCommand(splitLines(text));
        for (const std::string &line : parts.first)
            synopsis.push_back(line);
        commands.emplace_back(verb, std::move(parts));
    }

    std::string upperName;
    for (char c : input.name)
        upperName += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::ostringstream out;
    out << ".\\\" Generated from `" << input.name << " --help` by tertial-help2man: do not edit.\n";
    out << ".TH \"" << escapeRoff(upperName) << "\" " << input.section << " \"" << input.date << "\" \""
        << escapeRoff(input.source) << "\" \"" << escapeRoff(input.manual) << "\"\n";
    // Ragged right, no hyphenation: command lines and option names are not stretched or split.
    out << ".ad l\n.nh\n";
    out << ".SH " << titles.name << '\n' << escapeRoff(input.name) << " \\- " << escapeRoff(summary) << '\n';
    out << ".SH " << titles.synopsis << '\n';
    for (std::size_t i = 0; i < synopsis.size(); ++i)
        out << (i == 0 ? "" : ".br\n") << formatSynopsis(synopsis[i], input.name) << '\n';
    out << ".SH " << titles.description << '\n' << convertBody(body, true);
    if (!commands.empty()) {
        out << ".SH " << titles.commands << '\n';
        for (const auto &[verb, parts] : commands) {
            out << ".SS " << escapeRoff(verb) << '\n';
            for (std::size_t i = 0; i < parts.first.size(); ++i)
                out << (i == 0 ? "" : ".br\n") << formatSynopsis(parts.first[i], input.name) << '\n';
            out << convertBody(parts.second, false);
        }
    }
    for (const HelpSection &section : input.extraSections)
        out << ".SH \"" << escapeRoff(section.title) << "\"\n" << convertBody(splitLines(section.text), false);
    if (!input.seeAlso.empty()) {
        out << ".SH \"" << titles.seeAlso << "\"\n";
        for (std::size_t i = 0; i < input.seeAlso.size(); ++i) {
            const std::string &ref = input.seeAlso[i];
            const std::size_t paren = ref.find('(');
            out << "\\fB" << escapeRoff(ref.substr(0, paren)) << "\\fR" << (paren == std::string::npos ? "" : ref.substr(paren))
                << (i + 1 < input.seeAlso.size() ? ",\n" : "\n");
        }
    }
    return out.str();
}

} // namespace Tertial::Packaging
