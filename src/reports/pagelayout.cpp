// SPDX-License-Identifier: GPL-3.0-or-later
// The page each heading of a DOCX draft lands on, found by letting LibreOffice lay it out.
#include "pagelayout.h"

#include "docxwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace Tertial::Reports {

namespace {

// The PDF export filter with the document's bookmarks as named destinations (LibreOffice 7.4+
// takes filter options as JSON).
const QString pdfFilter = QStringLiteral(
    "pdf:writer_pdf_Export:{\"ExportBookmarksToPDFDestination\":{\"type\":\"boolean\",\"value\":\"true\"}}");

QString executable(const char *name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

std::size_t headingCount(const ReportDocument &document)
{
    std::size_t count = 0;
    for (const Block &block : document.blocks)
        count += std::holds_alternative<Heading>(block);
    return count;
}

Core::Error failure(const std::string &what)
{
    return Core::Error{Core::ErrorCode::Io, "sidnummer: " + what};
}

} // namespace

bool pageLayoutAvailable()
{
    return !executable("soffice").isEmpty() && !executable("pdfinfo").isEmpty();
}

Core::Result<std::vector<int>> layOutHeadingPages(const ReportDocument &document, const RenderOptions &options)
{
    const QString soffice = executable("soffice"), pdfinfo = executable("pdfinfo");
    if (soffice.isEmpty() || pdfinfo.isEmpty())
        return std::unexpected(failure("LibreOffice (soffice) eller pdfinfo finns inte installerat"));
    QTemporaryDir folder;
    if (!folder.isValid())
        return std::unexpected(failure("kan inte skapa en tillfällig mapp"));
    const std::size_t headings = headingCount(document);
    RenderOptions draft = options;
    draft.progress = {};
    draft.headingPages.assign(headings, 99); // as wide as the real numbers of a report under 100 pages
    const QString docx = folder.filePath(QStringLiteral("utkast.docx"));
    if (auto written = writeDocx(document, docx.toStdString(), draft); !written)
        return std::unexpected(written.error());

    QProcess convert;
    convert.setProcessChannelMode(QProcess::MergedChannels);
    convert.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(folder.filePath(QStringLiteral("profil"))).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                            pdfFilter, QStringLiteral("--outdir"), folder.path(), docx});
    if (!convert.waitForFinished(120'000) || convert.exitStatus() != QProcess::NormalExit || convert.exitCode() != 0) {
        convert.kill();
        return std::unexpected(failure("LibreOffice kunde inte lägga ut dokumentet"));
    }
    const QString pdf = folder.filePath(QStringLiteral("utkast.pdf"));
    if (!QFile::exists(pdf))
        return std::unexpected(failure("LibreOffice skrev ingen PDF"));

    QProcess info;
    info.start(pdfinfo, {QStringLiteral("-dests"), pdf});
    if (!info.waitForFinished(30'000) || info.exitCode() != 0)
        return std::unexpected(failure("pdfinfo kunde inte läsa PDF-filen"));
    // "   3 [ XYZ   57  767 null      ] "5FToc100002"": LibreOffice writes '_' as "5F".
    static const QRegularExpression line(QStringLiteral("^\\s*(\\d+)\\s+\\[.*\\]\\s+\"(?:5F|_)Toc(\\d+)\""));
    std::vector<int> pages(headings, 0);
    for (const QString &text : QString::fromUtf8(info.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto match = line.match(text);
        if (!match.hasMatch())
            continue;
        const long ordinal = match.captured(2).toLong() - 100000;
        if (ordinal >= 0 && static_cast<std::size_t>(ordinal) < pages.size())
            pages[static_cast<std::size_t>(ordinal)] = match.captured(1).toInt();
    }
    RenderOptions withPages = options;
    withPages.headingPages = pages;
    if (!tocPagesKnown(document, withPages))
        return std::unexpected(failure("LibreOffice gav inte sidan för varje rubrik"));
    return pages;
}

} // namespace Tertial::Reports
