// SPDX-License-Identifier: GPL-3.0-or-later
// The report job (the one path from a store to a draft file, shared by the dialog and tertial-cli
// report): every kind on the demo, progress in order, cancel leaving no file, errors naming the file.
#include "reportfixture.h"

#include "reports/chartimages.h"
#include "reports/htmlwriter.h"
#include "reports/reportjob.h"

#include <filesystem>
#include <set>
#include <stop_token>

namespace Tertial::Reports::Test {
namespace {

// The names in a folder, to see that a job left nothing behind (no ".del-" part file).
std::set<std::string> namesIn(const std::string &folder)
{
    std::set<std::string> names;
    for (const auto &entry : std::filesystem::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

ReportJobSettings settingsFor(const ReportRequest &request)
{
    ReportJobSettings settings;
    settings.request = request;
    settings.templateSource = std::string(TERTIAL_SOURCE_DIR) + "/resources/templates";
    return settings;
}

class ReportJobKinds : public testing::TestWithParam<KindCase>
{};

// Each kind written as DOCX: reading, every chart, the renderer and done, percent never going back.
TEST_P(ReportJobKinds, RendersTheDemoWithProgressInOrder)
{
    DemoDatabase demo;
    TestUtil::TempDir out;
    ReportJob job(settingsFor(GetParam().request));
    std::vector<ReportProgress> seen;
    job.setProgressHandler([&seen](const ReportProgress &progress) { seen.push_back(progress); });
    const std::string path = out.file(std::string(GetParam().name) + ".docx");
    auto written = job.run(demo.store(), path);
    ASSERT_TRUE(written) << written.error().message;

    ASSERT_GE(seen.size(), 3u);
    EXPECT_EQ(seen.front().stage, ReportStage::Reading);
    EXPECT_EQ(seen.front().percent, 0);
    EXPECT_EQ(seen.back().stage, ReportStage::Done);
    EXPECT_EQ(seen.back().percent, 100);
    for (std::size_t i = 1; i < seen.size(); ++i) {
        EXPECT_LE(static_cast<int>(seen[i - 1].stage), static_cast<int>(seen[i].stage)) << i;
        EXPECT_LE(seen[i - 1].percent, seen[i].percent) << i;
    }
    // One report per chart of the document, counting up to the number of charts, up to 60 %.
    std::vector<int> charts;
    for (const ReportProgress &progress : seen)
        if (progress.stage == ReportStage::Charts) {
            charts.push_back(progress.done);
            EXPECT_EQ(progress.total, static_cast<int>(job.chartCount()));
            EXPECT_FALSE(progress.detail.empty());
            EXPECT_GT(progress.percent, ReportJob::readPercent);
            EXPECT_LE(progress.percent, ReportJob::chartsPercent);
        }
    ASSERT_EQ(charts.size(), job.chartCount());
    for (std::size_t i = 0; i < charts.size(); ++i)
        EXPECT_EQ(charts[i], static_cast<int>(i) + 1);
    EXPECT_GT(job.chartCount(), 0u) << "every demo draft has at least the budget chart";
    EXPECT_TRUE(std::any_of(seen.begin(), seen.end(), [](const ReportProgress &p) {
        return p.stage == ReportStage::Writing && p.percent > ReportJob::chartsPercent && p.percent < 100;
    }));

    // The file is the document model's, with the nämnd's name, and nothing else is left in the folder.
    EXPECT_EQ(namesIn(out.path()), std::set<std::string>{std::string(GetParam().name) + ".docx"});
    const std::string parts = readZipBytes(TestUtil::readBytes(path));
    EXPECT_NE(parts.find(job.document().cover.namnd), std::string::npos);
    EXPECT_NE(parts.find("Target=\"media/chart"), std::string::npos) << "the chart images are in the draft";
}

// The job writes what the renderers write when called directly, as tertial-cli report did before
// the job existed (data, template, model, chart images, renderer): byte for byte for the formats
// whose bytes do not carry the time (DOCX with fixed zip times, HTML).
TEST_P(ReportJobKinds, SameBytesAsTheRenderersCalledDirectly)
{
    DemoDatabase demo;
    TestUtil::TempDir out;
    const std::string templates = std::string(TERTIAL_SOURCE_DIR) + "/resources/templates";
    auto data = loadReportData(demo.store(), GetParam().request);
    ASSERT_TRUE(data) << data.error().message;
    auto style = loadTemplate(templates, GetParam().request.kommun);
    ASSERT_TRUE(style) << style.error().message;
    RenderOptions options;
    options.style = *style;
    options.charts = chartImageProvider();
    const ReportDocument direct = buildReport(*data, *style);

    ReportJob job(settingsFor(GetParam().request));
    ASSERT_TRUE(job.build(demo.store()));
    while (job.drawNextChart()) {
    }
    for (const char *suffix : {"docx", "html"}) {
        const std::string directPath = out.file(std::string("direkt.") + suffix);
        const std::string jobPath = out.file(std::string("jobb.") + suffix);
        ASSERT_TRUE(writeReport(direct, directPath, options)) << suffix;
        ASSERT_TRUE(job.write(jobPath)) << suffix;
        EXPECT_TRUE(TestUtil::readBytes(directPath) == TestUtil::readBytes(jobPath)) << GetParam().name << '.' << suffix;
    }
}

INSTANTIATE_TEST_SUITE_P(Kinds, ReportJobKinds, testing::ValuesIn(kindCases),
                         [](const testing::TestParamInfo<KindCase> &param) { return std::string(param.param.name); });

// Every format from one built job: the charts are drawn once, each write puts one file in place.
TEST(ReportJob, WritesEveryFormatFromOneBuild)
{
    DemoDatabase demo;
    TestUtil::TempDir out;
    ReportJob job(settingsFor(kindCases[0].request));
    ASSERT_TRUE(job.build(demo.store()));
    while (job.drawNextChart()) {
    }
    EXPECT_TRUE(job.chartsDrawn());
    for (const char *suffix : {"docx", "odt", "pdf", "html"}) {
        auto written = job.write(out.file(std::string("utkast.") + suffix));
        EXPECT_TRUE(written) << suffix << ": " << (written ? std::string() : written.error().message);
    }
    EXPECT_EQ(namesIn(out.path()), (std::set<std::string>{"utkast.docx", "utkast.html", "utkast.odt", "utkast.pdf"}));
}

// A cancel while the charts are drawn: the job stops drawing and writes nothing.
TEST(ReportJob, CancelWhileDrawingLeavesNoFile)
{
    DemoDatabase demo;
    TestUtil::TempDir out;
    ReportJob job(settingsFor(kindCases[3].request)); // the årsredovisning: several charts
    std::stop_source stop;
    int chartsDrawn = 0;
    job.setProgressHandler([&](const ReportProgress &progress) {
        if (progress.stage == ReportStage::Charts) {
            ++chartsDrawn;
            stop.request_stop();
        }
        EXPECT_NE(progress.stage, ReportStage::Writing);
    });
    const std::string path = out.file("ar.docx");
    auto written = job.run(demo.store(), path, stop.get_token());
    ASSERT_FALSE(written);
    EXPECT_TRUE(ReportJob::isCancelled(written.error())) << written.error().message;
    EXPECT_EQ(chartsDrawn, 1);
    EXPECT_GT(job.chartCount(), 1u);
    EXPECT_TRUE(namesIn(out.path()).empty());
}

// A cancel while the renderer writes: the part file is removed and an earlier draft stays as it was.
TEST(ReportJob, CancelWhileWritingKeepsTheEarlierFile)
{
    DemoDatabase demo;
    TestUtil::TempDir out;
    const std::string path = out.file("manad.docx");
    TestUtil::writeBytes(path, "det tidigare utkastet");
    ReportJob job(settingsFor(kindCases[0].request));
    std::stop_source stop;
    job.setProgressHandler([&](const ReportProgress &progress) {
        if (progress.stage == ReportStage::Writing && progress.done > 0)
            stop.request_stop();
        EXPECT_NE(progress.stage, ReportStage::Done);
    });
    auto written = job.run(demo.store(), path, stop.get_token());
    ASSERT_FALSE(written);
    EXPECT_TRUE(ReportJob::isCancelled(written.error())) << written.error().message;
    EXPECT_EQ(namesIn(out.path()), std::set<std::string>{"manad.docx"});
    EXPECT_EQ(TestUtil::readBytes(path), "det tidigare utkastet");
}

// Writing over an earlier draft keeps what the user gave that file, as writing in place did: its
// permissions (a group-writable draft in a shared folder stays group-writable), and a link stays a
// link with the new draft in the file it names.
TEST(ReportJob, OverwriteKeepsTheEarlierFilesPermissionsAndLinks)
{
    namespace fs = std::filesystem;
    DemoDatabase demo;
    TestUtil::TempDir out;
    ReportJob job(settingsFor(kindCases[0].request));
    ASSERT_TRUE(job.build(demo.store()));
    while (job.drawNextChart()) {
    }

    const std::string path = out.file("manad.docx");
    TestUtil::writeBytes(path, "det tidigare utkastet");
    const fs::perms shared = fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read
                             | fs::perms::group_write | fs::perms::others_read;
    fs::permissions(path, shared);
    auto written = job.write(path);
    ASSERT_TRUE(written) << written.error().message;
    EXPECT_NE(TestUtil::readBytes(path), "det tidigare utkastet");
    EXPECT_EQ(fs::status(path).permissions(), shared);

    fs::create_directory(out.file("delad"));
    const std::string linked = out.file("delad/utkast.docx");
    TestUtil::writeBytes(linked, "det tidigare utkastet");
    const std::string link = out.file("lank.docx");
    fs::create_symlink(linked, link);
    written = job.write(link);
    ASSERT_TRUE(written) << written.error().message;
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_NE(TestUtil::readBytes(linked), "det tidigare utkastet");
    EXPECT_EQ(namesIn(out.file("delad")), std::set<std::string>{"utkast.docx"});
    EXPECT_EQ(namesIn(out.path()), (std::set<std::string>{"delad", "lank.docx", "manad.docx"}));
}

// A write-protected earlier draft is refused and left as it was (the rename would only need the
// folder), whoever runs the program.
TEST(ReportJob, AWriteProtectedEarlierDraftIsRefusedAndKept)
{
    namespace fs = std::filesystem;
    DemoDatabase demo;
    TestUtil::TempDir out;
    ReportJob job(settingsFor(kindCases[0].request));
    ASSERT_TRUE(job.build(demo.store()));
    const std::string path = out.file("manad.docx");
    TestUtil::writeBytes(path, "det beslutade utkastet");
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    auto written = job.write(path);
    ASSERT_FALSE(written);
    EXPECT_NE(written.error().message.find(path), std::string::npos) << written.error().message;
    EXPECT_NE(written.error().message.find("skrivskyddad"), std::string::npos) << written.error().message;
    EXPECT_EQ(TestUtil::readBytes(path), "det beslutade utkastet");
    EXPECT_EQ(namesIn(out.path()), std::set<std::string>{"manad.docx"});
}

// A renderer's failure names the file the user asked for, never the part file beside it.
TEST(ReportJob, FailedWriteNamesTheTargetFile)
{
    DemoDatabase demo;
    TestUtil::TempDir out;
    const std::string path = out.file("finns-inte/utkast.docx");
    ReportJob job(settingsFor(kindCases[0].request));
    auto written = job.run(demo.store(), path);
    ASSERT_FALSE(written);
    EXPECT_FALSE(ReportJob::isCancelled(written.error()));
    EXPECT_NE(written.error().message.find(path), std::string::npos) << written.error().message;
    EXPECT_EQ(written.error().message.find(".del-"), std::string::npos) << written.error().message;
    EXPECT_TRUE(namesIn(out.path()).empty());

    // The figures' own errors come back unchanged (the dialog and the CLI print them as they are).
    ReportJob empty(settingsFor({"0182", "SOCN", 2017, 3, ReportKind::Month, ""}));
    auto none = empty.build(demo.store());
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().message, "rapport: Socialnämnden har inget utfall för 2017-3 i databasen");
}

} // namespace
} // namespace Tertial::Reports::Test
