// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a municipality's report template from its folder.
#include "reporttemplate.h"

#include "referencedocx.h"
#include "templatelayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace Tertial::Reports {

const StatusSymbol &ReportTemplate::symbolFor(Core::IndicatorStatus status) const
{
    switch (status) {
    case Core::IndicatorStatus::Met: return met;
    case Core::IndicatorStatus::PartlyMet: return partlyMet;
    case Core::IndicatorStatus::NotMet: return notMet;
    case Core::IndicatorStatus::Missing: return missing;
    case Core::IndicatorStatus::NoTarget: return noTarget;
    }
    return missing;
}

std::string ReportTemplate::statusCellText(Core::IndicatorStatus status) const
{
    const StatusSymbol &own = symbolFor(status);
    for (Core::IndicatorStatus other : Core::kAllIndicatorStatuses)
        if (other != status && symbolFor(other).symbol == own.symbol)
            return own.symbol + " " + own.label;
    return own.symbol;
}

namespace {

void read(const QJsonObject &object, const char *key, std::string &target)
{
    if (object.contains(QLatin1String(key)))
        target = object.value(QLatin1String(key)).toString().toStdString();
}

void read(const QJsonObject &object, const char *key, bool &target)
{
    if (object.contains(QLatin1String(key)))
        target = object.value(QLatin1String(key)).toBool();
}

void read(const QJsonObject &object, const char *key, double &target)
{
    if (object.contains(QLatin1String(key)))
        target = object.value(QLatin1String(key)).toDouble(target);
}

// "headingNumbering": false | true | {"levels": 2, "separator": ".", "trailingDot": true}.
// The older key "numberedHeadings" (a boolean) still switches it on or off.
void readNumbering(const QJsonObject &object, HeadingNumbering &target)
{
    read(object, "numberedHeadings", target.enabled);
    const QJsonValue value = object.value(QLatin1String("headingNumbering"));
    if (value.isBool()) {
        target.enabled = value.toBool();
    } else if (value.isObject()) {
        const QJsonObject numbering = value.toObject();
        target.enabled = true;
        read(numbering, "enabled", target.enabled);
        if (numbering.contains(QLatin1String("levels")))
            target.levels = std::clamp(numbering.value(QLatin1String("levels")).toInt(target.levels), 0, 3);
        read(numbering, "separator", target.separator);
        read(numbering, "trailingDot", target.trailingDot);
    }
}

void read(const QJsonObject &object, const char *key, StatusSymbol &target)
{
    if (!object.contains(QLatin1String(key)))
        return;
    const QJsonObject symbol = object.value(QLatin1String(key)).toObject();
    read(symbol, "symbol", target.symbol);
    read(symbol, "colour", target.colour);
    read(symbol, "label", target.label);
}

Core::Result<ReportTemplate> fromJson(const QByteArray &bytes, const QString &fileName, const QString &folder)
{
    ReportTemplate result;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (json.isNull() || !json.isObject())
        return Core::fail(Core::ErrorCode::InvalidInput, "mall: " + fileName.toStdString() + ": "
                                                             + error.errorString().toStdString()
                                                             + (json.isNull() ? " vid tecken " + std::to_string(error.offset) : std::string())
                                                             + ", förväntade ett JSON-objekt");
    const QJsonObject object = json.object();
    result.folder = folder.toStdString();
    result.file = fileName.toStdString();
    read(object, "name", result.name);
    read(object, "bodyFont", result.bodyFont);
    read(object, "headingFont", result.headingFont);
    read(object, "headingColour", result.headingColour);
    read(object, "accentColour", result.accentColour);
    readNumbering(object, result.numbering);
    read(object, "costsPositive", result.costsPositive);
    read(object, "logo", result.logo);
    read(object, "logoWidthCm", result.logoWidthCm);
    read(object, "logoInHeader", result.logoInHeader);
    read(object, "headerLogoWidthCm", result.headerLogoWidthCm);
    read(object, "referenceDocx", result.referenceDocx);
    read(object, "amountWords", result.amountWords);
    if (result.amountWords != "miljoner kronor" && result.amountWords != "miljoner" && result.amountWords != "mnkr")
        return Core::fail(Core::ErrorCode::InvalidInput, "mall: " + fileName.toStdString() + ": amountWords \""
                                                             + result.amountWords
                                                             + "\", förväntade \"miljoner kronor\", \"miljoner\" eller \"mnkr\"");
    // Files the template names sit in its folder and are read now: the folder may be gone by rendering.
    std::string referenceBytes;
    for (auto [name, bytesOut] : {std::pair{&result.logo, &result.logoPng}, std::pair{&result.referenceDocx, &referenceBytes}}) {
        if (name->empty())
            continue;
        QFile named(QDir(folder).filePath(QString::fromStdString(*name)));
        if (!named.exists())
            return Core::fail(Core::ErrorCode::NotFound, "mall: " + fileName.toStdString() + ": "
                                                             + (name == &result.logo ? "logotypen " : "referensdokumentet ")
                                                             + *name + " finns inte i " + folder.toStdString());
        if (!named.open(QIODevice::ReadOnly))
            return Core::fail(Core::ErrorCode::Io, "mall: kan inte läsa " + named.fileName().toStdString());
        *bytesOut = named.readAll().toStdString();
    }
    if (!result.referenceDocx.empty()) {
        auto reference = readReferenceDocx(referenceBytes, result.referenceDocx);
        if (!reference)
            return std::unexpected(reference.error());
        result.referenceStylesXml = std::move(reference->stylesXml);
        result.referencePageSize = std::move(reference->pageSize);
        result.referenceMargins = std::move(reference->margins);
    }
    std::string base;
    read(object, "percentBase", base);
    if (base == "utfall")
        result.percentBase = Core::PercentBase::Actual;
    read(object, "met", result.met);
    read(object, "partlyMet", result.partlyMet);
    read(object, "notMet", result.notMet);
    read(object, "missing", result.missing);
    read(object, "noTarget", result.noTarget);
    if (auto layouts = readLayouts(object, fileName.toStdString(), result); !layouts)
        return std::unexpected(layouts.error());
    return result;
}

} // namespace

const KindLayout &ReportTemplate::layoutFor(const std::string &kindCode) const
{
    if (auto it = layouts.find(kindCode); it != layouts.end())
        return it->second;
    const ReportTemplate &builtin = builtinTemplate();
    if (this != &builtin)
        if (auto it = builtin.layouts.find(kindCode); it != builtin.layouts.end())
            return it->second;
    static const KindLayout empty;
    return empty;
}

Core::Result<ReportTemplate> loadTemplateFile(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.exists())
        return Core::fail(Core::ErrorCode::NotFound, "mall: " + path + " finns inte");
    if (!file.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::Io, "mall: kan inte läsa " + path);
    return fromJson(file.readAll(), file.fileName(), QFileInfo(file).absolutePath());
}

Core::Result<ReportTemplate> loadTemplate(const std::string &root, const std::string &kommun)
{
    if (root.empty())
        return builtinTemplate();
    QString folder = QDir(QString::fromStdString(root)).filePath(QString::fromStdString(kommun));
    if (!QFile::exists(QDir(folder).filePath(QStringLiteral("template.json"))))
        folder = QDir(QString::fromStdString(root)).filePath(QStringLiteral("default"));
    const QString path = QDir(folder).filePath(QStringLiteral("template.json"));
    if (!QFile::exists(path))
        return builtinTemplate();
    return loadTemplateFile(path.toStdString());
}

Core::Result<ReportTemplate> loadTemplateFrom(const std::string &source, const std::string &kommun)
{
    if (!source.empty() && QFileInfo(QString::fromStdString(source)).isFile())
        return loadTemplateFile(source);
    return loadTemplate(source, kommun);
}

const ReportTemplate &builtinTemplate()
{
    // The shipped default file, compiled in (builtintemplate.cpp is generated by CMake from it).
    static const ReportTemplate builtin = [] {
        auto parsed = fromJson(QByteArray(builtinTemplateJson()), QStringLiteral("<inbyggd standardmall>"), QString());
        return parsed ? std::move(*parsed) : ReportTemplate{};
    }();
    return builtin;
}

std::string headingLabel(const HeadingNumbering &numbering, const std::vector<int> &counters)
{
    std::string label;
    for (std::size_t i = 0; i < counters.size(); ++i)
        label += (i ? numbering.separator : std::string()) + std::to_string(counters[i]);
    if (numbering.trailingDot && !label.empty())
        label += '.';
    return label;
}

std::optional<LogoImage> loadLogo(const ReportTemplate &style)
{
    if (style.logo.empty())
        return std::nullopt;
    QByteArray bytes = QByteArray::fromStdString(style.logoPng);
    if (bytes.isEmpty()) {
        QFile file(QDir(QString::fromStdString(style.folder)).filePath(QString::fromStdString(style.logo)));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        bytes = file.readAll();
    }
    const QImage image = QImage::fromData(bytes, "PNG");
    if (image.isNull())
        return std::nullopt;
    return LogoImage{bytes.toStdString(), image.width(), image.height()};
}

} // namespace Tertial::Reports
