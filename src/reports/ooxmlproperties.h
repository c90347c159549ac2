// SPDX-License-Identifier: GPL-3.0-or-later
// Run, paragraph and table-cell properties of WordprocessingML, written in the schema's order.
#pragma once

#include <optional>
#include <string>

namespace Tertial::Reports::Ooxml {

// Every field is optional; xml() writes the children of <w:rPr> in the order of ECMA-376 Part 1
// §17.3.2 (EG_RPrBase: rStyle, rFonts, b, i, caps, color, spacing, sz, szCs, highlight, lang),
// whatever order the caller set them in. Word (2007 and later, which reads the first edition's
// sequence) drops properties that come out of that order.
struct RunProperties final
{
    std::string style;     // rStyle
    std::string font;      // rFonts ascii/hAnsi/cs
    bool bold = false;     // b
    bool italic = false;   // i
    bool caps = false;     // caps
    std::string colour;    // color, RRGGBB
    std::optional<int> characterSpacing; // spacing, twentieths of a point
    std::optional<int> halfPoints;       // sz and szCs
    std::string highlight; // highlight ("yellow")
    std::string language;  // lang ("sv-SE")

    // "<w:rPr>…</w:rPr>", or empty when nothing is set.
    std::string xml() const;
    // The children only (for a style's or the document defaults' rPr).
    std::string children() const;
};

// Children of <w:pPr> in the order of CT_PPrBase (§17.3.1.26): pStyle, keepNext, keepLines,
// pageBreakBefore, numPr, tabs, spacing, ind, jc, outlineLvl.
struct ParagraphProperties final
{
    std::string style;          // pStyle
    bool keepNext = false;
    bool keepLines = false;
    bool pageBreakBefore = false;
    std::string numbering;      // the <w:numPr> element, written whole
    std::string tabs;           // the <w:tabs> element, written whole
    std::string spacing;        // the <w:spacing> element, written whole
    std::optional<int> indentLeft; // ind w:left, twips
    std::string justification;  // jc ("right", "center")
    std::optional<int> outlineLevel; // outlineLvl

    std::string xml() const;      // "<w:pPr>…</w:pPr>", or empty
    std::string children() const;
};

// Children of <w:tcPr> in the order of CT_TcPr (§17.4.70): tcW, gridSpan, tcBorders, shd, vAlign.
struct CellProperties final
{
    std::optional<int> width;   // tcW in twips
    int gridSpan = 1;
    std::string topBorder;      // tcBorders/top colour, empty: none
    std::string fill;           // shd fill, empty: none
    std::string verticalAlign;  // vAlign ("top", "bottom")

    std::string xml() const;
};

} // namespace Tertial::Reports::Ooxml
