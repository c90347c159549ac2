// SPDX-License-Identifier: GPL-3.0-or-later
// Heading numbering and the logo, both template settings, applied alike by the DOCX, HTML, ODT and
// PDF renderers.
#include "reportfixture.h"

#include "reports/docxwriter.h"
#include "reports/headingnumbers.h"
#include "reports/htmlwriter.h"

#include <QDir>
#include <QImage>

#include <cstdio>
#include <regex>

namespace Tertial::Reports::Test {
namespace {

std::string part(const std::vector<ZipEntry> &parts, const std::string &name)
{
    for (const ZipEntry &entry : parts)
        if (entry.name == name)
            return entry.bytes;
    return {};
}

bool hasPart(const std::vector<ZipEntry> &parts, const std::string &name)
{
    return std::any_of(parts.begin(), parts.end(), [&](const ZipEntry &entry) { return entry.name == name; });
}

std::optional<std::string> output(const std::string &command)
{
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return std::nullopt;
    std::string text;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        text.append(buffer, n);
    return pclose(pipe) == 0 ? std::optional(text) : std::nullopt;
}

std::size_t count(const std::string &text, const std::regex &pattern)
{
    return static_cast<std::size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), pattern), std::sregex_iterator()));
}

// A template folder written by the test: template.json and a 400 × 100 PNG logo.
class TemplateFolder
{
public:
    explicit TemplateFolder(const std::string &json, bool withLogo = true)
    {
        std::filesystem::create_directories(m_dir.file("mallar/9999"));
        TestUtil::writeBytes(m_dir.file("mallar/9999/template.json"), json);
        if (withLogo) {
            QImage logo(400, 100, QImage::Format_RGB32);
            logo.fill(QColor(0x00, 0x55, 0x8C));
            logo.save(QString::fromStdString(m_dir.file("mallar/9999/logo.png")));
        }
    }
    std::string root() const { return m_dir.file("mallar"); }
    std::string logoBytes() const { return TestUtil::readBytes(m_dir.file("mallar/9999/logo.png")); }

private:
    TestUtil::TempDir m_dir;
};

ReportDocument outline()
{
    ReportDocument document;
    document.cover = {"Nacka kommun", "Socialnämnden", "Månadsrapport oktober 2017", "Januari–oktober 2017", "[Skriv: diarienummer]"};
    document.blocks = {Heading{1, true, "Verksamhetsresultat"}, Paragraph{Paragraph::Kind::Body, "Text."},
                       Heading{1, true, "Ekonomiskt resultat"},  Heading{3, false, "Periodens utfall"},
                       Heading{2, true, "Ekonomisk tabell"},     Heading{3, true, "Detalj"},
                       Heading{2, true, "Investeringar"},        Heading{1, true, "Åtgärdsplan"},
                       Heading{2, true, "Åtgärder"}};
    return document;
}

TEST(HeadingNumbers, CountLikeWordsOutlineList)
{
    // Numbered headings count; an unnumbered one does not; a heading restarts the deeper levels.
    const std::vector<std::string> expected{"1", "", "2", "", "2.1", "2.1.1", "2.2", "3", "3.1"};
    EXPECT_EQ(headingNumbers(outline(), HeadingNumbering{}), expected);
}

TEST(HeadingNumbers, TemplateLevelsSeparatorTrailingDotAndOff)
{
    HeadingNumbering twoLevels;
    twoLevels.levels = 2;
    twoLevels.trailingDot = true;
    const std::vector<std::string> expected{"1.", "", "2.", "", "2.1.", "", "2.2.", "3.", "3.1."};
    EXPECT_EQ(headingNumbers(outline(), twoLevels), expected);
    HeadingNumbering off;
    off.enabled = false;
    EXPECT_EQ(headingNumbers(outline(), off), std::vector<std::string>(9));
}

TEST(Template, ReadsNumberingAndLogoSettings)
{
    TemplateFolder folder(R"({"headingNumbering": {"levels": 2, "separator": "-", "trailingDot": true},
                              "logo": "logo.png", "logoWidthCm": 5.5, "logoInHeader": true, "headerLogoWidthCm": 2})");
    auto style = loadTemplate(folder.root(), "9999");
    ASSERT_TRUE(style) << style.error().message;
    EXPECT_TRUE(style->numbering.enabled);
    EXPECT_EQ(style->numbering.levels, 2);
    EXPECT_EQ(style->numbering.separator, "-");
    EXPECT_TRUE(style->numbering.trailingDot);
    EXPECT_DOUBLE_EQ(style->logoWidthCm, 5.5);
    EXPECT_TRUE(style->logoInHeader);
    auto logo = loadLogo(*style);
    ASSERT_TRUE(logo);
    EXPECT_EQ(logo->widthPixels, 400);
    EXPECT_EQ(logo->heightPixels, 100);

    // The shipped templates: Nacka numbers its headings, Huddinge (seed 003) does not.
    EXPECT_TRUE(templateFor("0182").numbering.enabled);
    EXPECT_FALSE(templateFor("0126").numbering.enabled);
    EXPECT_TRUE(loadLogo(templateFor("0182")));
}

TEST(Template, MissingLogoFileIsAnErrorNamingIt)
{
    TemplateFolder folder(R"({"logo": "vapen.png"})", false);
    auto style = loadTemplate(folder.root(), "9999");
    ASSERT_FALSE(style);
    EXPECT_NE(style.error().message.find("logotypen vapen.png finns inte"), std::string::npos) << style.error().message;
}

TEST(Docx, HeadingsNumberedByWordsListWithNumberingPart)
{
    DemoDatabase demo;
    auto data = loadReportData(demo.store(), kindCases[0].request);
    ASSERT_TRUE(data) << data.error().message;
    RenderOptions options;
    options.style = templateFor("0182");
    const auto parts = docxParts(buildReport(*data, options.style), options);
    ASSERT_TRUE(hasPart(parts, "word/numbering.xml"));
    const std::string numbering = part(parts, "word/numbering.xml");
    EXPECT_NE(numbering.find("<w:pStyle w:val=\"Heading2\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\"%1.%2\"/>"),
              std::string::npos);
    EXPECT_NE(part(parts, "[Content_Types].xml").find("/word/numbering.xml"), std::string::npos);
    EXPECT_NE(part(parts, "word/_rels/document.xml.rels").find("Target=\"numbering.xml\""), std::string::npos);
    const std::string styles = part(parts, "word/styles.xml");
    EXPECT_NE(styles.find("<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>"), std::string::npos);
    const std::string document = part(parts, "word/document.xml");
    // The number is Word's, not text: seed 002 "2.1 Ekonomisk tabell".
    EXPECT_NE(document.find("<w:t xml:space=\"preserve\">Ekonomisk tabell</w:t>"), std::string::npos);
    EXPECT_EQ(document.find(">2.1 Ekonomisk tabell<"), std::string::npos);
    // The cached table of contents shows the same number until Word refreshes it.
    EXPECT_NE(document.find(">2.1</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">Ekonomisk tabell<"),
              std::string::npos);
    // Unnumbered headings ("Periodens utfall", level 3) switch the list off.
    EXPECT_NE(document.find("<w:pStyle w:val=\"Heading3\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>"),
              std::string::npos);

    // Huddinge: no numbers, the heading styles are not tied to the list.
    options.style = templateFor("0126");
    const auto huddinge = docxParts(buildReport(*data, options.style), options);
    EXPECT_EQ(part(huddinge, "word/styles.xml").find("<w:numId w:val=\"1\"/>"), std::string::npos);
}

TEST(Docx, LogoOnCoverAndInHeader)
{
    TemplateFolder folder(R"({"logo": "logo.png", "logoWidthCm": 5.08, "logoInHeader": true})");
    RenderOptions options;
    options.style = loadTemplate(folder.root(), "9999").value();
    const auto parts = docxParts(outline(), options);
    EXPECT_EQ(part(parts, "word/media/logo.png"), folder.logoBytes());
    EXPECT_NE(part(parts, "[Content_Types].xml").find("Extension=\"png\""), std::string::npos);
    EXPECT_NE(part(parts, "word/_rels/document.xml.rels").find("Id=\"rIdLogo\""), std::string::npos);
    const std::string document = part(parts, "word/document.xml");
    const auto cover = document.find("r:embed=\"rIdLogo\"");
    ASSERT_NE(cover, std::string::npos);
    EXPECT_LT(cover, document.find("Månadsrapport oktober 2017")); // above the title
    // 5,08 cm = 2 inches = 1 828 800 EMU wide; 400 × 100 px keeps its ratio.
    EXPECT_NE(document.find("cx=\"1828800\" cy=\"457200\""), std::string::npos);
    EXPECT_NE(document.find("<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"), std::string::npos);
    EXPECT_NE(part(parts, "word/header1.xml").find("r:embed=\"rIdLogo\""), std::string::npos);
    EXPECT_NE(part(parts, "word/_rels/header1.xml.rels").find("Target=\"media/logo.png\""), std::string::npos);

    // Without logoInHeader there is no header part.
    TemplateFolder coverOnly(R"({"logo": "logo.png"})");
    options.style = loadTemplate(coverOnly.root(), "9999").value();
    const auto plain = docxParts(outline(), options);
    EXPECT_TRUE(hasPart(plain, "word/media/logo.png"));
    EXPECT_FALSE(hasPart(plain, "word/header1.xml"));
}

TEST(Renderers, HtmlOdtPdfShowTheSameNumbersAndTheLogo)
{
    TemplateFolder folder(R"({"logo": "logo.png", "logoInHeader": true})");
    RenderOptions options;
    options.style = loadTemplate(folder.root(), "9999").value();
    TestUtil::TempDir dir;
    const std::string html = dir.file("r.html"), odt = dir.file("r.odt"), pdf = dir.file("r.pdf");
    std::vector<std::pair<int, int>> steps;
    options.progress = [&](int done, int total) { steps.emplace_back(done, total); };
    ASSERT_TRUE(writeReport(outline(), html, options));
    ASSERT_TRUE(writeReport(outline(), odt, options));
    ASSERT_TRUE(writeReport(outline(), pdf, options));
    ASSERT_FALSE(steps.empty());
    EXPECT_EQ(steps.back().first, steps.back().second); // the PDF's last page reported

    const std::string htmlText = TestUtil::readBytes(html);
    EXPECT_NE(htmlText.find("<h2><span class=\"number\">2.1</span> <a name=\"rubrik-3\">Ekonomisk tabell</a></h2>"), std::string::npos);
    EXPECT_NE(htmlText.find("<h3><a name=\"rubrik-2\">Periodens utfall</a></h3>"), std::string::npos);
    EXPECT_NE(htmlText.find("<img src=\"data:image/png;base64,"), std::string::npos);
    EXPECT_LT(htmlText.find("data:image/png"), htmlText.find("Månadsrapport oktober 2017</span></p>"));

    auto content = output("unzip -p '" + odt + "' content.xml");
    ASSERT_TRUE(content);
    EXPECT_NE(content->find("2.1"), std::string::npos);
    EXPECT_NE(content->find("2.1.1"), std::string::npos);
    auto listing = output("unzip -l '" + odt + "'");
    ASSERT_TRUE(listing);
    EXPECT_NE(listing->find("Pictures/"), std::string::npos) << *listing; // the logo is embedded
    auto styles = output("unzip -p '" + odt + "' styles.xml");
    ASSERT_TRUE(styles); // Qt writes none: the page size and the header are added
    EXPECT_NE(styles->find("fo:page-width=\"21cm\""), std::string::npos);
    EXPECT_NE(styles->find("<style:header><text:p text:style-name=\"Sidhuvud\"><draw:frame"), std::string::npos);
    EXPECT_NE(styles->find("xlink:href=\"Pictures/logo.png\""), std::string::npos);
    EXPECT_NE(listing->find("Pictures/logo.png"), std::string::npos);
    EXPECT_NE(output("unzip -p '" + odt + "' META-INF/manifest.xml")->find("manifest:full-path=\"styles.xml\""),
              std::string::npos);

    auto text = output("pdftotext -enc UTF-8 '" + pdf + "' -");
    ASSERT_TRUE(text);
    EXPECT_NE(text->find("2.1 Ekonomisk tabell"), std::string::npos);
    EXPECT_NE(text->find("3.1 Åtgärder"), std::string::npos);
    auto images = output("pdfimages -list '" + pdf + "'");
    ASSERT_TRUE(images);
    // The cover's logo on page 1, the header's on page 2: "page num type ..." rows.
    EXPECT_TRUE(std::regex_search(*images, std::regex("\\n\\s+1\\s+\\d+\\s+image")) ) << *images;
    EXPECT_TRUE(std::regex_search(*images, std::regex("\\n\\s+2\\s+\\d+\\s+image"))) << *images;
}

// The ODT's header as LibreOffice lays it out: the cover has only its own logo, page 2 the header's.
TEST(Odt, LibreOfficeShowsTheHeaderLogoAfterTheCover)
{
    TemplateFolder folder(R"({"logo": "logo.png", "logoInHeader": true})");
    RenderOptions options;
    options.style = loadTemplate(folder.root(), "9999").value();
    TestUtil::TempDir dir;
    const std::string odt = dir.file("outline.odt");
    ASSERT_TRUE(writeOdt(outline(), odt, options));
    const std::string command = "libreoffice -env:UserInstallation=file://" + dir.file("lo-profile")
        + " --headless --convert-to pdf --outdir '" + dir.path() + "' '" + odt + "' >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    auto images = output("pdfimages -list '" + dir.file("outline.pdf") + "'");
    ASSERT_TRUE(images);
    EXPECT_EQ(count(*images, std::regex("\\n\\s+1\\s+\\d+\\s+image")), 1u) << *images;
    EXPECT_EQ(count(*images, std::regex("\\n\\s+2\\s+\\d+\\s+image")), 1u) << *images;
    auto text = output("pdftotext -enc UTF-8 '" + dir.file("outline.pdf") + "' -");
    ASSERT_TRUE(text);
    EXPECT_NE(text->find("2.1 Ekonomisk tabell"), std::string::npos);
}

// LibreOffice, a real consumer of the DOCX, numbers the headings from numbering.xml: the number
// shows in the table of contents (cached text) and again at the heading (list numbering).
TEST(Docx, LibreOfficeNumbersTheHeadingsFromTheList)
{
    TestUtil::TempDir dir;
    RenderOptions options;
    options.style = templateFor("0182");
    const std::string docx = dir.file("outline.docx");
    ASSERT_TRUE(writeDocx(outline(), docx, options));
    const std::string command = "libreoffice -env:UserInstallation=file://" + dir.file("lo-profile")
        + " --headless --convert-to pdf --outdir '" + dir.path() + "' '" + docx + "' >/dev/null 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    auto text = output("pdftotext -enc UTF-8 '" + dir.file("outline.pdf") + "' -");
    ASSERT_TRUE(text);
    EXPECT_EQ(count(*text, std::regex("2\\.1\\s+Ekonomisk tabell")), 2u) << *text;
    EXPECT_EQ(count(*text, std::regex("2\\.1\\.1\\s+Detalj")), 1u) << *text; // level 3: not in the TOC
    EXPECT_EQ(count(*text, std::regex("\\d\\s+Periodens utfall")), 0u) << *text;
}

} // namespace
} // namespace Tertial::Reports::Test
