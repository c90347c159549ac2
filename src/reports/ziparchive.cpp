// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a zip file from named byte strings, with libzip.
#include "ziparchive.h"

#include <zip.h>

#include <cstdio>
#include <filesystem>

namespace Tertial::Reports {

Core::Result<void> writeZip(const std::string &path, const std::vector<ZipEntry> &entries)
{
    const std::string temporary = path + ".tmp";
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    int error = 0;
    zip_t *archive = zip_open(temporary.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skapa " + path + " (libzip-fel " + std::to_string(error) + ")");
    for (const ZipEntry &entry : entries) {
        // libzip reads the buffer at zip_close: the entries outlive the archive here.
        zip_source_t *source = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        if (!source) {
            zip_discard(archive);
            return Core::fail(Core::ErrorCode::Io, "rapport: " + path + ": " + entry.name + " kunde inte läggas till");
        }
        const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            const std::string message = zip_strerror(archive);
            zip_discard(archive);
            return Core::fail(Core::ErrorCode::Io, "rapport: " + path + ": " + entry.name + ": " + message);
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), entry.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) != 0) {
        const std::string message = zip_strerror(archive);
        zip_discard(archive);
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path + ": " + message);
    }
    std::filesystem::rename(temporary, path, ignored);
    if (ignored)
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path + ": " + ignored.message());
    return {};
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
