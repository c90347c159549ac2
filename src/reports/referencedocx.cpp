// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedocx.h"

#include "ziparchive.h"

#include <QTemporaryDir>

#include <fstream>

namespace Tertial::Reports {

namespace {

// The text of the last element `<tag .../>` (self-closing, as Word writes pgSz and pgMar).
std::string lastEmptyElement(const std::string &xml, const std::string &tag)
{
    const std::size_t at = xml.rfind("<" + tag + " ");
    if (at == std::string::npos)
        return {};
    const std::size_t end = xml.find("/>", at);
    return end == std::string::npos ? std::string() : xml.substr(at, end + 2 - at);
}

std::string styleIdOf(const std::string &styleElement)
{
    const std::string key = "w:styleId=\"";
    const std::size_t at = styleElement.find(key);
    if (at == std::string::npos)
        return {};
    const std::size_t end = styleElement.find('"', at + key.size());
    return styleElement.substr(at + key.size(), end - at - key.size());
}

} // namespace

Core::Result<ReferenceDocx> readReferenceDocx(const std::string &bytes, const std::string &name)
{
    // libzip reads from a file: the bytes go through a private temporary folder.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Core::fail(Core::ErrorCode::Io, "mall: kan inte skapa en tillfällig mapp för " + name);
    const std::string path = dir.filePath(QStringLiteral("reference.docx")).toStdString();
    {
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out)
            return Core::fail(Core::ErrorCode::Io, "mall: kan inte skriva en kopia av " + name);
    }
    auto entries = readZip(path);
    if (!entries)
        return Core::fail(Core::ErrorCode::InvalidInput,
                          "mall: referensdokumentet " + name + " är inte en DOCX (" + entries.error().message + ")");
    ReferenceDocx reference;
    for (const ZipEntry &entry : *entries) {
        if (entry.name == "word/styles.xml")
            reference.stylesXml = entry.bytes;
        else if (entry.name == "word/document.xml") {
            reference.pageSize = lastEmptyElement(entry.bytes, "w:pgSz");
            reference.margins = lastEmptyElement(entry.bytes, "w:pgMar");
        }
    }
    if (reference.stylesXml.find("</w:styles>") == std::string::npos)
        return Core::fail(Core::ErrorCode::InvalidInput,
                          "mall: referensdokumentet " + name + " har ingen word/styles.xml, förväntade en DOCX från Word eller LibreOffice");
    return reference;
}

std::string mergedStyles(const std::string &referenceStylesXml, const std::string &ownStylesXml)
{
    std::string merged = referenceStylesXml;
    std::string added;
    for (std::size_t at = ownStylesXml.find("<w:style "); at != std::string::npos;
         at = ownStylesXml.find("<w:style ", at + 1)) {
        const std::size_t end = ownStylesXml.find("</w:style>", at);
        if (end == std::string::npos)
            break;
        const std::string element = ownStylesXml.substr(at, end + 10 - at);
        const std::string id = styleIdOf(element);
        if (!id.empty() && referenceStylesXml.find("w:styleId=\"" + id + "\"") == std::string::npos)
            added += element;
    }
    merged.insert(merged.rfind("</w:styles>"), added);
    return merged;
}

} // namespace Tertial::Reports
