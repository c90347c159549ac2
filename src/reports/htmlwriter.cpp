// SPDX-License-Identifier: GPL-3.0-or-later
// HTML of a report document, and ODT / PDF through QTextDocument.
#include "htmlwriter.h"

#include "docxwriter.h"

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <vector>

namespace Tertial::Reports {

namespace {

std::string escaped(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string symbolColour(const ReportTemplate &s, const std::string &symbol)
{
    for (const StatusSymbol *candidate : {&s.met, &s.partlyMet, &s.notMet, &s.missing})
        if (candidate->symbol == symbol)
            return candidate->colour;
    return "000000";
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

std::string htmlWith(const ReportDocument &document, const RenderOptions &options,
                     const std::vector<std::optional<ChartImage>> &images,
                     const std::function<std::string(int, const ChartImage &)> &imageSource)
{
    const ReportTemplate &t = options.style;
    std::string out = "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>"
        + escaped(document.cover.namnd + " \u2013 " + document.cover.title) + "</title>\n<style>\n"
        "body { font-family: '" + t.bodyFont + "', sans-serif; font-size: 10pt; }\n"
        "h1, h2, h3 { font-family: '" + t.headingFont + "', sans-serif; color: #" + t.headingColour + "; }\n"
        "table { border-collapse: collapse; margin-bottom: 8pt; }\n"
        "th { background-color: #" + t.accentColour + "; font-size: 8pt; }\n"
        "td { font-size: 8pt; }\n"
        "td.n, th.n { text-align: right; white-space: nowrap; }\n"
        "tr.total td { font-weight: bold; border-top: 1px solid #404040; }\n"
        "tr.sub td { font-weight: bold; }\n"
        ".placeholder { background-color: #FFF2A8; font-style: italic; }\n"
        ".note { font-size: 8pt; font-style: italic; }\n"
        ".lead { font-weight: bold; }\n"
        ".caption { font-weight: bold; font-size: 9pt; color: #" + t.headingColour + "; }\n"
        "</style></head><body>\n";
    const Cover &c = document.cover;
    out += "<div style=\"page-break-after: always\"><p style=\"font-size: 12pt; color: #" + t.headingColour + "\">"
        + escaped(c.kommun) + "</p><h1 style=\"font-size: 28pt\">" + escaped(c.title) + "</h1><p style=\"font-size: 18pt\">"
        + escaped(c.namnd) + "</p><p>Period: " + escaped(c.period) + "</p><p>Diarienummer: "
        + (c.diarienummer.starts_with("[") ? "<span class=\"placeholder\">" + escaped(c.diarienummer) + "</span>"
                                           : escaped(c.diarienummer))
        + "</p></div>\n";
    std::size_t chartIndex = 0;
    for (const Block &block : document.blocks) {
        if (const auto *h = std::get_if<Heading>(&block)) {
            const std::string tag = "h" + std::to_string(h->level);
            out += "<" + tag + ">" + escaped(h->number.empty() ? h->text : h->number + " " + h->text) + "</" + tag + ">\n";
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
            for (const auto &header : table->header) {
                out += "<tr>";
                std::size_t column = 0;
                for (const HeaderCell &cell : header) {
                    const bool number = cell.span == 1 && column < table->columns.size()
                        && table->columns[column] == ColumnKind::Number;
                    out += "<th bgcolor=\"#" + t.accentColour + "\"" + (number ? " class=\"n\" align=\"right\"" : "")
                        + (cell.span > 1 ? " colspan=\"" + std::to_string(cell.span) + "\" align=\"center\"" : "") + ">"
                        + escaped(cell.text) + "</th>";
                    column += static_cast<std::size_t>(cell.span);
                }
                out += "</tr>\n";
            }
            out += "</thead><tbody>\n";
            for (const TableRow &row : table->rows) {
                const bool bold = row.kind != TableRow::Kind::Normal;
                out += row.kind == TableRow::Kind::Total ? "<tr class=\"total\">"
                    : row.kind == TableRow::Kind::Subtotal ? "<tr class=\"sub\">" : "<tr>";
                for (std::size_t i = 0; i < table->columns.size(); ++i) {
                    const std::string text = i < row.cells.size() ? row.cells[i] : std::string();
                    std::string content = escaped(text);
                    if (table->columns[i] == ColumnKind::Symbol && !text.empty())
                        content = "<span style=\"color: #" + symbolColour(t, text) + "\">" + content + "</span>";
                    if (bold && !content.empty())
                        content = "<b>" + content + "</b>";
                    if (i == 0 && row.indent > 0)
                        content = std::string(static_cast<std::size_t>(row.indent) * 4, ' ') + content;
                    const char *attributes = table->columns[i] == ColumnKind::Number ? " class=\"n\" align=\"right\""
                        : table->columns[i] == ColumnKind::Symbol ? " align=\"center\"" : "";
                    out += std::string("<td") + attributes + ">" + content + "</td>";
                }
                out += "</tr>\n";
            }
            out += "</tbody></table>\n";
        } else if (const auto *chart = std::get_if<ChartSlot>(&block)) {
            const auto &image = images[chartIndex++];
            out += "<p class=\"caption\"><b>Diagram: " + escaped(chart->title) + "</b></p>\n";
            if (image && !image->png.empty()) {
                const int width = std::min(640, image->widthPixels * 96 / std::max(1, image->dpi));
                out += "<p align=\"center\"><img src=\"" + imageSource(static_cast<int>(chartIndex), *image) + "\" alt=\""
                    + escaped(chart->altText) + "\" width=\"" + std::to_string(width) + "\"></p>\n";
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

// The document as a QTextDocument, chart images added as resources.
void fillTextDocument(QTextDocument &text, const ReportDocument &document, const RenderOptions &options)
{
    const auto images = chartImages(document, options);
    const std::string html = htmlWith(document, options, images, [&](int index, const ChartImage &image) {
        const QString name = QStringLiteral("chart%1.png").arg(index);
        text.addResource(QTextDocument::ImageResource, QUrl(name),
                         QImage::fromData(QByteArray::fromRawData(image.png.data(), static_cast<qsizetype>(image.png.size()))));
        return name.toStdString();
    });
    text.setDefaultFont(QFont(QString::fromStdString(options.style.bodyFont), 9));
    text.setHtml(QString::fromStdString(html));
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
    return writeBytes(path, html);
}

Core::Result<void> writeOdt(const ReportDocument &document, const std::string &path, const RenderOptions &options)
{
    QTextDocument text;
    fillTextDocument(text, document, options);
    QTextDocumentWriter writer(QString::fromStdString(path), QByteArrayLiteral("odf"));
    if (!writer.write(&text))
        return Core::fail(Core::ErrorCode::Io, "rapport: kan inte skriva " + path);
    return {};
}

Core::Result<void> writePdf(const ReportDocument &document, const std::string &path, const RenderOptions &options)
{
    QTextDocument text;
    fillTextDocument(text, document, options);
    QPdfWriter pdf(QString::fromStdString(path));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setTitle(QString::fromStdString(document.cover.namnd + " \u2013 " + document.cover.title));
    pdf.setCreator(QStringLiteral("Tertial"));
    // QTextDocument::print paginates a copy with 2 cm margins and prints the page numbers.
    text.print(&pdf);
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
