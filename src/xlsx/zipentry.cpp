// SPDX-License-Identifier: GPL-3.0-or-later
// Reading zip members through libzip with the bounds of Xlsx::Limits.
#include "zipentry.h"

#include <zip.h>

#include <memory>
#include <vector>

namespace Tertial::Xlsx {

using Core::ErrorCode;
using Core::fail;

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

ZipArchive::ZipArchive(ZipArchive &&other) noexcept : m_zip(other.m_zip), m_path(std::move(other.m_path))
{
    other.m_zip = nullptr;
}

ZipArchive &ZipArchive::operator=(ZipArchive &&other) noexcept
{
    if (this != &other) {
        if (m_zip)
            zip_discard(m_zip);
        m_zip = other.m_zip;
        m_path = std::move(other.m_path);
        other.m_zip = nullptr;
    }
    return *this;
}

Core::Result<ZipArchive> ZipArchive::open(const std::string &path)
{
    int error = 0;
    zip *archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!archive) {
        if (error == ZIP_ER_NOENT || error == ZIP_ER_OPEN || error == ZIP_ER_READ)
            return fail(ErrorCode::Io, path + ": kan inte läsa filen, förväntade en läsbar XLSX-fil");
        return fail(ErrorCode::InvalidInput,
                    path + ": filen är ingen zip-fil (fel " + std::to_string(error) +
                        "), förväntade en arbetsbok i XLSX-format (Excel 2007 eller senare)");
    }
    ZipArchive result;
    result.m_zip = archive;
    result.m_path = path;
    return result;
}

bool ZipArchive::contains(std::string_view name) const
{
    return zip_name_locate(m_zip, std::string(name).c_str(), 0) >= 0;
}

Core::Result<void> ZipArchive::read(std::string_view name, std::uint64_t maxBytes, std::uint64_t maxRatio,
                                    const std::function<bool(std::string_view)> &chunk) const
{
    const std::string member(name);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip, member.c_str(), 0, &stat) != 0)
        return fail(ErrorCode::InvalidInput, m_path + ": delen " + member + " saknas, förväntade en XLSX-arbetsbok");
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > maxBytes)
        return fail(ErrorCode::InvalidInput, m_path + ": delen " + member + " är " + std::to_string(stat.size) +
                                                 " byte okomprimerad, förväntade högst " + std::to_string(maxBytes));
    if ((stat.valid & ZIP_STAT_SIZE) && (stat.valid & ZIP_STAT_COMP_SIZE) && stat.size > (1u << 20) &&
        stat.size / std::max<std::uint64_t>(stat.comp_size, 1) > maxRatio)
        return fail(ErrorCode::InvalidInput, m_path + ": delen " + member + " packas upp " +
                                                 std::to_string(stat.size / std::max<std::uint64_t>(stat.comp_size, 1)) +
                                                 " gånger, förväntade högst " + std::to_string(maxRatio) +
                                                 " (filen ser ut som en zip-bomb)");
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(m_zip, member.c_str(), 0), &zip_fclose);
    if (!file)
        return fail(ErrorCode::InvalidInput, m_path + ": delen " + member + " går inte att öppna (" +
                                                 zip_strerror(m_zip) + "), förväntade en hel XLSX-fil");
    std::vector<char> buffer(1u << 16);
    std::uint64_t total = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
        if (n < 0)
            return fail(ErrorCode::InvalidInput, m_path + ": delen " + member + " är skadad (" +
                                                     zip_file_strerror(file.get()) + "), förväntade en hel XLSX-fil");
        if (n == 0)
            return {};
        total += static_cast<std::uint64_t>(n);
        if (total > maxBytes)
            return fail(ErrorCode::InvalidInput, m_path + ": delen " + member + " är större än " +
                                                     std::to_string(maxBytes) +
                                                     " byte okomprimerad (filen ser ut som en zip-bomb)");
        if (!chunk(std::string_view(buffer.data(), static_cast<std::size_t>(n))))
            return {};
    }
}

} // namespace Tertial::Xlsx
