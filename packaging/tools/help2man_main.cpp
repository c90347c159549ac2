// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-help2man: writes a manual page from --help texts saved to files (cmake/ManPage.cmake
// runs the built program and calls this). Build-time tool, not installed.
//
// tertial-help2man --name N --lang sv|en --date D --source S --manual M --overview FILE
//                  [--command VERB FILE]... [--extra TITLE FILE]... [--see-also REF]... --output FILE
// tertial-help2man --list-verbs FILE   prints the verbs an overview lists, one a line
#include "helpman.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

bool readFile(const std::string &path, std::string &text)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return false;
    std::ostringstream buffer;
    buffer << file.rdbuf();
    text = buffer.str();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::string(argv[1]) == "--list-verbs") {
        std::string overview;
        if (!readFile(argv[2], overview)) {
            std::cerr << "tertial-help2man: " << argv[2] << ": cannot read\n";
            return 2;
        }
        for (const std::string &verb : Tertial::Packaging::listedVerbs(overview))
            std::cout << verb << '\n';
        return 0;
    }
    Tertial::Packaging::ManPageInput input;
    std::string output;
    auto fail = [](const std::string &message) {
        std::cerr << "tertial-help2man: " << message << '\n';
        return 2;
    };
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        auto value = [&](int k) -> std::string { return i + k < argc ? argv[i + k] : std::string(); };
        const bool two = option == "--command" || option == "--extra";
        if (i + (two ? 2 : 1) >= argc)
            return fail(option + ": a value is missing");
        if (option == "--name") input.name = value(1);
        else if (option == "--lang") input.language = value(1);
        else if (option == "--date") input.date = value(1);
        else if (option == "--source") input.source = value(1);
        else if (option == "--manual") input.manual = value(1);
        else if (option == "--see-also") input.seeAlso.push_back(value(1));
        else if (option == "--output") output = value(1);
        else if (option == "--overview") {
            if (!readFile(value(1), input.overview))
                return fail(value(1) + ": cannot read");
        } else if (option == "--command" || option == "--extra") {
            std::string text;
            if (!readFile(value(2), text))
                return fail(value(2) + ": cannot read");
            if (option == "--command")
                input.commands.emplace_back(value(1), text);
            else
                input.extraSections.push_back({value(1), text});
            ++i;
        } else {
            return fail("unknown option " + option);
        }
        ++i;
    }
    if (input.name.empty() || output.empty() || input.overview.empty())
        return fail("--name, --overview and --output are required");
    std::ofstream file(output, std::ios::binary | std::ios::trunc);
    file << Tertial::Packaging::manPage(input);
    if (!file.flush())
        return fail(output + ": cannot write");
    return 0;
}
