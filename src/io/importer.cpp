// SPDX-License-Identifier: GPL-3.0-or-later
// The importer: the ImportReader's rows, the checks that need the database, one transaction.
#include "importer.h"

#include <fstream>
#include <iterator>
#include <set>

namespace Tertial::Io {
namespace {

std::string where(const Storage::SourceRef &source)
{
    return source.file + ":" + std::to_string(source.line);
}

CodeSet kontoslagOf(Storage::Store &store)
{
    CodeSet codes;
    if (auto list = store.kontoslag())
        for (const auto &k : *list)
            codes.insert(k.code);
    return codes;
}

} // namespace

Importer::Importer(Storage::Store &store) : m_store(store), m_reader(kontoslagOf(store)) {}

void Importer::addFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        m_reader.addProblem(path + ":1: fil: kan inte läsa filen, förväntade en läsbar fil");
        return;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    addText(path, bytes);
}

void Importer::addText(const std::string &fileName, std::string_view bytes)
{
    m_reader.addText(fileName, bytes);
}

void Importer::crossCheck()
{
    const Storage::ImportBatch &batch = m_reader.batch();
    std::set<std::string> kommuner;
    if (auto known = m_store.kommuner())
        for (const auto &k : *known)
            kommuner.insert(k.code);
    for (const auto &k : batch.kommuner)
        kommuner.insert(k.code);
    const std::string *lastKnown = nullptr; // rows come grouped by kommun
    auto checkKommun = [&](const Storage::SourceRef &source, const std::string &code) {
        if (lastKnown && *lastKnown == code)
            return;
        if (kommuner.contains(code))
            lastKnown = &code;
        else
            m_reader.addProblem(where(source) + ": kommun: okänd kommunkod '" + code +
                                 "', förväntade en kod ur kommunlistan (importera den först eller i samma körning)");
    };
    for (const auto &r : batch.namnder) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.verksamheter) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.figures) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.forecasts) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.volumes) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.comments) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.indicators) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.indicatorValues) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.actions) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.investments) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.stateGrants) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.personnel) checkKommun(r.source, r.namnd.kommun);
    for (const auto &r : batch.statusOverrides) checkKommun(r.source, r.namnd.kommun);

    m_reader.checkAcrossRows();
    // Netto against a stored split (and a split against a stored netto) is the store's rule,
    // checked as the import writes (SqlStore::checkSplit), as for every other write of figures.
}

Core::Result<Storage::ImportSummary> Importer::commit(const std::string &reason)
{
    if (problems().empty())
        crossCheck();
    if (!problems().empty()) {
        std::string message;
        for (const std::string &p : problems())
            message += (message.empty() ? "" : "\n") + p;
        return Core::fail(Core::ErrorCode::InvalidInput, message);
    }
    return m_store.apply(m_reader.batch(), reason);
}

} // namespace Tertial::Io
