// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a municipality's report template from its folder.
#include "reporttemplate.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Tertial::Reports {

const StatusSymbol &ReportTemplate::symbolFor(Core::IndicatorStatus status) const
{
    switch (status) {
    case Core::IndicatorStatus::Met: return met;
    case Core::IndicatorStatus::PartlyMet: return partlyMet;
    case Core::IndicatorStatus::NotMet: return notMet;
    case Core::IndicatorStatus::Missing: return missing;
    }
    return missing;
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

} // namespace

Core::Result<ReportTemplate> loadTemplate(const std::string &root, const std::string &kommun)
{
    ReportTemplate result;
    if (root.empty())
        return result;
    QString folder = QDir(QString::fromStdString(root)).filePath(QString::fromStdString(kommun));
    if (!QFile::exists(QDir(folder).filePath(QStringLiteral("template.json"))))
        folder = QDir(QString::fromStdString(root)).filePath(QStringLiteral("default"));
    QFile file(QDir(folder).filePath(QStringLiteral("template.json")));
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly))
        return Core::fail(Core::ErrorCode::Io, "mall: kan inte läsa " + file.fileName().toStdString());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (json.isNull() || !json.isObject())
        return Core::fail(Core::ErrorCode::InvalidInput, "mall: " + file.fileName().toStdString() + ": "
                                                             + error.errorString().toStdString()
                                                             + ", förväntade ett JSON-objekt");
    const QJsonObject object = json.object();
    result.folder = folder.toStdString();
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
    if (!result.logo.empty() && !QFile::exists(QDir(folder).filePath(QString::fromStdString(result.logo))))
        return Core::fail(Core::ErrorCode::NotFound, "mall: " + file.fileName().toStdString() + ": logotypen "
                                                         + result.logo + " finns inte i " + folder.toStdString());
    if (!result.logo.empty()) {
        QFile logoFile(QDir(folder).filePath(QString::fromStdString(result.logo)));
        if (logoFile.open(QIODevice::ReadOnly))
            result.logoPng = logoFile.readAll().toStdString();
    }
    std::string base;
    read(object, "percentBase", base);
    if (base == "utfall")
        result.percentBase = Core::PercentBase::Actual;
    read(object, "met", result.met);
    read(object, "partlyMet", result.partlyMet);
    read(object, "notMet", result.notMet);
    read(object, "missing", result.missing);
    return result;
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
