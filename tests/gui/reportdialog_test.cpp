// SPDX-License-Identifier: GPL-3.0-or-later
// "Skapa rapportutkast" driven headless on the demo database: presets, preview, progress, files, errors.
#include "common/tempdir.h"

#include "gui/reportdialog.h"
#include "models/document.h"
#include "storage/databasefiles.h"
#include "storage/sqlitestore.h"

#include <QComboBox>
#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

namespace Tertial::Test {
namespace {

using Reports::ReportKind;

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

class ReportDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Storage::copyDatabaseFile(TERTIAL_DEMO_DB, m_dir.file("demo.tertial")).has_value());
        auto store = Storage::SqliteStore::open(m_dir.file("demo.tertial"));
        ASSERT_TRUE(store) << store.error().message;
        auto namnd = (*store)->findNamnd("0182", "SOCN");
        ASSERT_TRUE(namnd && *namnd);
        m_namndId = (*namnd)->id;
        m_document = std::make_unique<Models::Document>(std::move(*store));
    }

    void select(int year, const std::string &period)
    {
        auto ok = m_document->select({"0182", m_namndId, year, period});
        ASSERT_TRUE(ok) << ok.error().message;
    }

    std::unique_ptr<Gui::ReportDialog> dialog()
    {
        return std::make_unique<Gui::ReportDialog>(*m_document, QStringLiteral(TERTIAL_SOURCE_DIR "/resources/templates"));
    }

    // Generates and waits; the progress bar's values on the way.
    std::vector<int> generate(Gui::ReportDialog &dialog, bool &ok)
    {
        std::vector<int> values;
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("progress"));
        const QMetaObject::Connection watch =
            QObject::connect(bar, &QProgressBar::valueChanged, &dialog, [&values](int value) { values.push_back(value); });
        QSignalSpy finished(&dialog, &Gui::ReportDialog::finished);
        dialog.generate();
        if (finished.isEmpty())
            finished.wait(120000);
        EXPECT_EQ(finished.count(), 1);
        ok = !finished.isEmpty() && finished.first().first().toBool();
        QObject::disconnect(watch);
        return values;
    }

    TestUtil::TempDir m_dir;
    Storage::Id m_namndId = 0;
    std::unique_ptr<Models::Document> m_document;
};

TEST_F(ReportDialogTest, ChoicesPresetFromTheSelection)
{
    select(2017, "10");
    auto month = dialog();
    const Reports::ReportRequest request = month->request();
    EXPECT_EQ(request.kommun, "0182");
    EXPECT_EQ(request.namnd, "SOCN");
    EXPECT_EQ(request.year, 2017);
    EXPECT_EQ(request.month, 10);
    EXPECT_EQ(request.kind, ReportKind::Month);
    EXPECT_TRUE(month->outputPath().endsWith(QStringLiteral("Månadsrapport SOCN 2017-10.docx"))) << month->outputPath().toStdString();

    select(2020, "T2"); // a tertial selection suggests the tertialrapport as of august
    auto tertial = dialog();
    EXPECT_EQ(tertial->request().kind, ReportKind::Tertial);
    EXPECT_EQ(tertial->request().month, 8);
    EXPECT_EQ(tertial->request().year, 2020);

    select(2020, "helår");
    auto annual = dialog();
    EXPECT_EQ(annual->request().kind, ReportKind::Annual);
    EXPECT_EQ(annual->request().month, 12);

    // The format follows the file's suffix and the other way round.
    annual->setOutputPath(QString::fromStdString(m_dir.file("a.pdf")));
    EXPECT_EQ(annual->findChild<QComboBox *>(QStringLiteral("format"))->currentData().toString(), QStringLiteral("pdf"));
    annual->findChild<QComboBox *>(QStringLiteral("format"))->setCurrentIndex(0);
    EXPECT_EQ(annual->outputPath(), QString::fromStdString(m_dir.file("a.docx")));
}

TEST_F(ReportDialogTest, GeneratesADocxWithTheTableNumbersAndShowsAPreview)
{
    select(2017, "10");
    auto d = dialog();
    const QString path = QString::fromStdString(m_dir.file("utkast.docx"));
    d->setOutputPath(path);
    bool ok = false;
    const std::vector<int> values = generate(*d, ok);
    ASSERT_TRUE(ok) << d->statusText().toStdString();
    EXPECT_EQ(d->progress(), 100);
    ASSERT_FALSE(values.empty());
    EXPECT_TRUE(std::is_sorted(values.begin(), values.end()));
    // The staged steps show: the model, the charts and the renderer each moved the bar.
    EXPECT_TRUE(std::any_of(values.begin(), values.end(), [](int v) { return v > 10 && v <= 60; }));
    EXPECT_TRUE(std::any_of(values.begin(), values.end(), [](int v) { return v > 60 && v < 100; }));
    EXPECT_EQ(values.back(), 100);
    EXPECT_TRUE(d->statusText().contains(QFileInfo(path).fileName())) << d->statusText().toStdString();
    EXPECT_EQ(d->writtenPath(), path);

    auto xml = output("unzip -p '" + path.toStdString() + "' word/document.xml");
    ASSERT_TRUE(xml);
    // The draft binds numbers with no-break spaces ("-88 552" never breaks): compare as printed.
    for (std::size_t at = xml->find("\u00A0"); at != std::string::npos; at = xml->find("\u00A0", at))
        xml->replace(at, std::string("\u00A0").size(), " ");
    // seed 002 §2.1 Barn och unga: utfall netto, budgetavvikelse, prognos
    for (const char *number : {"-88 552", "-2 066", "-107 623"})
        EXPECT_NE(xml->find(number), std::string::npos) << number;
    EXPECT_NE(xml->find("r:embed=\"rIdLogo\""), std::string::npos); // Nacka's template logo

    const QString preview = d->preview()->toPlainText();
    EXPECT_TRUE(preview.contains(QStringLiteral("-88 552")));
    EXPECT_TRUE(preview.contains(QStringLiteral("2.1 Ekonomisk tabell")));

    if (const QByteArray folder = qgetenv("TERTIAL_SCREENSHOT_DIR"); !folder.isEmpty()) {
        d->resize(1280, 800);
        d->show();
        QTest::qWait(50);
        d->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/report-dialog.png"));
    }
}

// The template chooser: the kommun's own by default, any template of the folder or a file instead.
TEST_F(ReportDialogTest, TemplateChooserDraftsWithTheChosenTemplate)
{
    select(2017, "10");
    auto d = dialog();
    auto *choice = d->findChild<QComboBox *>(QStringLiteral("templateChoice"));
    ASSERT_NE(choice, nullptr);
    QStringList names;
    for (int i = 0; i < choice->count(); ++i)
        names << choice->itemText(i);
    EXPECT_EQ(names, (QStringList{QStringLiteral("Kommunens mall"), QStringLiteral("Huddinge kommun"),
                                  QStringLiteral("Nacka kommun"), QStringLiteral("Standard")}));
    EXPECT_EQ(d->templateSource(), d->templateRoot()); // Nacka's own, from the folder
    choice->setCurrentIndex(choice->findText(QStringLiteral("Standard")));
    EXPECT_TRUE(d->templateSource().endsWith(QStringLiteral("default/template.json")));
    const QString path = QString::fromStdString(m_dir.file("standard.docx"));
    d->setOutputPath(path);
    bool ok = false;
    generate(*d, ok);
    ASSERT_TRUE(ok) << d->statusText().toStdString();
    auto xml = output("unzip -p '" + path.toStdString() + "' word/document.xml");
    ASSERT_TRUE(xml);
    EXPECT_EQ(xml->find("r:embed=\"rIdLogo\""), std::string::npos); // the neutral default has no logo
    EXPECT_NE(xml->find("inga investeringar redovisade"), std::string::npos); // its wording, not Nacka's
}

TEST_F(ReportDialogTest, PdfRenderedInTheWorkerHasTheNumbers)
{
    select(2017, "10");
    auto d = dialog();
    const QString path = QString::fromStdString(m_dir.file("utkast.pdf"));
    d->setOutputPath(path);
    bool ok = false;
    generate(*d, ok);
    ASSERT_TRUE(ok) << d->statusText().toStdString();
    auto text = output("pdftotext -enc UTF-8 '" + path.toStdString() + "' -");
    ASSERT_TRUE(text);
    EXPECT_NE(text->find("-107 623"), std::string::npos);
    EXPECT_NE(text->find("Sida 2 av"), std::string::npos);
}

TEST_F(ReportDialogTest, BadOutputPathGivesAMessageAndNoFile)
{
    select(2017, "10");
    auto d = dialog();
    const std::string missing = m_dir.file("finns-inte/utkast.docx");
    d->setOutputPath(QString::fromStdString(missing));
    bool ok = true;
    generate(*d, ok);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(d->statusText().contains(QStringLiteral("finns inte"))) << d->statusText().toStdString();
    EXPECT_FALSE(std::filesystem::exists(missing));
    EXPECT_EQ(d->progress(), 0);
    EXPECT_TRUE(d->writtenPath().isEmpty());

    d->setOutputPath(QString::fromStdString(m_dir.file("utkast.txt")));
    generate(*d, ok);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(d->statusText().contains(QStringLiteral(".docx, .odt, .pdf eller .html"))) << d->statusText().toStdString();
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("utkast.txt")));
}

TEST_F(ReportDialogTest, MonthWithoutFiguresIsExplained)
{
    select(2017, "10");
    auto d = dialog();
    d->setMonth(3); // the demo has no utfall for march 2017
    d->setOutputPath(QString::fromStdString(m_dir.file("mars.docx")));
    bool ok = true;
    generate(*d, ok);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(d->statusText().contains(QStringLiteral("inget utfall för 2017-3"))) << d->statusText().toStdString();
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("mars.docx")));
}

// The dialog and tertial-cli report run the same report job: the same choices give the same DOCX,
// byte for byte (the archive's times are fixed; the CLI without LibreOffice's page numbers, which
// the dialog does not lay out).
TEST_F(ReportDialogTest, SameDocxBytesAsTheCli)
{
    select(2020, "T2");
    auto d = dialog();
    d->setKind(ReportKind::Tertial);
    d->setMonth(2);
    const QString path = QString::fromStdString(m_dir.file("dialog.docx"));
    d->setOutputPath(path);
    bool ok = false;
    generate(*d, ok);
    ASSERT_TRUE(ok) << d->statusText().toStdString();

    const std::string cliPath = m_dir.file("cli.docx");
    const std::string command = std::string(TERTIAL_CLI) + " report '" + m_dir.file("demo.tertial")
        + "' --kommun 0182 --namnd SOCN --year 2020 --month 2 --kind tertial --utan-sidnummer --mallar '"
        + TERTIAL_SOURCE_DIR "/resources/templates' --out '" + cliPath + "' 2>/dev/null";
    auto said = output(command);
    ASSERT_TRUE(said) << command;
    EXPECT_EQ(*said, "Skrev Tertialrapport för Socialnämnden till " + cliPath + "\n");
    const std::string dialogBytes = TestUtil::readBytes(path.toStdString());
    EXPECT_GT(dialogBytes.size(), 10000u);
    EXPECT_TRUE(dialogBytes == TestUtil::readBytes(cliPath)) << "the dialog's and the CLI's drafts differ";
}

// "Avbryt" while the charts are drawn: the draft stops, no file, and the next try builds afresh.
TEST_F(ReportDialogTest, CancelStopsTheDraftWithoutAFile)
{
    select(2020, "helår");
    auto d = dialog();
    const QString path = QString::fromStdString(m_dir.file("avbrutet.docx"));
    d->setOutputPath(path);
    auto *cancel = d->findChild<QPushButton *>(QStringLiteral("cancel"));
    ASSERT_NE(cancel, nullptr);
    EXPECT_FALSE(cancel->isEnabled());
    QSignalSpy finished(d.get(), &Gui::ReportDialog::finished);
    d->generate(); // builds the model now, draws the charts on the next event-loop turns
    ASSERT_TRUE(d->isBusy());
    EXPECT_TRUE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    if (finished.isEmpty())
        finished.wait(60000);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_FALSE(d->isBusy());
    EXPECT_TRUE(d->statusText().contains(QStringLiteral("Avbrutet"))) << d->statusText().toStdString();
    EXPECT_FALSE(std::filesystem::exists(path.toStdString()));
    EXPECT_EQ(d->progress(), 0);

    bool ok = false;
    generate(*d, ok);
    ASSERT_TRUE(ok) << d->statusText().toStdString();
    EXPECT_TRUE(std::filesystem::exists(path.toStdString()));
}

} // namespace
} // namespace Tertial::Test
