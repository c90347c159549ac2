// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh temporary folder per test with a new Tertial database in it.
#pragma once

#include "storage/koladastore.h"
#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <string>

namespace Tertial::TestUtil {

class TempDir final
{
public:
    TempDir()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("tertial-kolada-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() { std::filesystem::remove_all(m_path); }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    std::string file(const std::string &name) const { return (m_path / name).string(); }

    // A new empty Tertial database (the main store's schema), opened as a Kolada store.
    std::unique_ptr<Storage::KoladaStore> koladaStore(const std::string &name = "test.tertial") const
    {
        const std::string path = file(name);
        {
            auto created = Storage::SqliteStore::create(path);
            EXPECT_TRUE(created.has_value()) << (created ? "" : created.error().message);
        }
        auto store = Storage::KoladaStore::open(path);
        EXPECT_TRUE(store.has_value()) << (store ? "" : store.error().message);
        return store ? std::move(*store) : nullptr;
    }

private:
    std::filesystem::path m_path;
};

inline std::string readText(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeText(const std::string &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

} // namespace Tertial::TestUtil
