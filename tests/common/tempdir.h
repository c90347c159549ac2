// SPDX-License-Identifier: GPL-3.0-or-later
// A fresh temporary folder per test, removed afterwards, and a byte-exact file reader.
#pragma once

#include "storage/databasefiles.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>

namespace Tertial::TestUtil {

class TempDir final
{
public:
    TempDir()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("tertial-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() { std::filesystem::remove_all(m_path); }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    std::string file(const std::string &name) const { return (m_path / name).string(); }
    std::string path() const { return m_path.string(); }

private:
    std::filesystem::path m_path;
};

// The value of a Result, by value: a range-for over `*result()` would dangle (before C++23's
// lifetime extension, which g++ 12 lacks).
template<typename Result>
auto take(Result result)
{
    return std::move(result).value();
}

// A test may read or write a database file byte by byte only while this process has it
// closed: a descriptor of ours, closed while SQLite holds its POSIX locks, drops them (see
// storage/databasefiles.h). Compare databaseDump() of an open one instead.
inline void refuseOpenDatabase(const std::string &path)
{
    if (Storage::isOpenDatabaseFile(path))
        throw std::logic_error(path + " is open as a database in this process: compare databaseDump() instead");
}

inline std::string readBytes(const std::string &path)
{
    refuseOpenDatabase(path);
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeBytes(const std::string &path, const std::string &bytes)
{
    refuseOpenDatabase(path);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

} // namespace Tertial::TestUtil
