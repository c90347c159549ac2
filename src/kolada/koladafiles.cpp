// SPDX-License-Identifier: GPL-3.0-or-later
// Reading Kolada files.
#include "koladafiles.h"

#include <QFile>
#include <QString>

#include <algorithm>

namespace Tertial::Kolada {

using Core::ErrorCode;
using Core::fail;

Core::Result<KoladaFileBatch> readKoladaFiles(const std::vector<std::string> &paths, const std::string &fetchedAt)
{
    KoladaFileBatch result;
    result.batch.fetchedAt = fetchedAt;
    result.batch.source = "fil:";
    for (const auto &path : paths) {
        QFile file(QString::fromStdString(path));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, path + ": filen kan inte läsas (" + file.errorString().toStdString() + ")");
        auto pages = parseResponse(file.readAll(), path);
        if (!pages)
            return std::unexpected(pages.error());
        KoladaFile info{path, {}};
        for (auto &page : *pages) {
            if (std::find(info.kinds.begin(), info.kinds.end(), page.kind) == info.kinds.end())
                info.kinds.push_back(page.kind);
            result.batch.append(std::move(page.records));
        }
        result.batch.source += (result.files.empty() ? " " : ", ") + path;
        result.files.push_back(std::move(info));
    }
    return result;
}

} // namespace Tertial::Kolada
