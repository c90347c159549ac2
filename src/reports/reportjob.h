// SPDX-License-Identifier: GPL-3.0-or-later
// One report draft from a store to a file, in stages, with progress and cooperative cancel.
#pragma once

#include "renderoptions.h"
#include "reportdata.h"
#include "reportdocument.h"
#include "reporttemplate.h"

#include "core/error.h"

#include <functional>
#include <map>
#include <stop_token>
#include <string>
#include <vector>

namespace Tertial::Storage {
class Store;
}

namespace Tertial::Reports {

// What to draft (rapportutkast): the CLI's flags and the dialog's choices.
struct ReportJobSettings final
{
    ReportRequest request;
    // A template file, or a folder with one template per kommun (loadTemplateFrom). With
    // `templateIsFile` only a file (tertial-cli report --template).
    std::string templateSource;
    bool templateIsFile = false;
    // Not empty: the bilaga "Ändringar sedan beslut" against this decision's diarienummer.
    std::string changesSince;
    // DOCX: lay the draft out with LibreOffice first so the table of contents gets page numbers
    // (pagelayout.h, a few seconds). Failing that the draft is written without, with a warning.
    bool layOutPages = false;
};

enum class ReportStage {
    Reading, // template, figures, document model
    Charts,  // the chart images, one by one
    Writing, // the renderer
    Done,
};

// Progress in percent of the whole job, never decreasing: reading up to 10, the charts up to 60,
// the renderer the rest, 100 when the file is in place.
struct ReportProgress final
{
    ReportStage stage = ReportStage::Reading;
    int percent = 0;
    int done = 0;  // charts drawn, renderer steps
    int total = 0;
    std::string detail; // the chart being drawn
};

using ReportProgressHandler = std::function<void(const ReportProgress &)>;

// Threads: build() reads the store and must run on the thread that owns its connection; the charts
// are QCustomPlot widgets, so drawNextChart() runs on the GUI thread (a QApplication must exist);
// write() touches neither and may run in a worker, with the progress handler called from there.
// A job is built once; write() may be called again (another format) on the same drawn charts.
class ReportJob final
{
public:
    static constexpr int readPercent = 10;
    static constexpr int chartsPercent = 60;

    explicit ReportJob(ReportJobSettings settings);

    void setProgressHandler(ReportProgressHandler handler) { m_progress = std::move(handler); }

    // Loads the template, the figures and any decision, and builds the document model.
    Core::Result<void> build(Storage::Store &store);
    // Draws the next chart of the document; false when every chart is drawn (or none is built).
    bool drawNextChart();
    // Writes the draft to `path` (format by suffix) through a file beside it, renamed into place at
    // the end: a failure or a cancel leaves no partial file and any earlier file untouched.
    Core::Result<void> write(const std::string &path, std::stop_token stop = {});
    // build, every chart and write in a row (tertial-cli report); cancel is checked between charts
    // and stages and once more before the file is moved into place.
    Core::Result<void> run(Storage::Store &store, const std::string &path, std::stop_token stop = {});

    const ReportJobSettings &settings() const { return m_settings; }
    bool built() const { return m_built; }
    bool chartsDrawn() const { return m_built && m_nextChart >= m_charts.size(); }
    std::size_t chartCount() const { return m_charts.size(); }
    const ReportData &data() const { return m_data; }
    const ReportDocument &document() const { return m_document; }
    const ReportTemplate &style() const { return m_style; }
    // The template and the charts drawn so far (copies: safe to hand to another thread).
    RenderOptions renderOptions() const;
    // Problems that did not stop the last write (no page numbers for the table of contents).
    const std::vector<std::string> &warnings() const { return m_warnings; }

    // The error a cancelled job returns.
    static bool isCancelled(const Core::Error &error);

private:
    void report(ReportStage stage, int percent, int done = 0, int total = 0, std::string detail = {});

    ReportJobSettings m_settings;
    ReportProgressHandler m_progress;
    bool m_built = false;
    ReportData m_data;
    ReportTemplate m_style;
    ReportDocument m_document;
    std::vector<ChartSlot> m_charts; // in document order
    std::size_t m_nextChart = 0;
    std::map<std::string, ChartImage> m_images; // by slot id
    ChartImageProvider m_draw;
    std::vector<std::string> m_warnings;
};

} // namespace Tertial::Reports
