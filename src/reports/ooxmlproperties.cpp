// SPDX-License-Identifier: GPL-3.0-or-later
// Run, paragraph and table-cell properties of WordprocessingML, written in the schema's order.
#include "ooxmlproperties.h"

#include "xmltext.h"

namespace Tertial::Reports::Ooxml {

namespace {

std::string val(const char *element, const std::string &value)
{
    return std::string("<w:") + element + " w:val=\"" + xmlEscaped(value) + "\"/>";
}

std::string val(const char *element, int value) { return val(element, std::to_string(value)); }

} // namespace

std::string RunProperties::children() const
{
    std::string out;
    if (!style.empty())
        out += val("rStyle", style);
    if (!font.empty()) {
        const std::string name = xmlEscaped(font);
        out += "<w:rFonts w:ascii=\"" + name + "\" w:hAnsi=\"" + name + "\" w:cs=\"" + name + "\"/>";
    }
    if (bold)
        out += "<w:b/>";
    if (italic)
        out += "<w:i/>";
    if (caps)
        out += "<w:caps/>";
    if (!colour.empty())
        out += val("color", colour);
    if (characterSpacing)
        out += val("spacing", *characterSpacing);
    if (halfPoints)
        out += val("sz", *halfPoints) + val("szCs", *halfPoints);
    if (!highlight.empty())
        out += val("highlight", highlight);
    if (!language.empty())
        out += val("lang", language);
    return out;
}

std::string RunProperties::xml() const
{
    const std::string inner = children();
    return inner.empty() ? std::string() : "<w:rPr>" + inner + "</w:rPr>";
}

std::string ParagraphProperties::children() const
{
    std::string out;
    if (!style.empty())
        out += val("pStyle", style);
    if (keepNext)
        out += "<w:keepNext/>";
    if (keepLines)
        out += "<w:keepLines/>";
    if (pageBreakBefore)
        out += "<w:pageBreakBefore/>";
    out += numbering;
    out += tabs;
    out += spacing;
    if (indentLeft)
        out += "<w:ind w:left=\"" + std::to_string(*indentLeft) + "\"/>";
    if (!justification.empty())
        out += val("jc", justification);
    if (outlineLevel)
        out += val("outlineLvl", *outlineLevel);
    return out;
}

std::string ParagraphProperties::xml() const
{
    const std::string inner = children();
    return inner.empty() ? std::string() : "<w:pPr>" + inner + "</w:pPr>";
}

std::string CellProperties::xml() const
{
    std::string out = "<w:tcPr>";
    if (width)
        out += "<w:tcW w:w=\"" + std::to_string(*width) + "\" w:type=\"dxa\"/>";
    if (gridSpan > 1)
        out += val("gridSpan", gridSpan);
    if (!topBorder.empty())
        out += "<w:tcBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"" + xmlEscaped(topBorder)
            + "\"/></w:tcBorders>";
    if (!fill.empty())
        out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + xmlEscaped(fill) + "\"/>";
    if (!verticalAlign.empty())
        out += val("vAlign", verticalAlign);
    return out + "</w:tcPr>";
}

} // namespace Tertial::Reports::Ooxml
