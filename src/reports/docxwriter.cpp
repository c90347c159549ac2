// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a report document as DOCX: OOXML parts written by hand, zipped with libzip.
#include "docxwriter.h"

#include "headingnumbers.h"
#include "xmltext.h"
#include "tablelayout.h"

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

// Every text goes through the one escaping point (xmltext.h).
std::string escaped(const std::string &text)
{
    return xmlEscaped(text);
}

std::string run(const std::string &text, const std::string &properties = {})
{
    std::string out = "<w:r>";
    if (!properties.empty())
        out += "<w:rPr>" + properties + "</w:rPr>";
    return out + "<w:t xml:space=\"preserve\">" + escaped(text) + "</w:t></w:r>";
}

std::string paragraph(const std::string &style, const std::string &runs, const std::string &extra = {})
{
    std::string out = "<w:p><w:pPr>";
    if (!style.empty())
        out += "<w:pStyle w:val=\"" + style + "\"/>";
    return out + extra + "</w:pPr>" + runs + "</w:p>";
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

class DocumentXml final
{
public:
    DocumentXml(const ReportDocument &document, const RenderOptions &options, const std::optional<LogoImage> &logo)
        : m_document(document), m_options(options), m_logo(logo),
          m_numbers(headingNumbers(document, options.style.numbering))
    {}

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
                body += headingXml(*heading, m_numbers[index]);
            else if (const auto *p = std::get_if<Paragraph>(&block))
                body += paragraphXml(*p);
            else if (const auto *table = std::get_if<Table>(&block))
                body += tableXml(*table);
            else if (const auto *chart = std::get_if<ChartSlot>(&block))
                body += chartXml(*chart);
        }
        body += std::string("<w:sectPr>") + (hasHeaderLogo(m_options.style, m_logo) ? "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>" : "")
            + "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
                "<w:pgSz w:w=\"" + std::to_string(pageWidth) + "\" w:h=\"" + std::to_string(pageHeight) + "\"/>"
                "<w:pgMar w:top=\"" + std::to_string(margin) + "\" w:right=\"" + std::to_string(margin)
            + "\" w:bottom=\"" + std::to_string(margin) + "\" w:left=\"" + std::to_string(margin)
            + "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>";
        return std::string(xmlHeader) + "<w:document" + wordNamespaces + "><w:body>" + body + "</w:body></w:document>";
    }

    const std::vector<ZipEntry> &media() const { return m_media; }

private:
    std::string cover()
    {
        const Cover &c = m_document.cover;
        std::string out;
        if (m_logo)
            out += paragraph({}, logoPicture(*m_logo, m_options.style.logoWidthCm, c.kommun, 1), "<w:spacing w:after=\"480\"/>");
        out += paragraph("CoverKommun", run(c.kommun));
        out += paragraph("Title", run(c.title));
        out += paragraph("Subtitle", run(c.namnd));
        out += paragraph("CoverLine", run("Period: " + c.period));
        const bool placeholder = c.diarienummer.starts_with("[");
        out += paragraph("CoverLine", run("Diarienummer: ") + (placeholder ? placeholderRun(c.diarienummer) : run(c.diarienummer)));
        out += pageBreak();
        return out;
    }

    std::string tableOfContents()
    {
        std::string out = paragraph("TOCHeading", run("Innehållsförteckning"));
        // The cached entries let a reader without field updates (LibreOffice headless) see the
        // headings; Word refreshes the field with page numbers on open (settings: updateFields).
        out += "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\""
            + std::to_string(textWidth) + "\"/></w:tabs></w:pPr>"
              "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r><w:r><w:instrText xml:space=\"preserve\">"
              " TOC \\o &quot;1-3&quot; \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
        bool first = true;
        for (std::size_t index = 0; index < m_document.blocks.size(); ++index) {
            const auto *heading = std::get_if<Heading>(&m_document.blocks[index]);
            if (!heading || heading->level > 2)
                continue;
            const std::string &number = m_numbers[index];
            const std::string entry = (number.empty() ? "" : number + "  ") + heading->text;
            if (!first)
                out += "</w:p><w:p><w:pPr><w:pStyle w:val=\"TOC" + std::to_string(heading->level)
                    + "\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"" + std::to_string(textWidth)
                    + "\"/></w:tabs></w:pPr>";
            first = false;
            out += "<w:hyperlink w:anchor=\"" + bookmarkName(heading) + "\" w:history=\"1\">" + run(entry) + "</w:hyperlink>";
        }
        out += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        out += pageBreak();
        return out;
    }

    std::string bookmarkName(const Heading *heading)
    {
        auto it = std::find(m_headingOrder.begin(), m_headingOrder.end(), heading);
        if (it == m_headingOrder.end()) {
            m_headingOrder.push_back(heading);
            it = std::prev(m_headingOrder.end());
        }
        return "_Toc" + std::to_string(100000 + (it - m_headingOrder.begin()));
    }

    // The number is Word's: the heading style is tied to the list of numbering.xml. A heading the
    // template leaves unnumbered switches the list off for its paragraph (numId 0).
    std::string headingXml(const Heading &heading, const std::string &number)
    {
        const std::string name = bookmarkName(&heading);
        const std::string id = std::to_string(m_bookmarkId++);
        const bool styleNumbered = m_options.style.numbering.enabled && heading.level <= m_options.style.numbering.levels;
        const std::string noNumber =
            styleNumbered && number.empty() ? "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr>" : "";
        return paragraph("Heading" + std::to_string(heading.level),
                         "<w:bookmarkStart w:id=\"" + id + "\" w:name=\"" + name + "\"/>" + run(heading.text)
                             + "<w:bookmarkEnd w:id=\"" + id + "\"/>",
                         noNumber);
    }

    std::string placeholderRun(const std::string &text) { return run(text, "<w:highlight w:val=\"yellow\"/>"); }

    std::string paragraphXml(const Paragraph &p)
    {
        switch (p.kind) {
        case Paragraph::Kind::Body: return paragraph({}, run(p.text));
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
                     int indent, const std::string &fontSize, bool keepWithNext)
    {
        std::string props = "<w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
        if (span > 1)
            props += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
        if (header)
            props += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + m_options.style.accentColour + "\"/>";
        if (rowKind == TableRow::Kind::Total)
            props += "<w:tcBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"404040\"/></w:tcBorders>";
        props += "<w:vAlign w:val=\"" + std::string(header ? "bottom" : "top") + "\"/>";
        std::string ppr = keepWithNext ? "<w:keepNext/>" : "";
        if (kind == ColumnKind::Number)
            ppr += "<w:jc w:val=\"right\"/>";
        else if (kind == ColumnKind::Symbol || (header && span > 1))
            ppr += "<w:jc w:val=\"center\"/>";
        if (indent > 0)
            ppr += "<w:ind w:left=\"" + std::to_string(indent * 170) + "\"/>";
        // Header text one step smaller, so "Utfall kostnader" fits a number column.
        std::string rpr = header ? "<w:sz w:val=\"14\"/><w:szCs w:val=\"14\"/>" : fontSize;
        if (header || rowKind != TableRow::Kind::Normal)
            rpr += "<w:b/>";
        if (kind == ColumnKind::Symbol && !header)
            rpr += "<w:color w:val=\"" + symbolColour(text) + "\"/>";
        return "<w:tc><w:tcPr>" + props + "</w:tcPr>"
            + paragraph(header ? "Tabellrubrik" : "Tabelltext", text.empty() ? std::string() : run(text, rpr), ppr)
            + "</w:tc>";
    }

    std::string symbolColour(const std::string &symbol) const
    {
        const ReportTemplate &s = m_options.style;
        for (const StatusSymbol *candidate : {&s.met, &s.partlyMet, &s.notMet, &s.missing})
            if (candidate->symbol == symbol)
                return candidate->colour;
        return "000000";
    }

    std::string tableXml(const Table &table)
    {
        const std::vector<int> widths = columnWidths(table);
        const std::string fontSize = table.columns.size() > 6 ? "<w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/>"
                                                              : "<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>";
        std::string out;
        if (!table.caption.empty())
            out += paragraph("Caption", run(table.caption), "<w:keepNext/>");
        out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"Tertialtabell\"/><w:tblW w:w=\"" + std::to_string(textWidth)
            + "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
              "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" "
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
                            fontSize, true);
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
                            row.kind, i == 0 ? row.indent : 0, fontSize, keep);
            out += "</w:tr>";
        }
        out += "</w:tbl>";
        out += paragraph("Tabellslut", {});
        return out;
    }

    std::string chartXml(const ChartSlot &chart)
    {
        std::optional<ChartImage> image;
        if (m_options.charts)
            image = m_options.charts(chart);
        std::string out = paragraph("Caption", run("Diagram: " + chart.title), "<w:keepNext/>");
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
        out += "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
            + inlinePicture(relId, index, file, chart.title, chart.altText, cx, cy) + "</w:p>";
        return out;
    }

    static bool hasHeaderLogo(const ReportTemplate &style, const std::optional<LogoImage> &logo)
    {
        return logo && style.logoInHeader;
    }

    const ReportDocument &m_document;
    const RenderOptions &m_options;
    const std::optional<LogoImage> &m_logo;
    const std::vector<std::string> m_numbers;
    std::vector<ZipEntry> m_media;
    std::vector<const Heading *> m_headingOrder;
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

// The page header of every page after the cover: the logo at the right margin.
std::string headerXml(const LogoImage &logo, const ReportTemplate &style, const ReportDocument &document)
{
    return std::string(xmlHeader) + "<w:hdr" + wordNamespaces + ">"
        + paragraph("Header", logoPicture(logo, style.headerLogoWidthCm, document.cover.kommun, 2), "<w:jc w:val=\"right\"/>")
        + "</w:hdr>";
}

std::string stylesXml(const ReportTemplate &t)
{
    const std::string bodyFont = "<w:rFonts w:ascii=\"" + escaped(t.bodyFont) + "\" w:hAnsi=\"" + escaped(t.bodyFont)
        + "\" w:cs=\"" + escaped(t.bodyFont) + "\"/>";
    const std::string headFont = "<w:rFonts w:ascii=\"" + escaped(t.headingFont) + "\" w:hAnsi=\""
        + escaped(t.headingFont) + "\" w:cs=\"" + escaped(t.headingFont) + "\"/>";
    const std::string colour = "<w:color w:val=\"" + t.headingColour + "\"/>";
    std::string out = std::string(xmlHeader) + "<w:styles" + wordNamespaces + ">";
    out += "<w:docDefaults><w:rPrDefault><w:rPr>" + bodyFont
        + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"sv-SE\"/></w:rPr></w:rPrDefault>"
          "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
          "</w:docDefaults>";
    out += style("paragraph", "Normal", "Normal", "<w:qFormat/>", false);
    // Built-in names ("heading 1") so Word treats them as its own headings: navigation pane, TOC.
    const char *sizes[] = {"32", "26", "22"};
    const char *before[] = {"360", "240", "200"};
    for (int level = 1; level <= 3; ++level) {
        const std::string n = std::to_string(level);
        out += style("paragraph", "Heading" + n, "heading " + n,
                     "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                     "<w:pPr><w:keepNext/><w:keepLines/>" + numberingOf(t.numbering, level) + "<w:spacing w:before=\"" + std::string(before[level - 1])
                         + "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(level - 1) + "\"/></w:pPr>"
                         "<w:rPr>" + headFont + "<w:b/>" + colour + "<w:sz w:val=\"" + sizes[level - 1] + "\"/><w:szCs w:val=\""
                         + sizes[level - 1] + "\"/></w:rPr>",
                     false);
    }
    out += style("paragraph", "Title", "Title",
                 "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"2400\" w:after=\"240\"/></w:pPr>"
                 "<w:rPr>" + headFont + "<w:b/>" + colour + "<w:sz w:val=\"56\"/><w:szCs w:val=\"56\"/></w:rPr>",
                 false);
    out += style("paragraph", "Subtitle", "Subtitle",
                 "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"480\"/></w:pPr>"
                 "<w:rPr>" + headFont + colour + "<w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr>",
                 false);
    out += style("paragraph", "CoverKommun", "Försättsblad kommun",
                 "<w:basedOn w:val=\"Normal\"/><w:rPr>" + headFont + "<w:caps/><w:spacing w:val=\"20\"/>" + colour
                     + "<w:sz w:val=\"24\"/></w:rPr>");
    out += style("paragraph", "CoverLine", "Försättsblad rad", "<w:basedOn w:val=\"Normal\"/><w:rPr><w:sz w:val=\"24\"/></w:rPr>");
    out += style("paragraph", "TOCHeading", "TOC Heading",
                 "<w:basedOn w:val=\"Heading1\"/><w:next w:val=\"Normal\"/><w:pPr>"
                 // Based on Heading 1 but outside the outline: no number, not counted.
                 "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr><w:outlineLvl w:val=\"9\"/></w:pPr>", false);
    out += style("paragraph", "TOC1", "toc 1", "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/></w:pPr>", false);
    out += style("paragraph", "TOC2", "toc 2",
                 "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"284\"/></w:pPr>", false);
    out += style("paragraph", "Lead", "Ingress", "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:rPr><w:b/><w:sz w:val=\"22\"/></w:rPr>");
    out += style("paragraph", "Kommentar", "Kommentar", "<w:basedOn w:val=\"Normal\"/><w:qFormat/>");
    out += style("paragraph", "Platshallare", "Platshållare",
                 "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:rPr><w:i/><w:color w:val=\"7F6000\"/></w:rPr>");
    out += style("paragraph", "Not", "Not", "<w:basedOn w:val=\"Normal\"/><w:rPr><w:i/><w:sz w:val=\"16\"/></w:rPr>");
    out += style("paragraph", "Caption", "caption",
                 "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"120\" "
                 "w:after=\"60\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"18\"/>" + colour + "</w:rPr>",
                 false);
    out += style("paragraph", "Tabelltext", "Tabelltext",
                 "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" "
                 "w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"17\"/></w:rPr>");
    out += style("paragraph", "Tabellrubrik", "Tabellrubrik",
                 "<w:basedOn w:val=\"Tabelltext\"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/></w:rPr>");
    out += style("paragraph", "Tabellslut", "Tabellslut", "<w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"60\"/></w:pPr><w:rPr><w:sz w:val=\"8\"/></w:rPr>");
    out += style("paragraph", "Footer", "footer",
                 "<w:basedOn w:val=\"Normal\"/><w:pPr><w:tabs><w:tab w:val=\"right\" w:pos=\"" + std::to_string(textWidth)
                     + "\"/></w:tabs><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:sz w:val=\"16\"/></w:rPr>",
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

std::string settingsXml()
{
    // updateFields: Word offers to refresh the table of contents and page references on open.
    return std::string(xmlHeader) + "<w:settings" + wordNamespaces
        + "><w:updateFields w:val=\"true\"/><w:defaultTabStop w:val=\"709\"/>"
          "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:themeFontLang w:val=\"sv-SE\"/></w:settings>";
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
    parts.push_back({"word/styles.xml", stylesXml(options.style)});
    parts.push_back({"word/settings.xml", settingsXml()});
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
