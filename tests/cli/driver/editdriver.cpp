// SPDX-License-Identifier: GPL-3.0-or-later
// A workbench without a window, for the concurrency tests: opens a database as the workbench
// does (a Document over the store), selects a nämnd and year and edits one cell N times through
// Document::editFigures, the path a typed value takes. Prints "sparad <öre>" for every edit the
// document reports saved, and the error of every one it refused.
//
//   tertial_edit_driver DB KOMMUN NÄMND VERKSAMHET ÅR MÅNAD ANTAL FÖRSTA_ÖRE
#include "models/document.h"
#include "storage/sqlitestore.h"

#include <QCoreApplication>

#include <charconv>
#include <iostream>
#include <string>

using namespace Tertial;

namespace {

std::int64_t number(const char *text)
{
    std::int64_t value = 0;
    std::from_chars(text, text + std::char_traits<char>::length(text), value);
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 9) {
        std::cerr << "tertial_edit_driver DB KOMMUN NÄMND VERKSAMHET ÅR MÅNAD ANTAL FÖRSTA_ÖRE\n";
        return 2;
    }
    QCoreApplication app(argc, argv);
    auto store = Storage::SqliteStore::open(argv[1]);
    if (!store) {
        std::cerr << store.error().message << '\n';
        return 1;
    }
    (*store)->setUser("redigerare");
    auto namnd = (*store)->findNamnd(argv[2], argv[3]);
    if (!namnd || !*namnd) {
        std::cerr << "nämnden finns inte\n";
        return 1;
    }
    Models::Document document(std::move(*store));
    const int year = static_cast<int>(number(argv[5]));
    const int month = static_cast<int>(number(argv[6]));
    if (auto ok = document.select({argv[2], (*namnd)->id, year, std::to_string(month)}); !ok) {
        std::cerr << ok.error().message << '\n';
        return 1;
    }
    std::optional<Storage::Id> cell;
    for (const Storage::Verksamhet &v : document.verksamheter())
        if (v.path == argv[4])
            cell = v.id;
    if (!cell) {
        std::cerr << "verksamheten finns inte\n";
        return 1;
    }
    const std::int64_t count = number(argv[7]);
    const std::int64_t first = number(argv[8]);
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t ore = first + i;
        const Storage::FigureKey key = document.keyFor(*cell, Storage::Measure::ActualNet);
        auto edited = document.editFigures({{key, Core::Money::fromOre(ore)}}, QStringLiteral("Ändra utfall"));
        if (edited)
            std::cout << "sparad " << ore << std::endl;
        else
            std::cerr << "inte sparad " << ore << ": " << edited.error().message << std::endl;
    }
    return 0;
}
