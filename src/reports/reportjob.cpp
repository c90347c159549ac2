// SPDX-License-Identifier: GPL-3.0-or-later
// The report job: the one path from a store to a draft file, used by the dialog and tertial-cli.
#include "reportjob.h"

#include "chartimages.h"
#include "decisions.h"
#include "htmlwriter.h"
#include "pagelayout.h"
#include "reportbuilder.h"

#include "storage/store.h"

#include <algorithm>
#include <filesystem>
#include <random>
#include <system_error>

#include <unistd.h>

namespace Tertial::Reports {

namespace {

const char cancelledMessage[] = "rapport: avbrutet, inget utkast skrevs";

// A name beside the target with the same suffix (the renderer picks the format by it), hidden.
std::filesystem::path partPath(const std::filesystem::path &target)
{
    std::random_device random;
    const std::string tag = std::to_string(random() % 1000000);
    return target.parent_path() / ("." + target.stem().string() + ".del-" + tag + target.extension().string());
}

// The renderers name the file they write: the user's, not the temporary one.
Core::Error renamed(Core::Error error, const std::string &from, const std::string &to)
{
    for (auto at = error.message.find(from); at != std::string::npos; at = error.message.find(from, at + to.size()))
        error.message.replace(at, from.size(), to);
    return error;
}

} // namespace

ReportJob::ReportJob(ReportJobSettings settings) : m_settings(std::move(settings)) {}

bool ReportJob::isCancelled(const Core::Error &error) { return error.message == cancelledMessage; }

void ReportJob::report(ReportStage stage, int percent, int done, int total, std::string detail)
{
    if (m_progress)
        m_progress(ReportProgress{stage, percent, done, total, std::move(detail)});
}

Core::Result<void> ReportJob::build(Storage::Store &store)
{
    report(ReportStage::Reading, 0);
    auto data = loadReportData(store, m_settings.request);
    if (!data)
        return std::unexpected(data.error());
    auto style = m_settings.templateIsFile ? loadTemplateFile(m_settings.templateSource)
                                           : loadTemplateFrom(m_settings.templateSource, m_settings.request.kommun);
    if (!style)
        return std::unexpected(style.error());
    ReportDocument document = buildReport(*data, *style);
    if (!m_settings.changesSince.empty()) {
        auto decision = store.decision(data->namnd.id, m_settings.changesSince);
        if (!decision)
            return std::unexpected(decision.error());
        if (!*decision)
            return Core::fail(Core::ErrorCode::NotFound,
                              data->namnd.code + " har inget beslut med diarienumret " + m_settings.changesSince);
        auto changes = changesSince(store, **decision);
        if (!changes)
            return std::unexpected(changes.error());
        appendChangesSince(document, **decision, *changes);
    }
    m_data = std::move(*data);
    m_style = std::move(*style);
    m_document = std::move(document);
    m_charts.clear();
    for (const Block &block : m_document.blocks)
        if (const auto *chart = std::get_if<ChartSlot>(&block))
            m_charts.push_back(*chart);
    m_nextChart = 0;
    m_images.clear();
    m_warnings.clear();
    m_built = true;
    report(ReportStage::Reading, readPercent);
    return {};
}

bool ReportJob::drawNextChart()
{
    if (!m_built || m_nextChart >= m_charts.size())
        return false;
    if (!m_draw)
        m_draw = chartImageProvider();
    const ChartSlot &slot = m_charts[m_nextChart++];
    if (auto image = m_draw(slot))
        m_images.insert_or_assign(slot.id, std::move(*image));
    const int total = static_cast<int>(m_charts.size());
    const int done = static_cast<int>(m_nextChart);
    report(ReportStage::Charts, readPercent + (chartsPercent - readPercent) * done / total, done, total, slot.title);
    return true;
}

RenderOptions ReportJob::renderOptions() const
{
    RenderOptions options;
    options.style = m_style;
    auto images = std::make_shared<const std::map<std::string, ChartImage>>(m_images);
    options.charts = [images](const ChartSlot &slot) -> std::optional<ChartImage> {
        const auto found = images->find(slot.id);
        return found == images->end() ? std::nullopt : std::optional(found->second);
    };
    return options;
}

Core::Result<void> ReportJob::write(const std::string &path, std::stop_token stop)
{
    if (!m_built)
        return Core::fail(Core::ErrorCode::MissingInput, "rapport: utkastet är inte byggt");
    m_warnings.clear(); // this write's
    if (stop.stop_requested())
        return Core::fail(Core::ErrorCode::Conflict, cancelledMessage);
    RenderOptions options = renderOptions();
    if (m_settings.layOutPages && path.size() > 5 && path.ends_with(".docx")) {
        auto pages = layOutHeadingPages(m_document, options);
        if (pages)
            options.headingPages = std::move(*pages);
        else
            m_warnings.push_back(pages.error().message);
        if (stop.stop_requested())
            return Core::fail(Core::ErrorCode::Conflict, cancelledMessage);
    }
    options.progress = [this](int done, int total) {
        const int percent = chartsPercent + (100 - chartsPercent) * done / std::max(1, total);
        report(ReportStage::Writing, std::min(percent, 99), done, total);
    };
    report(ReportStage::Writing, chartsPercent);

    std::error_code ignored;
    std::filesystem::path target(path);
    // A link is followed, as writing in place followed it: the draft replaces the file it names
    // and the link stays (renaming onto the link would replace the link itself).
    if (std::filesystem::is_symlink(target, ignored)) {
        std::error_code unresolved;
        if (auto resolved = std::filesystem::weakly_canonical(target, unresolved); !unresolved)
            target = std::move(resolved);
    }
    // A write-protected earlier draft stays as it is: writing in place refused it, and the rename
    // below needs only a writable folder (root writes anything, so the bits are asked as well).
    constexpr auto writeBits = std::filesystem::perms::owner_write | std::filesystem::perms::group_write |
                               std::filesystem::perms::others_write;
    if (const auto earlier = std::filesystem::status(target, ignored);
        std::filesystem::is_regular_file(earlier) &&
        ((earlier.permissions() & writeBits) == std::filesystem::perms::none || ::access(target.c_str(), W_OK) != 0))
        return Core::fail(Core::ErrorCode::Io, "rapport: " + path +
                                                   " är skrivskyddad; ta bort skrivskyddet eller välj ett annat filnamn");
    const std::string part = partPath(target).string();
    auto written = writeReport(m_document, part, options);
    if (!written) {
        std::filesystem::remove(part, ignored);
        return std::unexpected(renamed(written.error(), part, path));
    }
    if (stop.stop_requested()) {
        std::filesystem::remove(part, ignored);
        return Core::fail(Core::ErrorCode::Conflict, cancelledMessage);
    }
    // The replaced draft's permissions (one the group may write in a shared folder stays so),
    // as writing in place kept them; the part file has the process's defaults.
    if (const auto earlier = std::filesystem::status(target, ignored); std::filesystem::is_regular_file(earlier))
        std::filesystem::permissions(part, earlier.permissions(), ignored);
    std::error_code error;
    std::filesystem::rename(part, target, error);
    if (error) {
        std::filesystem::remove(part, ignored);
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path);
    }
    report(ReportStage::Done, 100);
    return {};
}

Core::Result<void> ReportJob::run(Storage::Store &store, const std::string &path, std::stop_token stop)
{
    if (auto built = build(store); !built)
        return built;
    while (!stop.stop_requested() && drawNextChart()) {
    }
    return write(path, stop);
}

} // namespace Tertial::Reports
