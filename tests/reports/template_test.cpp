// SPDX-License-Identifier: GPL-3.0-or-later
// Report templates as data: a kommun's edited template changes order, wording and columns without
// code; the shipped templates reproduce their seeds' structure and wording; mistakes in a template
// file are reported with where they are; a reference DOCX gives the styles and the page.
#include "reportfixture.h"

#include "reports/docxwriter.h"
#include "reports/templatelayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tertial::Reports::Test {
namespace {

const std::string shipped = std::string(TERTIAL_SOURCE_DIR) + "/resources/templates";

std::vector<std::string> headings(const ReportDocument &document)
{
    std::vector<std::string> texts;
    for (const Block &block : document.blocks)
        if (const auto *heading = std::get_if<Heading>(&block))
            texts.push_back(heading->text);
    return texts;
}

std::vector<std::string> paragraphs(const ReportDocument &document)
{
    std::vector<std::string> texts;
    for (const Block &block : document.blocks)
        if (const auto *paragraph = std::get_if<Paragraph>(&block))
            texts.push_back(paragraph->text);
    return texts;
}

const Table *tableCaptioned(const ReportDocument &document, const std::string &caption)
{
    for (const Block &block : document.blocks)
        if (const auto *table = std::get_if<Table>(&block); table && table->caption == caption)
            return table;
    return nullptr;
}

const TableRow *rowNamed(const Table &table, const std::string &name)
{
    for (const TableRow &row : table.rows)
        if (!row.cells.empty() && row.cells.front() == name)
            return &row;
    return nullptr;
}

QJsonObject readJson(const std::string &path)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(TestUtil::readBytes(path))).object();
}

std::string writeJson(const TestUtil::TempDir &dir, const std::string &name, const QJsonObject &object)
{
    const std::string path = dir.file(name);
    TestUtil::writeBytes(path, QJsonDocument(object).toJson().toStdString());
    return path;
}

ReportDocument draft(DemoDatabase &demo, const KindCase &kindCase, const ReportTemplate &style)
{
    auto data = loadReportData(demo.store(), kindCase.request);
    EXPECT_TRUE(data) << data.error().message;
    return data ? buildReport(*data, style) : ReportDocument{};
}

TEST(ReportTemplates, ShippedTemplatesDefineTheirKindsAndTheBuiltinDefaultHasAll)
{
    for (const char *kind : {"manad", "tertial", "delar", "ar"})
        EXPECT_FALSE(builtinTemplate().layoutFor(kind).items.empty()) << kind;
    auto nacka = loadTemplate(shipped, "0182");
    ASSERT_TRUE(nacka) << nacka.error().message;
    EXPECT_EQ(nacka->layouts.size(), 3u); // månad, tertial, år (seeds 002, 001, 000)
    auto huddinge = loadTemplate(shipped, "0126");
    ASSERT_TRUE(huddinge) << huddinge.error().message;
    EXPECT_EQ(huddinge->layouts.count("delar"), 1u); // seed 003
    // Another kommun gets the neutral default, and a kind Nacka leaves out comes from it too.
    auto other = loadTemplate(shipped, "9999");
    ASSERT_TRUE(other);
    EXPECT_EQ(other->name, "Standard");
    EXPECT_EQ(&nacka->layoutFor("delar"), &builtinTemplate().layoutFor("delar"));
}

// Seed 003 "Innehållsförteckning": the 15 entries of Huddinge's delårsrapport, in its order.
TEST(ReportTemplates, HuddingeDelarHasEverySectionOfSeed003InItsOrder)
{
    DemoDatabase demo;
    const ReportDocument document = draft(demo, kindCases[2], templateFor("0126"));
    const std::vector<std::string> seed003{"Sammanfattning",
                                           "Nämndens mål och resultat",
                                           "Nämndens mål",
                                           "Händelser av väsentlig betydelse",
                                           "Ekonomi",
                                           "Väsentliga personalförhållanden",
                                           "Effektivitetsanalys",
                                           "Plan för intern kontroll",
                                           "Riskreducerande åtgärder",
                                           "Åtgärder utifrån rekommendation från revision eller annan extern granskning",
                                           "Systematiska kontroller",
                                           "Plan för uppföljning och insyn",
                                           "Uppföljning",
                                           "Konkurrensprövningsplan",
                                           "Källförteckning"};
    std::vector<std::string> outline;
    for (const Block &block : document.blocks)
        if (const auto *heading = std::get_if<Heading>(&block); heading && heading->numbered)
            outline.push_back(heading->text);
    EXPECT_EQ(outline, seed003);
}

// Seed 003 "Sammanfattning" and "Ekonomi", first two sentences, in Huddinge's wording.
TEST(ReportTemplates, HuddingeSpeaksItsOwnSentences)
{
    DemoDatabase demo;
    const ReportDocument document = draft(demo, kindCases[2], templateFor("0126"));
    const auto texts = paragraphs(document);
    ASSERT_GE(texts.size(), 2u);
    EXPECT_EQ(texts[0], "Socialnämnden som helhet har en positiv avvikelse mot budget med 3,8 miljoner kronor per 31 augusti.");
    EXPECT_EQ(texts[1], "Prognosen för helåret 2021 är positiv med 3,4 miljoner kronor.");
    for (const std::string &text : texts)
        EXPECT_EQ(text.find("redovisar för perioden"), std::string::npos) << text; // Nacka's sentence (seed 002)
    // Seed 003 "Ekonomi, drift (per verksamhet)": the total row last, named as Huddinge names it.
    const Table *drift = tableCaptioned(document, "Ekonomi, drift (per verksamhet)");
    ASSERT_NE(drift, nullptr);
    EXPECT_EQ(drift->header.back()[5].text, "Utfall ackumulerat aug");
    EXPECT_EQ(drift->rows.back().kind, TableRow::Kind::Total);
    // The seed's Summa row: 422 848, 419 473, 3 375, 281 609, 277 829, 3 780, 260 569. Budget ack,
    // its avvikelse and föregående år come out 281 610, 3 781, 260 568: sums of the rounded rows
    // the demo data is typed from (data/README.md "Known differences", ±1).
    const auto &total = drift->rows.back().cells;
    ASSERT_EQ(total.size(), 8u);
    EXPECT_EQ(std::vector<std::string>(total.begin(), total.begin() + 4),
              (std::vector<std::string>{"Summa nettokostnad", "422 848", "419 473", "3 375"}));
    EXPECT_EQ(total[5], "277 829");
}

// Seed 001 §3.1: the tertialrapport's Ack budget group has Budget intäkter and Budget kostnader.
TEST(ReportTemplates, NackaTertialTableHasTheBudgetSplitOfSeed001)
{
    DemoDatabase demo;
    const ReportDocument document = draft(demo, kindCases[1], templateFor("0182"));
    const Table *table = tableCaptioned(document, "Ekonomisk tabell, tkr");
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->header.size(), 2u);
    EXPECT_EQ(table->header[0][2].text, "Ack budget 2020");
    EXPECT_EQ(table->header[0][2].span, 4);
    const TableRow *children = rowNamed(*table, "Barn och unga 0-20 år");
    ASSERT_NE(children, nullptr);
    EXPECT_EQ(children->cells, (std::vector<std::string>{"Barn och unga 0-20 år", "1 157", "-28 720", "-27 563", "915", "-25 447",
                                                         "-24 532", "-3 031", "-147 191", "-147 191", "0"}));
    const TableRow *adults = rowNamed(*table, "Vuxna 21-64 år");
    ASSERT_NE(adults, nullptr);
    EXPECT_EQ(adults->cells[4], "3 090");
    EXPECT_EQ(adults->cells[5], "-12 867");
    EXPECT_EQ(table->rows.back().cells[0], "Summa"); // the total row last
    EXPECT_EQ(table->rows.back().cells[4], "9 383");
}

// The "done when": a kommun's edited template changes order, wording and columns without code.
TEST(ReportTemplates, AnEditedTemplateChangesOrderWordingAndColumns)
{
    TestUtil::TempDir dir;
    QJsonObject object = readJson(shipped + "/0182/template.json");
    QJsonObject reports = object.value(QStringLiteral("reports")).toObject();
    QJsonObject month = reports.value(QStringLiteral("manad")).toObject();
    month.insert(QStringLiteral("title"), QStringLiteral("Månadsuppföljning {månad} {år}"));
    QJsonArray sections;
    sections.append(QJsonObject{{QStringLiteral("heading"), QStringLiteral("Ekonomi i sammandrag")}});
    sections.append(QJsonObject{{QStringLiteral("block"), QStringLiteral("economicTable")},
                                {QStringLiteral("caption"), QStringLiteral("Nettokostnad per verksamhet, tkr")},
                                {QStringLiteral("columns"), QJsonArray{QStringLiteral("budget_period"), QStringLiteral("utfall_netto"),
                                                                       QStringLiteral("budgetavvikelse")}}});
    sections.append(QJsonObject{{QStringLiteral("heading"), QStringLiteral("Åtgärder")}});
    sections.append(QJsonObject{{QStringLiteral("block"), QStringLiteral("actionPlan")}});
    sections.append(QJsonObject{{QStringLiteral("heading"), QStringLiteral("Resultat")}});
    sections.append(QJsonObject{{QStringLiteral("block"), QStringLiteral("periodSentences")}, {QStringLiteral("verksamheter"), false}});
    month.insert(QStringLiteral("sections"), sections);
    reports.insert(QStringLiteral("manad"), month);
    object.insert(QStringLiteral("reports"), reports);
    object.insert(QStringLiteral("amountWords"), QStringLiteral("mnkr"));
    object.insert(QStringLiteral("sentences"),
                  QJsonObject{{QStringLiteral("periodResult"), QStringLiteral("Periodens {överskott} är {belopp}.")}});
    object.remove(QStringLiteral("logo"));
    object.remove(QStringLiteral("logoInHeader"));
    auto style = loadTemplateFile(writeJson(dir, "egen-mall.json", object));
    ASSERT_TRUE(style) << style.error().message;

    DemoDatabase demo;
    const ReportDocument document = draft(demo, kindCases[0], *style);
    EXPECT_EQ(document.cover.title, "Månadsuppföljning oktober 2017");
    EXPECT_EQ(headings(document), (std::vector<std::string>{"Ekonomi i sammandrag", "Åtgärder", "Resultat"}));
    const Table *table = tableCaptioned(document, "Nettokostnad per verksamhet, tkr");
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->header.size(), 1u); // no groups: one header row
    EXPECT_EQ(table->header[0].size(), 4u);
    // Seed 002 §2.1 Summa: utfall netto -580 626, avvikelse 17 669; its budget netto rows sum to
    // -598 296 where the seed prints -595 990 (an error in the report, data/README.md "Known
    // differences"; only -598 295/-598 296 fits the printed avvikelse).
    EXPECT_EQ(table->rows.back().cells, (std::vector<std::string>{"Summa", "-598 295", "-580 626", "17 669"}));
    // Seed 002 §2: an överskott of 17,7 miljoner, in the kommun's words and number style.
    EXPECT_EQ(paragraphs(document).back(), "Periodens överskott är 17,7 mnkr.");
}

TEST(ReportTemplates, MistakesInATemplateFileAreReportedWithWhereTheyAre)
{
    TestUtil::TempDir dir;
    auto withManad = [&](const QJsonArray &sections) {
        QJsonObject object{{QStringLiteral("name"), QStringLiteral("Prov")},
                           {QStringLiteral("reports"),
                            QJsonObject{{QStringLiteral("manad"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Prov")},
                                                                             {QStringLiteral("sections"), sections}}}}}};
        return loadTemplateFile(writeJson(dir, "prov.json", object));
    };
    auto unknownBlock = withManad(QJsonArray{QJsonObject{{QStringLiteral("heading"), QStringLiteral("A")}},
                                             QJsonObject{{QStringLiteral("block"), QStringLiteral("ekonomiskTabell")}}});
    ASSERT_FALSE(unknownBlock);
    EXPECT_NE(unknownBlock.error().message.find("prov.json: reports.manad.sections[1].block: okänt block \"ekonomiskTabell\""),
              std::string::npos)
        << unknownBlock.error().message;
    auto unknownColumn = withManad(QJsonArray{QJsonObject{{QStringLiteral("block"), QStringLiteral("economicTable")},
                                                          {QStringLiteral("columns"), QJsonArray{QStringLiteral("netto")}}}});
    ASSERT_FALSE(unknownColumn);
    EXPECT_NE(unknownColumn.error().message.find("reports.manad.sections[0].columns[0]: okänd kolumn \"netto\""), std::string::npos)
        << unknownColumn.error().message;
    auto twoKinds = withManad(QJsonArray{QJsonObject{{QStringLiteral("heading"), QStringLiteral("A")},
                                                     {QStringLiteral("placeholder"), QStringLiteral("B")}}});
    ASSERT_FALSE(twoKinds);
    EXPECT_NE(twoKinds.error().message.find("sections[0]: förväntade precis en av"), std::string::npos);
    auto missingReference = loadTemplateFile(writeJson(dir, "ref.json", QJsonObject{{QStringLiteral("referenceDocx"), QStringLiteral("stil.docx")}}));
    ASSERT_FALSE(missingReference);
    EXPECT_NE(missingReference.error().message.find("referensdokumentet stil.docx finns inte"), std::string::npos);
    TestUtil::writeBytes(dir.file("ingen.json"), "{\"name\": ");
    EXPECT_FALSE(loadTemplateFile(dir.file("ingen.json")));
}

// As pandoc's reference-doc: the kommun's styles and page, Tertial's styles only where it has none.
TEST(ReportTemplates, AReferenceDocxGivesTheStylesAndThePage)
{
    TestUtil::TempDir dir;
    const std::string ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    const std::string styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles " + ns
        + "><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
          "<w:rPr><w:rFonts w:ascii=\"Garamond\" w:hAnsi=\"Garamond\"/></w:rPr></w:style></w:styles>";
    const std::string documentXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + ns
        + "><w:body><w:p/><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1800\" "
          "w:bottom=\"1440\" w:left=\"1800\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>";
    auto zip = zipBytes({{"word/styles.xml", styles}, {"word/document.xml", documentXml}});
    ASSERT_TRUE(zip);
    TestUtil::writeBytes(dir.file("stil.docx"), *zip);
    auto style = loadTemplateFile(writeJson(dir, "mall.json", QJsonObject{{QStringLiteral("referenceDocx"), QStringLiteral("stil.docx")}}));
    ASSERT_TRUE(style) << style.error().message;

    DemoDatabase demo;
    RenderOptions options;
    options.style = *style;
    const auto parts = docxParts(draft(demo, kindCases[0], *style), options);
    std::string stylesPart, body;
    for (const ZipEntry &entry : parts) {
        if (entry.name == "word/styles.xml")
            stylesPart = entry.bytes;
        if (entry.name == "word/document.xml")
            body = entry.bytes;
    }
    EXPECT_NE(stylesPart.find("Garamond"), std::string::npos);
    EXPECT_EQ(stylesPart.find("w:styleId=\"Normal\""), stylesPart.rfind("w:styleId=\"Normal\"")); // the kommun's, once
    EXPECT_NE(stylesPart.find("w:styleId=\"Heading1\""), std::string::npos); // Tertial's, added
    EXPECT_NE(body.find("<w:pgMar w:top=\"1440\" w:right=\"1800\""), std::string::npos);

    auto notDocx = [&] {
        TestUtil::writeBytes(dir.file("fel.docx"), "inte en zip");
        return loadTemplateFile(writeJson(dir, "fel.json", QJsonObject{{QStringLiteral("referenceDocx"), QStringLiteral("fel.docx")}}));
    }();
    ASSERT_FALSE(notDocx);
    EXPECT_NE(notDocx.error().message.find("fel.docx är inte en DOCX"), std::string::npos) << notDocx.error().message;
}

} // namespace
} // namespace Tertial::Reports::Test
