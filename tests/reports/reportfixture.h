// SPDX-License-Identifier: GPL-3.0-or-later
// The demo database (built from data/ by the build) copied per test, and the four seed requests.
#pragma once

#include "common/tempdir.h"

#include "reports/reportbuilder.h"
#include "reports/reportdata.h"
#include "storage/databasefiles.h"
#include "reports/ziparchive.h"
#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace Tertial::Reports::Test {

// One report per kind, each on the demo data of the seed it is modelled on.
struct KindCase
{
    const char *name;     // golden file stem
    ReportRequest request;
};

inline const KindCase kindCases[] = {
    // seed 002: Nacka, månadsrapport oktober 2017
    {"manad", {"0182", "SOCN", 2017, 10, ReportKind::Month, ""}},
    // seed 001: Nacka, tertialrapport februari 2020
    {"tertial", {"0182", "SOCN", 2020, 2, ReportKind::Tertial, ""}},
    // seed 003: Huddinge, delårsrapport per 31 augusti 2021
    {"delar", {"0126", "SN", 2021, 8, ReportKind::Interim, ""}},
    // seed 000: Nacka, årsredovisning 2020 (its cover's diarienummer)
    {"ar", {"0182", "SOCN", 2020, 12, ReportKind::Annual, "DNR SOCN 2019/337"}},
};

inline void PrintTo(const KindCase &kindCase, std::ostream *out) { *out << kindCase.name; }

// A private copy of the demo database (opening writes WAL files next to it).
class DemoDatabase
{
public:
    DemoDatabase()
    {
        if (auto copied = Storage::copyDatabaseFile(TERTIAL_DEMO_DB, m_dir.file("demo.tertial")); !copied)
            ADD_FAILURE() << copied.error().message;
        auto opened = Storage::SqliteStore::open(m_dir.file("demo.tertial"));
        if (opened)
            m_store = std::move(*opened);
        else
            ADD_FAILURE() << opened.error().message;
    }
    Storage::Store &store() { return *m_store; }
    const TestUtil::TempDir &dir() const { return m_dir; }
    std::string path() const { return m_dir.file("demo.tertial"); }
    // For a test that changes the file behind the store's back.
    void closeStore() { m_store.reset(); }
    void reopenStore() { m_store = std::move(Storage::SqliteStore::open(path()).value()); }

private:
    TestUtil::TempDir m_dir;
    std::unique_ptr<Storage::SqliteStore> m_store;
};

// Every part of a DOCX given as bytes, concatenated (to look for text in any part).
inline std::string readZipBytes(const std::string &docx)
{
    TestUtil::TempDir dir;
    {
        std::ofstream out(dir.file("x.docx"), std::ios::binary);
        out << docx;
    }
    std::string all;
    const auto entries = TestUtil::take(readZip(dir.file("x.docx")));
    for (const ZipEntry &entry : entries)
        all += entry.bytes;
    return all;
}

inline ReportTemplate templateFor(const std::string &kommun)
{
    return loadTemplate(std::string(TERTIAL_SOURCE_DIR) + "/resources/templates", kommun).value();
}

} // namespace Tertial::Reports::Test
