// SPDX-License-Identifier: GPL-3.0-or-later
// A manual page (roff, man macros) made from a program's --help texts, so the two cannot drift:
// the build runs the built program for its help and hands the texts to this converter.
#pragma once

#include <string>
#include <vector>

namespace Tertial::Packaging {

struct HelpSection
{
    std::string title; // "KOMMANDON" / "FILER": a section of the page
    std::string text;  // --help layout (see manPage())
};

struct ManPageInput
{
    std::string name;    // "tertial-cli"
    int section = 1;
    std::string date;    // "2026-12-06"
    std::string source;  // "Tertial 0.1.0"
    std::string manual;  // "Tertial"
    std::string language; // "sv" or "en": the standard section titles
    std::string overview; // `name --help`
    // `name VERB --help` per verb, in the overview's order (empty for a program without verbs).
    std::vector<std::pair<std::string, std::string>> commands;
    std::vector<HelpSection> extraSections; // after the commands
    std::vector<std::string> seeAlso;      // "tertial(1)"
};

// The --help layout this reads, the one tertial and tertial-cli both print:
//  - "NAME: summary" (first such line) is the NAME line; "Användning: ..." / "Usage: ..." lines
//    are the synopsis; so are a command text's first lines up to its first blank line;
//  - text at column 0 is a paragraph (lines joined; man fills them);
//  - "Heading:" alone on a line at column 0 starts a section;
//  - "  TERM  description" (indent up to 6, a gap of two spaces or more) is an item, and lines
//    indented further continue its description; a term alone followed by such a line is an
//    item too (the description is on the next line);
//  - any other indented line is shown as it is (no fill).
std::string manPage(const ManPageInput &input);

// The verbs an overview lists ("  init DB   ..." lines, indent 2, a lower-case word first).
std::vector<std::string> listedVerbs(const std::string &overview);

// roff-safe text: backslashes, a leading dot or quote, option dashes as \-; a break point
// after a ';' inside a word (CSV headers).
std::string escapeRoff(const std::string &text);

} // namespace Tertial::Packaging
