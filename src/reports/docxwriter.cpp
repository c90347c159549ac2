// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a report document as DOCX: OOXML parts written by hand, zipped with libzip.
#include "docxwriter.h"

#include "referencedocx.h"

#include "headingnumbers.h"
#include "ooxmlproperties.h"
#include "tablelayout.h"
#include "typography.h"
#include "xmltext.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace Tertial::Reports {

namespace {

// A4 portrait, 2 cm margins, in twips (1/20 pt).
constexpr int pageWidth = 11906;
constexpr int pageHeight = 16838;
constexpr int margin = 1134;
constexpr int textWidth = pageWidth - 2 * margin;
// EMU per pixel at 300 dpi (914 400 EMU per inch).
constexpr std::int64_t emuPerInch = 914400;
// Tables up to this many rows are kept on one page.
constexpr std::size_t maxRowsKeptTogether = 20;

const char *const xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char *const wordNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

std::string escaped(const std::string &text) { return xmlEscaped(text); }

// A run of text: numbers bound to their units by no-break spaces (typography.h).
std::string run(const std::string &text, const Ooxml::RunProperties &properties = {})
{
    return "<w:r>" + properties.xml() + "<w:t xml:space=\"preserve\">" + escaped(bindNumbers(text)) + "</w:t></w:r>";
}

std::string paragraph(const Ooxml::ParagraphProperties &properties, const std::string &runs)
{
    return "<w:p>" + properties.xml() + runs + "</w:p>";
}

std::string paragraph(const std::string &style, const std::string &runs)
{
    Ooxml::ParagraphProperties properties;
    properties.style = style;
    return paragraph(properties, runs);
}

std::string field(const std::string &instruction, const std::string &cached)
{
    return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> " + instruction
        + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run(cached)
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
}

std::string pageBreak() { return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }

// An inline picture (DrawingML) of `cx` × `cy` EMU whose bytes are the relationship `relId`.
std::string inlinePicture(const std::string &relId, int id, const std::string &file, const std::string &title,
                          const std::string &alt, std::int64_t cx, std::int64_t cy)
{
    const std::string extent = "cx=\"" + std::to_string(cx) + "\" cy=\"" + std::to_string(cy) + "\"";
    const std::string number = std::to_string(id);
    return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent " + extent
        + "/><wp:docPr id=\"" + number + "\" name=\"" + escaped(title) + " " + number + "\" descr=\"" + escaped(alt)
        + "\" title=\"" + escaped(title) + "\"/>"
          "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
          "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
          "<pic:nvPicPr><pic:cNvPr id=\"" + number + "\" name=\"" + file + "\" descr=\"" + escaped(alt)
        + "\"/><pic:cNvPicPr/></pic:nvPicPr>"
          "<pic:blipFill><a:blip r:embed=\"" + relId + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
          "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext " + extent + "/></a:xfrm>"
          "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
          "</wp:inline></w:drawing></w:r>";
}

// The logo `widthCm` wide, its height by its aspect ratio; docPr ids from 9000 stay clear of the charts'.
std::string logoPicture(const LogoImage &logo, double widthCm, const std::string &alt, int id)
{
    const auto cx = static_cast<std::int64_t>(widthCm / 2.54 * static_cast<double>(emuPerInch));
    const std::int64_t cy = cx * logo.heightPixels / std::max(1, logo.widthPixels);
    return inlinePicture("rIdLogo", 9000 + id, "logo.png", "Logotyp", alt, cx, cy);
}

} // namespace

bool tocPagesKnown(const ReportDocument &document, const RenderOptions &options)
{
    std::size_t ordinal = 0;
    for (const Block &block : document.blocks) {
        const auto *heading = std::get_if<Heading>(&block);
        if (!heading)
            continue;
        if (heading->level <= 2 && (ordinal >= options.headingPages.size() || options.headingPages[ordinal] <= 0))
            return false;
        ++ordinal;
    }
    return true;
}

namespace {

class DocumentXml final
{
public:
    DocumentXml(const ReportDocument &document, const RenderOptions &options, const std::optional<LogoImage> &logo)
        : m_document(document), m_options(options), m_logo(logo),
          m_numbers(headingNumbers(document, options.style.numbering))
    {
        // Every heading's ordinal in document order: its bookmark and its entry in headingPages.
        int ordinal = 0;
        for (const Block &block : document.blocks)
            m_headingOrdinal.push_back(std::holds_alternative<Heading>(block) ? ordinal++ : -1);
    }

    std::string build()
    {
        std::string body;
        body += cover();
        body += tableOfContents();
        for (std::size_t index = 0; index < m_document.blocks.size(); ++index) {
            const Block &block = m_document.blocks[index];
            if (m_options.progress)
                m_options.progress(static_cast<int>(index), static_cast<int>(m_document.blocks.size()));
            if (const auto *heading = std::get_if<Heading>(&block))
                body += headingXml(*heading, index);
            else if (const auto *p = std::get_if<Paragraph>(&block))
                body += paragraphXml(*p);
            else if (const auto *table = std::get_if<Table>(&block))
                body += tableXml(*table);
            else if (const auto *chart = std::get_if<ChartSlot>(&block))
                body += chartXml(*chart);
        }
        // CT_SectPr: the header/footer references first, then pgSz, pgMar, titlePg.
        body += std::string("<w:sectPr>") + (hasHeaderLogo(m_options.style, m_logo) ? "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" : "")
            + "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
            + pageSetup() + "<w:titlePg/></w:sectPr>";
        return std::string(xmlHeader) + "<w:document" + wordNamespaces + "><w:body>" + body + "</w:body></w:document>";
    }

    const std::vector<ZipEntry> &media() const { return m_media; }

private:
    std::string cover()
    {
        const Cover &c = m_document.cover;
        std::string out;
        if (m_logo) {
            Ooxml::ParagraphProperties spaced;
            spaced.spacing = "<w:spacing w:after=\"480\"/>";
            out += paragraph(spaced, logoPicture(*m_logo, m_options.style.logoWidthCm, c.kommun, 1));
        }
        out += paragraph("CoverKommun", run(c.kommun));
        out += paragraph("Title", run(c.title));
        out += paragraph("Subtitle", run(c.namnd));
        out += paragraph("CoverLine", run("Period: " + c.period));
        const bool placeholder = c.diarienummer.starts_with("[");
        out += paragraph("CoverLine", run("Diarienummer: ") + (placeholder ? placeholderRun(c.diarienummer) : run(c.diarienummer)));
        out += pageBreak();
        return out;
    }

    bool pagesKnown() const { return tocPagesKnown(m_document, m_options); }

    // Levels 1–2 (the seeds' tables of contents), each entry a link to its heading with the page
    // number as a PAGEREF field. The cached page numbers come from laying the document out
    // (RenderOptions::headingPages); without them the field is marked dirty, Word refreshes it on
    // open (settings: updateFields), and a note under it says the numbers are still missing.
    std::string tableOfContents()
    {
        const bool known = pagesKnown();
        std::string out = paragraph("TOCHeading", run("Innehållsförteckning"));
        Ooxml::ParagraphProperties entryStyle;
        // The number at a tab stop of its own, the page number at the right margin after dots.
        entryStyle.tabs = "<w:tabs><w:tab w:val=\"left\" w:pos=\"851\"/><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\""
            + std::to_string(textWidth) + "\"/></w:tabs>";
        std::string fieldStart = std::string("<w:r><w:fldChar w:fldCharType=\"begin\"") + (known ? "" : " w:dirty=\"true\"")
            + "/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o &quot;1-2&quot; \\h \\z \\u </w:instrText></w:r>"
              "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        bool first = true;
        for (std::size_t index = 0; index < m_document.blocks.size(); ++index) {
            const auto *heading = std::get_if<Heading>(&m_document.blocks[index]);
            if (!heading || heading->level > 2)
                continue;
            const std::string &number = m_numbers[index];
            const std::string bookmark = bookmarkName(index);
            const int page = pageOf(index);
            entryStyle.style = "TOC" + std::to_string(heading->level);
            std::string runs = first ? fieldStart : std::string();
            first = false;
            runs += "<w:hyperlink w:anchor=\"" + bookmark + "\" w:history=\"1\">"
                + (number.empty() ? std::string() : run(number) + "<w:r><w:tab/></w:r>") + run(heading->text) + "<w:r><w:tab/></w:r>"
                + field("PAGEREF " + bookmark + " \\h", page > 0 ? std::to_string(page) : std::string()) + "</w:hyperlink>";
            out += paragraph(entryStyle, runs);
        }
        if (first) // no headings: the field alone
            out += paragraph(entryStyle, fieldStart);
        // The field ends in the last entry's paragraph.
        const std::string end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        out.insert(out.rfind("</w:p>"), end);
        if (!known)
            out += paragraph("Not", run("Sidnumren i innehållsförteckningen fylls i när den uppdateras: i Word "
                                        "högerklicka på den och välj Uppdatera fält (F9)."));
        out += pageBreak();
        return out;
    }

    std::string bookmarkName(std::size_t blockIndex) const
    {
        return "_Toc" + std::to_string(100000 + m_headingOrdinal[blockIndex]);
    }

    int pageOf(std::size_t blockIndex) const
    {
        const int ordinal = m_headingOrdinal[blockIndex];
        return ordinal >= 0 && static_cast<std::size_t>(ordinal) < m_options.headingPages.size()
            ? m_options.headingPages[static_cast<std::size_t>(ordinal)]
            : 0;
    }

    // The number is Word's: the heading style is tied to the list of numbering.xml. A heading the
    // template leaves unnumbered switches the list off for its paragraph (numId 0).
    std::string headingXml(const Heading &heading, std::size_t blockIndex)
    {
        const std::string name = bookmarkName(blockIndex);
        const std::string id = std::to_string(m_bookmarkId++);
        const bool styleNumbered = m_options.style.numbering.enabled && heading.level <= m_options.style.numbering.levels;
        Ooxml::ParagraphProperties properties;
        properties.style = "Heading" + std::to_string(heading.level);
        if (styleNumbered && m_numbers[blockIndex].empty())
            properties.numbering = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>";
        return paragraph(properties, "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + name + "\"/>" + run(heading.text)
                                         + "<w:bookmarkEnd w:id=\"" + id + "\"/>");
    }

    std::string placeholderRun(const std::string &text)
    {
        Ooxml::RunProperties highlighted;
        highlighted.highlight = "yellow";
        return run(text, highlighted);
    }

    std::string paragraphXml(const Paragraph &p)
    {
        switch (p.kind) {
        case Paragraph::Kind::Body: return paragraph(std::string(), run(p.text));
        case Paragraph::Kind::Lead: return paragraph("Lead", run(p.text));
        case Paragraph::Kind::Comment: return paragraph("Kommentar", run(p.text));
        case Paragraph::Kind::Placeholder: return paragraph("Platshallare", placeholderRun(p.text));
        case Paragraph::Kind::Note: return paragraph("Not", run(p.text));
        }
        return {};
    }

    std::vector<int> columnWidths(const Table &table) const
    {
        std::vector<int> widths;
        for (double share : columnShares(table))
            widths.push_back(static_cast<int>(share * textWidth));
        return widths;
    }

    std::string cell(const std::string &text, int width, int span, bool header, ColumnKind kind, TableRow::Kind rowKind,
                     int indent, int halfPoints, bool keepWithNext,
                     std::optional<Core::IndicatorStatus> status = std::nullopt)
    {
        Ooxml::CellProperties cellProperties;
        cellProperties.width = width;
        cellProperties.gridSpan = span;
        if (rowKind == TableRow::Kind::Total)
            cellProperties.topBorder = "404040";
        if (header)
            cellProperties.fill = m_options.style.accentColour;
        cellProperties.verticalAlign = header ? "bottom" : "top";
        Ooxml::ParagraphProperties paragraphProperties;
        paragraphProperties.style = header ? "Tabellrubrik" : "Tabelltext";
        paragraphProperties.keepNext = keepWithNext;
        if (kind == ColumnKind::Number)
            paragraphProperties.justification = "right";
        else if (kind == ColumnKind::Symbol || (header && span > 1))
            paragraphProperties.justification = "center";
        if (indent > 0)
            paragraphProperties.indentLeft = indent * 170;
        Ooxml::RunProperties runProperties;
        // Header text one step smaller, so "Utfall kostnader" fits a number column.
        runProperties.halfPoints = halfPoints;
        runProperties.bold = header || rowKind != TableRow::Kind::Normal;
        if (kind == ColumnKind::Symbol && !header && status)
            runProperties.colour = m_options.style.symbolFor(*status).colour;
        return "<w:tc>" + cellProperties.xml()
            + paragraph(paragraphProperties, text.empty() ? std::string() : run(text, runProperties)) + "</w:tc>";
    }

    // CT_TblCellMar of one table, when its type's margins differ from the table style's (57 twips).
    static std::string cellMargins(int twips)
    {
        if (twips == 57)
            return {};
        const std::string w = std::to_string(twips);
        return "<w:tblCellMar><w:left w:w=\"" + w + "\" w:type=\"dxa\"/><w:right w:w=\"" + w + "\" w:type=\"dxa\"/></w:tblCellMar>";
    }

    std::string caption(const std::string &text)
    {
        Ooxml::ParagraphProperties properties;
        properties.style = "Caption";
        properties.keepNext = true;
        return paragraph(properties, run(text));
    }

    std::string tableXml(const Table &table)
    {
        const std::vector<int> widths = columnWidths(table);
        // The type the widths were computed for (tablelayout.h): smaller for many columns.
        const TableType type = tableType(table);
        std::string out;
        if (!table.caption.empty())
            out += caption(table.caption);
        // CT_TblPr: tblStyle, tblW, tblLayout, tblLook.
        out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"Tertialtabell\"/><w:tblW w:w=\"" + std::to_string(textWidth)
            + "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
            + cellMargins(type.cellMarginTwips)
            + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" "
              "w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
        for (int w : widths)
            out += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
        out += "</w:tblGrid>";
        for (const auto &header : table.header) {
            out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
            std::size_t column = 0;
            for (const HeaderCell &h : header) {
                int width = 0;
                for (int i = 0; i < h.span && column + i < widths.size(); ++i)
                    width += widths[column + i];
                const ColumnKind kind = column < table.columns.size() ? table.columns[column] : ColumnKind::Text;
                out += cell(h.text, width, h.span, true, h.span > 1 ? ColumnKind::Text : kind, TableRow::Kind::Normal, 0,
                            type.headerHalfPoints, true);
                column += static_cast<std::size_t>(h.span);
            }
            out += "</w:tr>";
        }
        // A short table stays on one page (what a secretary does by hand): every row keeps with the next.
        const bool keepTogether = table.rows.size() <= maxRowsKeptTogether;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const TableRow &row = table.rows[r];
            const bool keep = keepTogether && r + 1 < table.rows.size();
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
            for (std::size_t i = 0; i < widths.size(); ++i)
                out += cell(i < row.cells.size() ? row.cells[i] : std::string(), widths[i], 1, false, table.columns[i],
                            row.kind, i == 0 ? row.indent : 0, type.bodyHalfPoints, keep, row.status);
            out += "</w:tr>";
        }
        out += "</w:tbl>";
        out += paragraph("Tabellslut", std::string());
        return out;
    }

    std::string chartXml(const ChartSlot &chart)
    {
        std::optional<ChartImage> image;
        if (m_options.charts)
            image = m_options.charts(chart);
        std::string out = caption("Diagram: " + chart.title);
        if (!image || image->png.empty() || image->widthPixels <= 0 || image->dpi <= 0) {
            out += paragraph("Platshallare", placeholderRun("[Diagram: " + chart.title + "]"));
            return out;
        }
        const int index = static_cast<int>(m_media.size()) + 1;
        const std::string file = "chart" + std::to_string(index) + ".png";
        const std::string relId = "rIdImg" + std::to_string(index);
        m_media.push_back({"word/media/" + file, image->png, true});
        std::int64_t cx = static_cast<std::int64_t>(image->widthPixels) * emuPerInch / image->dpi;
        std::int64_t cy = static_cast<std::int64_t>(image->heightPixels) * emuPerInch / image->dpi;
        const std::int64_t maxWidth = static_cast<std::int64_t>(textWidth) * emuPerInch / 1440;
        if (cx > maxWidth) {
            cy = cy * maxWidth / cx;
            cx = maxWidth;
        }
        Ooxml::ParagraphProperties centred;
        centred.justification = "center";
        out += paragraph(centred, inlinePicture(relId, index, file, chart.title, chart.altText, cx, cy));
        return out;
    }

    static bool hasHeaderLogo(const ReportTemplate &style, const std::optional<LogoImage> &logo)
    {
        return logo && style.logoInHeader;
    }

    const ReportDocument &m_document;
    const RenderOptions &m_options;
    // pgSz and pgMar: the reference DOCX's when the template names one (pandoc's reference-doc).
    std::string pageSetup() const
    {
        const ReportTemplate &style = m_options.style;
        return (style.referencePageSize.empty()
                    ? "<w:pgSz w:w=\"" + std::to_string(pageWidth) + "\" w:h=\"" + std::to_string(pageHeight) + "\"/>"
                    : style.referencePageSize)
            + (style.referenceMargins.empty()
                   ? "<w:pgMar w:top=\"" + std::to_string(margin) + "\" w:right=\"" + std::to_string(margin) + "\" w:bottom=\""
                         + std::to_string(margin) + "\" w:left=\"" + std::to_string(margin)
                         + "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
                   : style.referenceMargins);
    }
    const std::optional<LogoImage> &m_logo;
    const std::vector<std::string> m_numbers;
    std::vector<int> m_headingOrdinal; // per block: the heading's ordinal, -1 for other blocks
    std::vector<ZipEntry> m_media;
    int m_bookmarkId = 1;
};

std::string style(const std::string &type, const std::string &id, const std::string &name, const std::string &body,
                  bool custom = true)
{
    return "<w:style w:type=\"" + type + "\" w:styleId=\"" + id + "\"" + (custom ? " w:customStyle=\"1\"" : "")
        + "><w:name w:val=\"" + name + "\"/>" + body + "</w:style>";
}

// A heading style's link to the outline list of numbering.xml, when the template numbers its level.
std::string numberingOf(const HeadingNumbering &numbering, int level)
{
    if (!numbering.enabled || level > numbering.levels)
        return {};
    return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level - 1) + "\"/><w:numId w:val=\"1\"/></w:numPr>";
}

// One multilevel list bound to Heading1..3: "%1", "%1.%2", "%1.%2.%3" with the template's
// separator, so Word's navigation pane and table of contents show the numbers.
std::string numberingXml(const HeadingNumbering &numbering)
{
    std::string out = std::string(xmlHeader) + "<w:numbering" + wordNamespaces
        + "><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>";
    std::string text;
    for (int level = 1; level <= 3; ++level) {
        text += (level > 1 ? escaped(numbering.separator) : std::string()) + "%" + std::to_string(level);
        out += "<w:lvl w:ilvl=\"" + std::to_string(level - 1) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
               "<w:pStyle w:val=\"Heading" + std::to_string(level) + "\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\""
            + text + (numbering.trailingDot ? "." : "") + "\"/><w:lvlJc w:val=\"left\"/>"
              "<w:pPr><w:ind w:left=\"0\" w:firstLine=\"0\"/></w:pPr></w:lvl>";
    }
    return out + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}

Ooxml::ParagraphProperties rightAligned(const std::string &style)
{
    Ooxml::ParagraphProperties properties;
    properties.style = style;
    properties.justification = "right";
    return properties;
}

// The page header of every page after the cover: the logo at the right margin.
std::string headerXml(const LogoImage &logo, const ReportTemplate &style, const ReportDocument &document)
{
    return std::string(xmlHeader) + "<w:hdr" + wordNamespaces + ">"
        + paragraph(rightAligned("Header"), logoPicture(logo, style.headerLogoWidthCm, document.cover.kommun, 2))
        + "</w:hdr>";
}

std::string stylesXml(const ReportTemplate &t)
{
    // Run properties built through Ooxml::RunProperties, so their children keep the schema's order.
    auto runOf = [&](bool heading, int halfPoints, bool bold, bool coloured) {
        Ooxml::RunProperties properties;
        properties.font = heading ? t.headingFont : std::string();
        properties.bold = bold;
        properties.colour = coloured ? t.headingColour : std::string();
        properties.halfPoints = halfPoints > 0 ? std::optional(halfPoints) : std::nullopt;
        return properties;
    };
    Ooxml::RunProperties defaults;
    defaults.font = t.bodyFont;
    defaults.halfPoints = 20;
    defaults.language = "sv-SE";
    std::string out = std::string(xmlHeader) + "<w:styles" + wordNamespaces + ">";
    out += "<w:docDefaults><w:rPrDefault>" + defaults.xml()
        + "</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>"
          "</w:pPrDefault></w:docDefaults>";
    out += style("paragraph", "Normal", "Normal", "<w:qFormat/>", false);
    // Built-in names ("heading 1") so Word treats them as its own headings: navigation pane, TOC.
    const int sizes[] = {32, 26, 22};
    const char *before[] = {"360", "240", "200"};
    for (int level = 1; level <= 3; ++level) {
        const std::string n = std::to_string(level);
        Ooxml::ParagraphProperties heading;
        heading.keepNext = true;
        heading.keepLines = true;
        heading.numbering = numberingOf(t.numbering, level);
        heading.spacing = "<w:spacing w:before=\"" + std::string(before[level - 1]) + "\" w:after=\"120\"/>";
        heading.outlineLevel = level - 1;
        out += style("paragraph", "Heading" + n, "heading " + n,
                     "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                         + heading.xml() + runOf(true, sizes[level - 1], true, true).xml(),
                     false);
    }
    out += style("paragraph", "Title", "Title",
                 "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"2400\" w:after=\"240\"/></w:pPr>"
                     + runOf(true, 56, true, true).xml(),
                 false);
    out += style("paragraph", "Subtitle", "Subtitle",
                 "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"480\"/></w:pPr>"
                     + runOf(true, 36, false, true).xml(),
                 false);
    Ooxml::RunProperties coverKommun = runOf(true, 24, false, true);
    coverKommun.caps = true;
    coverKommun.characterSpacing = 20;
    out += style("paragraph", "CoverKommun", "Försättsblad kommun", "<w:basedOn w:val=\"Normal\"/>" + coverKommun.xml());
    out += style("paragraph", "CoverLine", "Försättsblad rad", "<w:basedOn w:val=\"Normal\"/>" + runOf(false, 24, false, false).xml());
    out += style("paragraph", "TOCHeading", "TOC Heading",
                 "<w:basedOn w:val=\"Heading1\"/><w:next w:val=\"Normal\"/><w:pPr>"
                 // Based on Heading 1 but outside the outline: no number, not counted.
                 "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr><w:outlineLvl w:val=\"9\"/></w:pPr>", false);
    out += style("paragraph", "TOC1", "toc 1", "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/></w:pPr>", false);
    out += style("paragraph", "TOC2", "toc 2",
                 "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"284\"/></w:pPr>", false);
    out += style("paragraph", "Lead", "Ingress", "<w:basedOn w:val=\"Normal\"/><w:qFormat/>" + runOf(false, 22, true, false).xml());
    out += style("paragraph", "Kommentar", "Kommentar", "<w:basedOn w:val=\"Normal\"/><w:qFormat/>");
    Ooxml::RunProperties placeholder;
    placeholder.italic = true;
    placeholder.colour = "7F6000";
    out += style("paragraph", "Platshallare", "Platshållare", "<w:basedOn w:val=\"Normal\"/><w:qFormat/>" + placeholder.xml());
    Ooxml::RunProperties note;
    note.italic = true;
    note.halfPoints = 16;
    out += style("paragraph", "Not", "Not", "<w:basedOn w:val=\"Normal\"/>" + note.xml());
    out += style("paragraph", "Caption", "caption",
                 "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"120\" "
                 "w:after=\"60\"/></w:pPr>" + runOf(false, 18, true, true).xml(),
                 false);
    out += style("paragraph", "Tabelltext", "Tabelltext",
                 "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" "
                 "w:lineRule=\"auto\"/></w:pPr>" + runOf(false, 17, false, false).xml());
    out += style("paragraph", "Tabellrubrik", "Tabellrubrik",
                 "<w:basedOn w:val=\"Tabelltext\"/><w:pPr><w:keepNext/></w:pPr>" + runOf(false, 0, true, false).xml());
    out += style("paragraph", "Tabellslut", "Tabellslut", "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/></w:pPr>"
                     + runOf(false, 8, false, false).xml());
    out += style("paragraph", "Footer", "footer",
                 "<w:basedOn w:val=\"Normal\"/><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"" + std::to_string(textWidth)
                     + "\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr>" + runOf(false, 16, false, false).xml(),
                 false);
    out += style("paragraph", "Header", "header",
                 "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"0\"/></w:pPr>", false);
    out += style("character", "Hyperlink", "Hyperlink", "<w:rPr><w:color w:val=\"000000\"/></w:rPr>", false);
    out += style("table", "Tertialtabell", "Tertialtabell",
                 "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
                 "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"
                 "<w:insideH w:val=\"single\" w:sz=\"2\" w:space=\"0\" w:color=\"BFBFBF\"/></w:tblBorders>"
                 "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>");
    out += "</w:styles>";
    return out;
}

std::string footerXml(const ReportDocument &document)
{
    return std::string(xmlHeader) + "<w:ftr" + wordNamespaces + ">"
        + paragraph("Footer", run(document.cover.namnd + " \u2013 " + document.cover.title) + "<w:r><w:tab/></w:r>"
                                  + run("Sida ") + field("PAGE", "1") + run(" av ") + field("NUMPAGES", "1"))
        + "</w:ftr>";
}

std::string contentTypes(bool hasImages, bool hasHeader)
{
    return std::string(xmlHeader)
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + (hasImages ? "<Default Extension=\"png\" ContentType=\"image/png\"/>" : "")
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
          "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
          "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
          "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        + (hasHeader ? "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>" : "")
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
          "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
          "</Types>";
}

std::string packageRels()
{
    return std::string(xmlHeader)
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
          "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
          "</Relationships>";
}

std::string imageRel(const std::string &id, const std::string &target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\""
        + target + "\"/>";
}

std::string documentRels(std::size_t images, bool logo, bool header)
{
    std::string out = std::string(xmlHeader)
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
          "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
          "<Relationship Id=\"rIdNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
          "<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>";
    if (header)
        out += "<Relationship Id=\"rIdHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>";
    if (logo)
        out += imageRel("rIdLogo", "media/logo.png");
    for (std::size_t i = 1; i <= images; ++i)
        out += "<Relationship Id=\"rIdImg" + std::to_string(i)
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/chart"
            + std::to_string(i) + ".png\"/>";
    return out + "</Relationships>";
}

// CT_Settings order: defaultTabStop, characterSpacingControl, updateFields, themeFontLang.
// updateFields only while the table of contents lacks its page numbers: Word then offers to
// refresh the fields on open.
std::string settingsXml(bool updateFields)
{
    return std::string(xmlHeader) + "<w:settings" + wordNamespaces
        + "><w:defaultTabStop w:val=\"709\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + (updateFields ? "<w:updateFields w:val=\"true\"/>" : "") + "<w:themeFontLang w:val=\"sv-SE\"/></w:settings>";
}

std::string coreXml(const ReportDocument &document)
{
    return std::string(xmlHeader)
        + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
          "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
          "<dc:title>" + escaped(document.cover.namnd + " \u2013 " + document.cover.title) + "</dc:title>"
          "<dc:subject>" + escaped(document.cover.period) + "</dc:subject>"
          "<dc:creator>Tertial</dc:creator><dc:language>sv-SE</dc:language></cp:coreProperties>";
}

std::string appXml()
{
    return std::string(xmlHeader)
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
          "<Application>Tertial</Application></Properties>";
}

} // namespace

std::vector<ZipEntry> docxParts(const ReportDocument &document, const RenderOptions &options)
{
    const std::optional<LogoImage> logo = loadLogo(options.style);
    const bool header = logo && options.style.logoInHeader;
    DocumentXml builder(document, options, logo);
    std::string documentXml = builder.build();
    const auto &media = builder.media();
    std::vector<ZipEntry> parts;
    parts.push_back({"[Content_Types].xml", contentTypes(!media.empty() || logo, header)});
    parts.push_back({"_rels/.rels", packageRels()});
    parts.push_back({"docProps/core.xml", coreXml(document)});
    parts.push_back({"docProps/app.xml", appXml()});
    parts.push_back({"word/_rels/document.xml.rels", documentRels(media.size(), logo.has_value(), header)});
    parts.push_back({"word/document.xml", std::move(documentXml)});
    parts.push_back({"word/styles.xml", options.style.referenceStylesXml.empty()
                                            ? stylesXml(options.style)
                                            : mergedStyles(options.style.referenceStylesXml, stylesXml(options.style))});
    parts.push_back({"word/settings.xml", settingsXml(!tocPagesKnown(document, options))});
    parts.push_back({"word/numbering.xml", numberingXml(options.style.numbering)});
    parts.push_back({"word/footer1.xml", footerXml(document)});
    if (header) {
        parts.push_back({"word/header1.xml", headerXml(*logo, options.style, document)});
        parts.push_back({"word/_rels/header1.xml.rels", std::string(xmlHeader)
                             + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                             + imageRel("rIdLogo", "media/logo.png") + "</Relationships>"});
    }
    if (logo)
        parts.push_back({"word/media/logo.png", logo->png, true});
    parts.insert(parts.end(), media.begin(), media.end());
    if (options.progress)
        options.progress(1, 1);
    return parts;
}

Core::Result<void> writeDocx(const ReportDocument &document, const std::string &path, const RenderOptions &options)
{
    return writeZip(path, docxParts(document, options));
}

} // namespace Tertial::Reports
