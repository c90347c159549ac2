// SPDX-License-Identifier: GPL-3.0-or-later
// Reads Kolada response files (one page or a JSON array of pages each) into one batch.
#pragma once

#include "koladaparser.h"

#include <string>
#include <vector>

namespace Tertial::Kolada {

struct KoladaFile final
{
    std::string path;
    std::vector<PageKind> kinds; // the kinds of its pages, in order, without repeats
};

struct KoladaFileBatch final
{
    Storage::KoladaBatch batch;
    std::vector<KoladaFile> files;
};

// All files or nothing: the first unreadable or malformed file is the error (named in it).
// `fetchedAt` becomes the batch's date; the source is "fil:" and the file names.
Core::Result<KoladaFileBatch> readKoladaFiles(const std::vector<std::string> &paths, const std::string &fetchedAt);

} // namespace Tertial::Kolada
