// SPDX-License-Identifier: GPL-3.0-or-later
// Loads a municipality's report template from its folder.
#include "reporttemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

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
    read(object, "numberedHeadings", result.numberedHeadings);
    read(object, "costsPositive", result.costsPositive);
    read(object, "logo", result.logo);
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

} // namespace Tertial::Reports
