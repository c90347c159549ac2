// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11: a comment with control characters gave a DOCX whose document.xml was not well-formed
// (Word refuses it). Every renderer escapes through xmlEscaped, which lets nothing XML 1.0
// forbids through; the parts are checked with an XML parser.
#include "reportfixture.h"

#include "reports/docxwriter.h"
#include "reports/htmlwriter.h"
#include "reports/xmltext.h"
#include "reports/ziparchive.h"

#include <QXmlStreamReader>

#include <cstdio>

namespace Tertial::Reports::Test {
namespace {

using namespace std::string_literals;

// The XML parser's verdict: empty when well-formed, else its message.
std::string xmlError(const std::string &xml)
{
    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString().toStdString() + " at line " + std::to_string(reader.lineNumber())
                             : std::string();
}

std::string part(const std::vector<ZipEntry> &parts, const std::string &name)
{
    for (const ZipEntry &entry : parts)
        if (entry.name == name)
            return entry.bytes;
    ADD_FAILURE() << "no part " << name;
    return {};
}

// What a controller might paste: Word's manual line break (U+000B), a bell, a NUL, a form feed,
// a C1 control, the non-character U+FFFF, a Latin-1 byte, and markup characters.
const std::string pasted = "Rad ett\x0Brad tv\xC3\xA5\a och\0 tre\x0C" "fyra \xC2\x85" "fem\xEF\xBF\xBF "
                           "sex \xE4 <b>&\"sju\"</b>\tslut"s;
const std::string cleaned = "Rad ett rad tv\xC3\xA5 och tre fyra fem sex \xEF\xBF\xBD &lt;b&gt;&amp;&quot;sju&quot;&lt;/b&gt;\tslut";

ReportDocument documentWith(const std::string &text)
{
    ReportDocument document;
    document.cover = Cover{"Nacka kommun", "Socialn\xC3\xA4mnden" + text, "M\xC3\xA5nadsrapport", "Januari", "DNR"};
    document.blocks.emplace_back(Heading{1, true, "Kommentar " + text});
    document.blocks.emplace_back(Paragraph{Paragraph::Kind::Comment, text});
    return document;
}

} // namespace

TEST(XmlText, DropsWhatXml10ForbidsAndEscapesMarkup)
{
    ASSERT_EQ(pasted.size(), 65u); // the NUL included
    EXPECT_EQ(xmlEscaped(pasted), cleaned);
    EXPECT_EQ(xmlError("<a>" + xmlEscaped(pasted) + "</a>"), "");
    EXPECT_EQ(xmlError("<a b=\"" + xmlEscaped(pasted) + "\"/>"), "");
    // Every single byte value, alone: the result is always character data an XML parser accepts.
    for (int byte = 0; byte < 256; ++byte) {
        const std::string one(1, static_cast<char>(byte));
        EXPECT_EQ(xmlError("<a>" + xmlEscaped(one) + "</a>"), "") << "byte " << byte;
    }
    // Text without any of it is unchanged but for the escapes.
    EXPECT_EQ(xmlEscaped("Barn och unga 0-20 \xC3\xA5r \xE2\x88\x92" "1 234"), "Barn och unga 0-20 \xC3\xA5r \xE2\x88\x92" "1 234");
}

TEST(XmlText, DocxWithControlCharactersInACommentIsWellFormed)
{
    RenderOptions options;
    options.style = templateFor("0182");
    const auto parts = docxParts(documentWith(pasted), options);
    ASSERT_FALSE(parts.empty());
    for (const ZipEntry &entry : parts) {
        if (entry.name.ends_with(".xml") || entry.name.ends_with(".rels")) {
            EXPECT_EQ(xmlError(entry.bytes), "") << entry.name;
        }
    }
    const std::string document = part(parts, "word/document.xml");
    EXPECT_NE(document.find("<w:t xml:space=\"preserve\">" + cleaned + "</w:t>"), std::string::npos) << document;
    EXPECT_NE(part(parts, "docProps/core.xml").find("Socialn\xC3\xA4mnden" + cleaned.substr(0, 20)), std::string::npos);
}

TEST(XmlText, HtmlAndOdtWithControlCharactersAreWellFormed)
{
    TestUtil::TempDir dir;
    RenderOptions options;
    options.style = templateFor("0182");
    const ReportDocument document = documentWith(pasted);
    const std::string html = dir.file("r.html"), odt = dir.file("r.odt");
    ASSERT_TRUE(writeReport(document, html, options));
    ASSERT_TRUE(writeReport(document, odt, options));
    const std::string htmlText = TestUtil::readBytes(html);
    EXPECT_NE(htmlText.find("<p>" + cleaned + "</p>"), std::string::npos);
    for (const char c : htmlText) {
        const auto byte = static_cast<unsigned char>(c);
        EXPECT_FALSE(byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') << "control byte " << int(byte);
    }
    const auto entries = readZip(odt);
    ASSERT_TRUE(entries.has_value()) << entries.error().message;
    for (const ZipEntry &entry : *entries) {
        if (entry.name.ends_with(".xml")) {
            EXPECT_EQ(xmlError(entry.bytes), "") << entry.name;
        }
    }
    EXPECT_NE(part(*entries, "content.xml").find("fyra fem sex"), std::string::npos);
}

} // namespace Tertial::Reports::Test
