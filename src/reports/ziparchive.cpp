// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a zip file from named byte strings, with libzip.
#include "ziparchive.h"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace Tertial::Reports {

namespace {

// Adds every entry to `archive`; an error message, or empty.
std::string addEntries(zip_t *archive, const std::vector<ZipEntry> &entries)
{
    for (const ZipEntry &entry : entries) {
        // libzip reads the buffer at zip_close: the entries outlive the archive here.
        zip_source_t *source = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        if (!source)
            return entry.name + " kunde inte läggas till";
        const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            return entry.name + ": " + zip_strerror(archive);
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        // A fixed date (1980-01-01 00:00, the first DOS date) instead of the time of writing: the
        // same document gives the same bytes, so a decided version renders again identically.
        zip_file_set_dostime(archive, static_cast<zip_uint64_t>(index), 0, (1 << 5) | 1, 0);
    }
    return {};
}

} // namespace

Core::Result<std::string> zipBytes(const std::vector<ZipEntry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skapa ett zip-arkiv i minnet");
    zip_source_keep(buffer); // kept past zip_close to read the bytes back
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        return Core::fail(Core::ErrorCode::Io, std::string("rapport: zip-arkiv: ") + zip_error_strerror(&error));
    }
    if (const std::string problem = addEntries(archive, entries); !problem.empty()) {
        zip_discard(archive);
        zip_source_free(buffer);
        return Core::fail(Core::ErrorCode::Io, "rapport: " + problem);
    }
    if (zip_close(archive) != 0) {
        const std::string message = zip_strerror(archive);
        zip_discard(archive);
        zip_source_free(buffer);
        return Core::fail(Core::ErrorCode::Io, "rapport: zip-arkiv: " + message);
    }
    std::string bytes;
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        bytes.resize(static_cast<std::size_t>(std::max<zip_int64_t>(size, 0)));
        const zip_int64_t read = zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(bytes.size()));
        zip_source_close(buffer);
        if (read != size)
            bytes.clear();
    }
    zip_source_free(buffer);
    if (bytes.empty())
        return Core::fail(Core::ErrorCode::Io, "rapport: zip-arkivet kunde inte läsas tillbaka");
    return bytes;
}

Core::Result<void> writeBytesAtomically(const std::string &path, const std::string &bytes)
{
    const std::string temporary = path + ".tmp";
    {
        std::FILE *file = std::fopen(temporary.c_str(), "wb");
        if (!file)
            return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skapa " + path);
        const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
        if (std::fclose(file) != 0 || !written) {
            std::remove(temporary.c_str());
            return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path);
        }
    }
    std::error_code failed;
    std::filesystem::rename(temporary, path, failed);
    if (failed)
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path + ": " + failed.message());
    return {};
}

Core::Result<void> writeZip(const std::string &path, const std::vector<ZipEntry> &entries)
{
    auto bytes = zipBytes(entries);
    if (!bytes)
        return std::unexpected(bytes.error());
    return writeBytesAtomically(path, *bytes);
}

Core::Result<std::vector<ZipEntry>> readZip(const std::string &path)
{
    int error = 0;
    zip_t *archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!archive)
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte läsa " + path + " (libzip-fel " + std::to_string(error) + ")");
    std::vector<ZipEntry> entries;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        zip_file_t *file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (!file || zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0) {
            if (file)
                zip_fclose(file);
            zip_discard(archive);
            return Core::fail(Core::ErrorCode::Io, "rapport: kan inte läsa " + path);
        }
        ZipEntry entry;
        entry.name = stat.name;
        entry.bytes.resize(static_cast<std::size_t>(stat.size));
        const zip_int64_t read = zip_fread(file, entry.bytes.data(), stat.size);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size)) {
            zip_discard(archive);
            return Core::fail(Core::ErrorCode::Io, "rapport: kan inte läsa " + entry.name + " i " + path);
        }
        entry.store = stat.comp_method == ZIP_CM_STORE;
        entries.push_back(std::move(entry));
    }
    zip_discard(archive);
    return entries;
}

} // namespace Tertial::Reports
