// SPDX-License-Identifier: GPL-3.0-or-later
// HTML of a report document, and ODT / PDF through QTextDocument.
#include "htmlwriter.h"

#include "docxwriter.h"
#include "headingnumbers.h"
#include "tablelayout.h"
#include "typography.h"
#include "xmltext.h"
#include "ziparchive.h"

#include <QAbstractTextDocumentLayout>
#include <QByteArray>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>
#include <vector>

namespace Tertial::Reports {

namespace {

// Text and attribute values, with numbers bound to their units (typography.h).
std::string escaped(const std::string &text) { return xmlEscaped(bindNumbers(text)); }

// A size in half-points (w:sz) as CSS points: 13 is "6.5pt".
std::string points(int halfPoints)
{
    return std::to_string(halfPoints / 2) + (halfPoints % 2 != 0 ? ".5pt" : "pt");
}

std::string lowerSuffix(const std::string &path)
{
    const auto dot = path.rfind('.');
    std::string suffix = dot == std::string::npos ? std::string() : path.substr(dot + 1);
    std::transform(suffix.begin(), suffix.end(), suffix.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return suffix;
}

// The images of the charts, in document order, drawn once for every renderer pass.
std::vector<std::optional<ChartImage>> chartImages(const ReportDocument &document, const RenderOptions &options)
{
    std::vector<std::optional<ChartImage>> images;
    for (const Block &block : document.blocks)
        if (const auto *chart = std::get_if<ChartSlot>(&block))
            images.push_back(options.charts ? options.charts(*chart) : std::nullopt);
    return images;
}

// Pixels at 96 per inch (HTML's and QTextDocument's unit for image widths) for a width in cm.
int cssPixels(double cm) { return static_cast<int>(cm / 2.54 * 96.0 + 0.5); }

ChartImage asImage(const LogoImage &logo) { return {logo.png, logo.widthPixels, logo.heightPixels, 96}; }

// Width and height both: Qt's ODF writer takes a missing height from the image's pixels at 96
// dpi, which stretched a 300-dpi chart three times its height.
template<typename Image>
std::string imageSize(int width, const Image &image)
{
    const int height = width * image.heightPixels / std::max(1, image.widthPixels);
    return "width=\"" + std::to_string(width) + "\" height=\"" + std::to_string(height) + "\"";
}

// `pagedHeader`: the page header is drawn by the paginating renderer (PDF), not by the HTML.
// The table of contents: levels 1–2, each a link to its heading; with `pages` (the PDF) the page
// of each heading in document order beside it.
std::string tableOfContents(const ReportDocument &document, const std::vector<std::string> &numbers,
                            const std::vector<int> *pages)
{
    std::string out = "<h1 class=\"toc\">Innehållsförteckning</h1>\n<table class=\"toc\" width=\"100%\" cellspacing=\"0\" "
                      "cellpadding=\"2\">\n";
    int ordinal = -1;
    for (std::size_t index = 0; index < document.blocks.size(); ++index) {
        const auto *heading = std::get_if<Heading>(&document.blocks[index]);
        if (!heading)
            continue;
        ++ordinal;
        if (heading->level > 2)
            continue;
        const std::string indent = heading->level == 2 ? "&nbsp;&nbsp;&nbsp;&nbsp;" : "";
        out += "<tr><td>" + indent + "<a href=\"#rubrik-" + std::to_string(ordinal) + "\">"
            + (numbers[index].empty() ? "" : escaped(numbers[index]) + " ") + escaped(heading->text) + "</a></td>";
        if (pages) {
            const int page = static_cast<std::size_t>(ordinal) < pages->size() ? (*pages)[static_cast<std::size_t>(ordinal)] : 0;
            out += "<td align=\"right\" width=\"8%\">" + (page > 0 ? std::to_string(page) : std::string()) + "</td>";
        }
        out += "</tr>\n";
    }
    return out + "</table>\n<p style=\"page-break-after: always\"></p>\n";
}

std::string htmlWith(const ReportDocument &document, const RenderOptions &options,
                     const std::vector<std::optional<ChartImage>> &images,
                     const std::function<std::string(int, const ChartImage &)> &imageSource, bool pagedHeader = false,
                     const std::vector<int> *pages = nullptr)
{
    const ReportTemplate &t = options.style;
    const std::optional<LogoImage> logo = loadLogo(t);
    const std::vector<std::string> numbers = headingNumbers(document, t.numbering);
    std::string out = "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>"
        + escaped(document.cover.namnd + " \u2013 " + document.cover.title) + "</title>\n<style>\n"
        "body { font-family: '" + t.bodyFont + "', sans-serif; font-size: 10pt; }\n"
        "h1, h2, h3 { font-family: '" + t.headingFont + "', sans-serif; color: #" + t.headingColour + "; }\n"
        "table { border-collapse: collapse; margin-bottom: 8pt; }\n"
        "th { background-color: #" + t.accentColour + "; font-size: 7pt; }\n"
        "td { font-size: 8pt; }\n"
        "td.n { text-align: right; white-space: nowrap; }\n"
        "th.n { text-align: right; }\n"
        "tr.total td { font-weight: bold; border-top: 1px solid #404040; }\n"
        "tr.sub td { font-weight: bold; }\n"
        ".placeholder { background-color: #FFF2A8; font-style: italic; }\n"
        ".note { font-size: 8pt; font-style: italic; }\n"
        ".lead { font-weight: bold; }\n"
        ".caption { font-weight: bold; font-size: 9pt; color: #" + t.headingColour + "; }\n"
        "</style></head><body>\n";
    const Cover &c = document.cover;
    out += "<div>";
    // Index 0 is the logo; the charts count from 1.
    if (logo)
        out += "<p><img src=\"" + imageSource(0, asImage(*logo)) + "\" alt=\"" + escaped(c.kommun) + "\" "
            + imageSize(cssPixels(t.logoWidthCm), *logo) + "></p>";
    // The page break on the cover's last paragraph: QTextDocument breaks a <div> after its first block.
    out += "<p style=\"font-size: 12pt; color: #" + t.headingColour + "\">"
        + escaped(c.kommun) + "</p><p class=\"title\" style=\"margin-top: 96px\"><span style=\"font-size: 26pt; font-weight: bold; color: #"
        + t.headingColour + "\">" + escaped(c.title) + "</span></p><p style=\"font-size: 18pt; color: #" + t.headingColour + "\">"
        + escaped(c.namnd) + "</p><p>Period: " + escaped(c.period) + "</p><p style=\"page-break-after: always\">Diarienummer: "
        + (c.diarienummer.starts_with("[") ? "<span class=\"placeholder\">" + escaped(c.diarienummer) + "</span>"
                                           : escaped(c.diarienummer))
        + "</p></div>\n";
    if (logo && t.logoInHeader && !pagedHeader)
        out += "<p class=\"pageheader\" align=\"right\"><img src=\"" + imageSource(0, asImage(*logo)) + "\" alt=\""
            + escaped(c.kommun) + "\" " + imageSize(cssPixels(t.headerLogoWidthCm), *logo) + "></p>\n";
    out += tableOfContents(document, numbers, pages);
    std::size_t chartIndex = 0;
    int headingOrdinal = 0;
    for (std::size_t index = 0; index < document.blocks.size(); ++index) {
        const Block &block = document.blocks[index];
        if (const auto *h = std::get_if<Heading>(&block)) {
            const std::string tag = "h" + std::to_string(h->level);
            const std::string &number = numbers[index];
            out += "<" + tag + ">" + (number.empty() ? "" : "<span class=\"number\">" + escaped(number) + "</span> ")
                + "<a name=\"rubrik-" + std::to_string(headingOrdinal++) + "\">" + escaped(h->text) + "</a></" + tag + ">\n";
        } else if (const auto *p = std::get_if<Paragraph>(&block)) {
            switch (p->kind) {
            case Paragraph::Kind::Body:
            case Paragraph::Kind::Comment: out += "<p>" + escaped(p->text) + "</p>\n"; break;
            case Paragraph::Kind::Lead: out += "<p class=\"lead\"><b>" + escaped(p->text) + "</b></p>\n"; break;
            case Paragraph::Kind::Placeholder:
                out += "<p><span class=\"placeholder\" style=\"background-color: #FFF2A8\"><i>" + escaped(p->text)
                    + "</i></span></p>\n";
                break;
            case Paragraph::Kind::Note: out += "<p class=\"note\"><i>" + escaped(p->text) + "</i></p>\n"; break;
            }
        } else if (const auto *table = std::get_if<Table>(&block)) {
            if (!table->caption.empty())
                out += "<p class=\"caption\"><b>" + escaped(table->caption) + "</b></p>\n";
            out += "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"border-color: #BFBFBF\"><thead>\n";
            // A wide table in the DOCX's smaller type (tablelayout.h), which its widths are computed for.
            const TableType type = tableType(*table);
            const bool small = type.headerHalfPoints < 14;
            const std::string headerSize = small ? " style=\"font-size: " + points(type.headerHalfPoints) + "\"" : std::string();
            // The body's size on a span: QTextDocument lets a total row's bold outgrow a cell's own style.
            const std::string bodySize = small ? "<span style=\"font-size: " + points(type.bodyHalfPoints) + "\">" : std::string();
            for (const auto &header : table->header) {
                out += "<tr>";
                std::size_t column = 0;
                for (const HeaderCell &cell : header) {
                    const bool number = cell.span == 1 && column < table->columns.size()
                        && table->columns[column] == ColumnKind::Number;
                    out += "<th bgcolor=\"#" + t.accentColour + "\"" + headerSize + (number ? " class=\"n\" align=\"right\"" : "")
                        + (cell.span > 1 ? " colspan=\"" + std::to_string(cell.span) + "\" align=\"center\"" : "") + ">"
                        + escaped(cell.text) + "</th>";
                    column += static_cast<std::size_t>(cell.span);
                }
                out += "</tr>\n";
            }
            out += "</thead><tbody>\n";
            // The columns' widths on the first row, as in the DOCX: without them QTextDocument
            // squeezes the name column to a letter and pushes the numbers past the margin.
            const std::vector<double> shares = columnShares(*table);
            bool firstRow = true;
            for (const TableRow &row : table->rows) {
                const bool bold = row.kind != TableRow::Kind::Normal;
                out += row.kind == TableRow::Kind::Total ? "<tr class=\"total\">"
                    : row.kind == TableRow::Kind::Subtotal ? "<tr class=\"sub\">" : "<tr>";
                for (std::size_t i = 0; i < table->columns.size(); ++i) {
                    const std::string text = i < row.cells.size() ? row.cells[i] : std::string();
                    std::string content = escaped(text);
                    if (table->columns[i] == ColumnKind::Symbol && !text.empty() && row.status)
                        content = "<span style=\"color: #" + t.symbolFor(*row.status).colour + "\">" + content + "</span>";
                    if (!bodySize.empty() && !content.empty())
                        content = bodySize + content + "</span>";
                    if (bold && !content.empty())
                        content = "<b>" + content + "</b>";
                    if (i == 0 && row.indent > 0)
                        content = std::string(static_cast<std::size_t>(row.indent) * 4, ' ') + content;
                    const char *attributes = table->columns[i] == ColumnKind::Number ? " class=\"n\" align=\"right\""
                        : table->columns[i] == ColumnKind::Symbol ? " align=\"center\"" : "";
                    const std::string width =
                        firstRow ? " width=\"" + std::to_string(static_cast<int>(shares[i] * 100.0 + 0.5)) + "%\"" : std::string();
                    out += std::string("<td") + attributes + width + ">" + content + "</td>";
                }
                firstRow = false;
                out += "</tr>\n";
            }
            out += "</tbody></table>\n";
        } else if (const auto *chart = std::get_if<ChartSlot>(&block)) {
            const auto &image = images[chartIndex++];
            out += "<p class=\"caption\"><b>Diagram: " + escaped(chart->title) + "</b></p>\n";
            if (image && !image->png.empty()) {
                const int width = std::min(640, image->widthPixels * 96 / std::max(1, image->dpi));
                out += "<p align=\"center\"><img src=\"" + imageSource(static_cast<int>(chartIndex), *image) + "\" alt=\""
                    + escaped(chart->altText) + "\" " + imageSize(width, *image) + "></p>\n";
            } else {
                out += "<p><span class=\"placeholder\" style=\"background-color: #FFF2A8\"><i>[Diagram: "
                    + escaped(chart->title) + "]</i></span></p>\n";
            }
        }
    }
    return out + "</body></html>\n";
}

Core::Result<void> writeBytes(const std::string &path, const std::string &bytes)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()))
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path);
    return {};
}

// The document as a QTextDocument, chart images (and the logo) added as resources.
void fillTextDocument(QTextDocument &text, const ReportDocument &document, const RenderOptions &options,
                      bool pagedHeader = false, const std::vector<int> *pages = nullptr)
{
    const auto images = chartImages(document, options);
    const std::string html = htmlWith(document, options, images, [&](int index, const ChartImage &image) {
        const QString name = QStringLiteral("chart%1.png").arg(index);
        text.addResource(QTextDocument::ImageResource, QUrl(name),
                         QImage::fromData(QByteArray::fromRawData(image.png.data(), static_cast<qsizetype>(image.png.size()))));
        return name.toStdString();
    }, pagedHeader, pages);
    text.setDefaultFont(QFont(QString::fromStdString(options.style.bodyFont), 9));
    text.setHtml(QString::fromStdString(html));
}

// The document laid out on A4 pages for the PDF's device.
struct PdfLayout
{
    std::unique_ptr<QTextDocument> text;
    QRectF page;
    double side = 0, top = 0, bottom = 0; // margins in the source's 96-dpi pixels
    double scale = 1;                      // device pixels per source pixel
};

PdfLayout layOutForPdf(QTextDocument &source, QPdfWriter &pdf)
{
    PdfLayout result;
    // A fresh copy laid out for the PDF's device from the start (as QTextDocument::print does):
    // the source's layout, once made for the screen, keeps its table widths.
    result.text.reset(source.clone());
    result.text->documentLayout()->setPaintDevice(&pdf);
    constexpr double sourceDpi = 96.0;
    result.scale = pdf.logicalDpiY() / sourceDpi;
    result.side = 2.0 / 2.54 * sourceDpi;
    result.top = 2.5 / 2.54 * sourceDpi;
    result.bottom = 2.0 / 2.54 * sourceDpi;
    QTextFrameFormat frame = result.text->rootFrame()->frameFormat();
    frame.setLeftMargin(result.side);
    frame.setRightMargin(result.side);
    frame.setTopMargin(result.top);
    frame.setBottomMargin(result.bottom);
    result.text->rootFrame()->setFrameFormat(frame);
    result.page = QRectF(0, 0, pdf.width(), pdf.height());
    result.text->setPageSize(result.page.size());
    return result;
}

// The page (1 = the cover) of each heading, found by its anchor "rubrik-N" (htmlWith).
std::vector<int> headingPagesOf(const PdfLayout &layout)
{
    std::vector<int> pages;
    QAbstractTextDocumentLayout *documentLayout = layout.text->documentLayout();
    for (QTextBlock block = layout.text->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            for (const QString &name : fragment.fragment().charFormat().anchorNames()) {
                if (!name.startsWith(QLatin1String("rubrik-")))
                    continue;
                const auto ordinal = static_cast<std::size_t>(name.mid(7).toInt());
                if (pages.size() <= ordinal)
                    pages.resize(ordinal + 1, 0);
                // Where the heading's first line is: a heading whose top margin is left at the foot
                // of a page has its text on the next one.
                const QTextLayout *lines = block.layout();
                const double y = lines && lines->lineCount() > 0
                    ? lines->position().y() + lines->lineAt(0).y() + lines->lineAt(0).height() / 2
                    : documentLayout->blockBoundingRect(block).top();
                pages[ordinal] = static_cast<int>(y / layout.page.height()) + 1;
            }
        }
    }
    return pages;
}

// Pages of the text document painted one by one (what QTextDocument::print does) so that each
// page after the cover gets the template's header logo and "Sida n av m" at the foot.
void paintPages(PdfLayout &laidOut, QPdfWriter &pdf, const RenderOptions &options, const std::string &footerText)
{
    QPainter painter(&pdf);
    QAbstractTextDocumentLayout *layout = laidOut.text->documentLayout();
    const QRectF page = laidOut.page;
    const double side = laidOut.side, top = laidOut.top, bottom = laidOut.bottom, scale = laidOut.scale;
    const int pages = laidOut.text->pageCount();
    const std::optional<LogoImage> logo = options.style.logoInHeader ? loadLogo(options.style) : std::nullopt;
    const QImage logoImage = logo ? QImage::fromData(QByteArray::fromStdString(logo->png)) : QImage();
    QFont footerFont(QString::fromStdString(options.style.bodyFont), 8);
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            pdf.newPage();
        painter.save();
        painter.translate(0, -index * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        const QRectF view(0, index * page.height(), page.width(), page.height());
        painter.setClipRect(view);
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();
        if (index > 0) { // the cover has neither header nor page number
            const double right = page.width() - side * scale;
            if (!logoImage.isNull()) {
                const double width = options.style.headerLogoWidthCm / 2.54 * pdf.logicalDpiX();
                const double height = width * logoImage.height() / std::max(1, logoImage.width());
                const double y = std::max(0.0, (top * scale - height) / 2);
                painter.drawImage(QRectF(right - width, y, width, height), logoImage);
            }
            painter.setFont(footerFont);
            const QString pageText = QStringLiteral("Sida %1 av %2").arg(index + 1).arg(pages);
            const QFontMetricsF metrics(footerFont, &pdf);
            const double baseline = page.height() - bottom * scale / 2;
            painter.drawText(QPointF(right - metrics.horizontalAdvance(pageText), baseline), pageText);
            painter.drawText(QPointF(side * scale, baseline), QString::fromStdString(footerText));
        }
        if (options.progress)
            options.progress(index + 1, pages);
    }
}

// Qt's ODF writer leaves out styles.xml: no page size, no header. Added here: A4 with 2 cm
// margins and, when the template asks, the logo at the right of the header on every page but the
// first (ODF 1.3 header-first, empty, as LibreOffice writes "different first page").
Core::Result<void> addOdtPageStyles(const std::string &path, const RenderOptions &options)
{
    auto entries = readZip(path);
    if (!entries)
        return Core::fail(entries.error().code, entries.error().message);
    const std::optional<LogoImage> logo = options.style.logoInHeader ? loadLogo(options.style) : std::nullopt;
    std::string header;
    if (logo) {
        const double width = options.style.headerLogoWidthCm;
        const double height = width * logo->heightPixels / std::max(1, logo->widthPixels);
        char size[96];
        std::snprintf(size, sizeof size, "svg:width=\"%.2fcm\" svg:height=\"%.2fcm\"", width, height);
        header = "<style:header><text:p text:style-name=\"Sidhuvud\"><draw:frame draw:name=\"Logotyp\" "
                 "text:anchor-type=\"as-char\" " + std::string(size) + "><draw:image xlink:href=\"Pictures/logo.png\" "
                 "xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame></text:p>"
                 "</style:header><style:header-first><text:p/></style:header-first>";
    }
    const std::string styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\">"
        "<office:styles><style:style style:name=\"Sidhuvud\" style:family=\"paragraph\">"
        "<style:paragraph-properties fo:text-align=\"end\"/></style:style></office:styles>"
        "<office:automatic-styles><style:page-layout style:name=\"A4\"><style:page-layout-properties "
        "fo:page-width=\"21cm\" fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" "
        "fo:margin-top=\"1.2cm\" fo:margin-bottom=\"2cm\" fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
        "<style:header-style><style:header-footer-properties fo:min-height=\"0.8cm\" fo:margin-bottom=\"0.5cm\"/>"
        "</style:header-style></style:page-layout></office:automatic-styles>"
        "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\">"
        + header + "</style:master-page></office:master-styles></office:document-styles>";
    std::vector<ZipEntry> amended;
    for (ZipEntry &entry : *entries) {
        if (entry.name == "META-INF/manifest.xml") {
            std::string extra = "<manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>";
            if (logo)
                extra += "<manifest:file-entry manifest:media-type=\"image/png\" manifest:full-path=\"Pictures/logo.png\"/>";
            const auto end = entry.bytes.rfind("</manifest:manifest>");
            if (end != std::string::npos)
                entry.bytes.insert(end, extra);
        }
        amended.push_back(std::move(entry));
    }
    amended.push_back({"styles.xml", styles});
    if (logo)
        amended.push_back({"Pictures/logo.png", logo->png, true});
    return writeZip(path, amended);
}

} // namespace

std::string reportHtml(const ReportDocument &document, const RenderOptions &options,
                       const std::function<std::string(int, const ChartImage &)> &imageSource)
{
    return htmlWith(document, options, chartImages(document, options), imageSource);
}

Core::Result<void> writeHtml(const ReportDocument &document, const std::string &path, const RenderOptions &options)
{
    const std::string html = reportHtml(document, options, [](int, const ChartImage &image) {
        const QByteArray base64 =
            QByteArray::fromRawData(image.png.data(), static_cast<qsizetype>(image.png.size())).toBase64();
        return "data:image/png;base64," + base64.toStdString();
    });
    auto written = writeBytes(path, html);
    if (written && options.progress)
        options.progress(1, 1);
    return written;
}

Core::Result<void> writeOdt(const ReportDocument &document, const std::string &path, const RenderOptions &options)
{
    QTextDocument text;
    fillTextDocument(text, document, options, true);
    QTextDocumentWriter writer(QString::fromStdString(path), QByteArrayLiteral("odf"));
    if (!writer.write(&text))
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path);
    if (auto styled = addOdtPageStyles(path, options); !styled)
        return styled;
    if (options.progress)
        options.progress(1, 1);
    return {};
}

Core::Result<void> writePdf(const ReportDocument &document, const std::string &path, const RenderOptions &options)
{
    {
        // QPdfWriter reports no error of its own: check that the file can be written first.
        QFile probe(QString::fromStdString(path));
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path);
    }
    QPdfWriter pdf(QString::fromStdString(path));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(300);
    pdf.setTitle(QString::fromStdString(document.cover.namnd + " \u2013 " + document.cover.title));
    pdf.setCreator(QStringLiteral("Tertial"));
    // Two passes for the table of contents: laid out once with two-digit stand-ins for the page
    // numbers (the room they take), then again with the pages the headings landed on.
    std::size_t headings = 0;
    for (const Block &block : document.blocks)
        headings += std::holds_alternative<Heading>(block);
    RenderOptions quiet = options;
    quiet.progress = {};
    const std::vector<int> standIns(headings, 99);
    QTextDocument first;
    fillTextDocument(first, document, quiet, true, &standIns);
    const std::vector<int> pages = headingPagesOf(layOutForPdf(first, pdf));
    QTextDocument text;
    fillTextDocument(text, document, quiet, true, &pages);
    PdfLayout laidOut = layOutForPdf(text, pdf);
    paintPages(laidOut, pdf, options, document.cover.namnd + " \u2013 " + document.cover.title);
    if (!QFile::exists(QString::fromStdString(path)))
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path);
    return {};
}

Core::Result<void> writeReport(const ReportDocument &document, const std::string &path, const RenderOptions &options)
{
    const std::string suffix = lowerSuffix(path);
    if (suffix == "docx")
        return writeDocx(document, path, options);
    if (suffix == "html" || suffix == "htm")
        return writeHtml(document, path, options);
    if (suffix == "odt")
        return writeOdt(document, path, options);
    if (suffix == "pdf")
        return writePdf(document, path, options);
    return Core::fail(Core::ErrorCode::Unsupported,
                      "rapport: " + path + ": okänt filformat, förväntade .docx, .odt, .pdf eller .html");
}

} // namespace Tertial::Reports
