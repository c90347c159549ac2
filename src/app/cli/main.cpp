// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli: parses the verb and hands over to its command.
#include "arguments.h"
#include "chartcommand.h"
#include "commands.h"
#include "decisioncommand.h"
#include "help.h"
#include "helptext.h"
#include "importerpcommand.h"
#include "koladacommand.h"
#include "reportcommand.h"
#include "servercommand.h"

#include "version/version.h"

#include <iostream>

using namespace Tertial::Cli;

int main(int argc, char **argv)
{
    const std::vector<std::string> raw(argv + 1, argv + argc);
    std::set<std::string> valueOptions = {"--kommun", "--namnd", "--year", "--month", "--unit", "--out", "--orsak",
                                          "--anvandare", "--kind", "--dnr", "--mallar", "--kpi", "--better",
                                          "--group", "--kolada-url", "--user", "--role", "--by", "--verksamhet", "--xlsx",
                                          "--lang", "--template"};
    std::set<std::string> flagOptions = {"--help", "--csv", "--version", "--utan-sidnummer"};
    valueOptions.insert(chartValueOptions().begin(), chartValueOptions().end());
    valueOptions.insert(decisionValueOptions().begin(), decisionValueOptions().end());
    valueOptions.insert("--andringar-sedan");
    flagOptions.insert(decisionFlagOptions().begin(), decisionFlagOptions().end());
    flagOptions.insert(chartFlagOptions().begin(), chartFlagOptions().end());
    valueOptions.insert(importErpValueOptions().begin(), importErpValueOptions().end());
    auto args = Arguments::parse(raw, valueOptions, flagOptions);
    if (!args) {
        std::cerr << "tertial-cli: " << args.error().message << '\n';
        return 2;
    }
    // --help and --version speak --lang, else the locale's language (Swedish unless English).
    Tertial::Platform::Language language = Tertial::Platform::languageFromEnvironment();
    if (const auto lang = args->option("--lang")) {
        const auto chosen = Tertial::Platform::parseLanguage(*lang);
        if (!chosen) {
            std::cerr << "tertial-cli: --lang '" << *lang << "': förväntade sv eller en\n";
            return 2;
        }
        language = *chosen;
    }
    if (args->has("--version")) {
        std::cout << Tertial::Version::versionText("tertial-cli", language);
        return 0;
    }
    if (args->verb.empty()) {
        if (args->has("--help")) {
            std::cout << helpText({}, language);
            return 0;
        }
        std::cerr << helpText({}, language);
        return 2;
    }
    if (args->has("--help")) {
        const std::string text = helpText(args->verb, language);
        if (text.empty()) {
            std::cerr << "tertial-cli: okänt verb '" << args->verb << "'\n" << helpText({}, language);
            return 2;
        }
        std::cout << text;
        return 0;
    }
    if (args->verb == "init")
        return runInit(*args, std::cout, std::cerr);
    if (args->verb == "import")
        return runImport(*args, std::cout, std::cerr);
    if (args->verb == "import-erp")
        return runImportErp(*args, std::cout, std::cerr);
    if (args->verb == "export")
        return runExport(*args, std::cout, std::cerr);
    if (args->verb == "table")
        return runTable(*args, std::cout, std::cerr);
    if (args->verb == "status")
        return runStatus(*args, std::cout, std::cerr);
    if (args->verb == "report")
        return runReport(*args, std::cout, std::cerr);
    if (args->verb == "decide")
        return runDecide(*args, std::cout, std::cerr);
    if (args->verb == "diff")
        return runDiff(*args, std::cout, std::cerr);
    if (args->verb == "beslut")
        return runDecisions(*args, std::cout, std::cerr);
    if (args->verb == "lock" || args->verb == "unlock")
        return runLock(*args, args->verb == "lock", std::cout, std::cerr);
    if (args->verb == "chart")
        return runChart(*args, std::cout, std::cerr);
    if (args->verb == "kolada-import")
        return runKoladaImport(*args, std::cout, std::cerr);
    if (args->verb == "kolada-fetch")
        return runKoladaFetch(*args, std::cout, std::cerr);
    if (args->verb == "server")
        return runServer(*args, std::cout, std::cerr);
    if (args->verb == "copy")
        return runCopy(*args, std::cout, std::cerr);
    if (args->verb == "compare")
        return runCompare(*args, std::cout, std::cerr);
    std::cerr << "tertial-cli: okänt verb '" << args->verb << "'\n" << overallHelp();
    return 2;
}
