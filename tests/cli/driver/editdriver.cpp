// SPDX-License-Identifier: GPL-3.0-or-later
// A workbench without a window, for the concurrency tests: opens a database as the workbench
// does (a Document over the store), selects a nämnd and year and edits one cell N times through
// Document::editFigures, the path a typed value takes. Prints "sparad <öre>" for every edit the
// document reports saved, and the error of every one it refused. With VÄNTA_PÅ, it then prints
// "klar" and keeps the database open (as a workbench left open does) until that file exists, so
// another process can count what is saved while this one still holds the file.
//
//   tertial_edit_driver DB KOMMUN NÄMND VERKSAMHET ÅR MÅNAD ANTAL FÖRSTA_ÖRE [VÄNTA_PÅ]
#include "models/document.h"
#include "storage/sqlitestore.h"

#include <QCoreApplication>

#include <charconv>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>

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
    if (argc != 9 && argc != 10) {
        std::cerr << "tertial_edit_driver DB KOMMUN NÄMND VERKSAMHET ÅR MÅNAD ANTAL FÖRSTA_ÖRE [VÄNTA_PÅ]\n";
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
    if (argc == 10) {
        std::cout << "klar" << std::endl;
        // Two minutes at most: a test that died must not leave this behind for ever.
        for (int i = 0; i < 12'000 && !std::filesystem::exists(argv[9]); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return 0;
}
