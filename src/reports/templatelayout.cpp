// SPDX-License-Identifier: GPL-3.0-or-later
// A template's layouts: the sections of each report kind as data, checked when the file is read so
// that a kommun's mistake is reported with where it is, never met half-way through a draft.
#include "templatelayout.h"

#include "tablecolumns.h"

#include "storage/personnel.h"

#include <QJsonArray>

#include <algorithm>

namespace Tertial::Reports {

namespace {

const char *const kindCodes[] = {"manad", "tertial", "delar", "ar"};

bool known(const std::vector<std::string_view> &names, const std::string &name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string joined(const std::vector<std::string_view> &names)
{
    std::string text;
    for (std::string_view name : names)
        text += (text.empty() ? "" : ", ") + std::string(name);
    return text;
}

Core::Result<void> problem(const std::string &fileName, const std::string &where, const std::string &what)
{
    return Core::fail(Core::ErrorCode::InvalidInput, "mall: " + fileName + ": " + where + ": " + what);
}

// A block's scalar options: strings as they are, numbers and booleans as text ("3", "true").
std::string scalar(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    if (value.isDouble())
        return std::to_string(value.toInt());
    return value.toString().toStdString();
}

// The column keys of a table block; none for a block without template columns.
const std::vector<std::string_view> &columnKeysOf(const std::string &block)
{
    static const std::vector<std::string_view> none;
    if (block == "economicTable" || block == "kontoslagTable")
        return economicColumnKeys();
    if (block == "investments")
        return Sections::investmentColumnKeys();
    if (block == "stateGrants")
        return Sections::stateGrantColumnKeys();
    if (block == "indicators")
        return Sections::indicatorColumnKeys();
    return none;
}

Core::Result<void> readColumns(const QJsonArray &array, const std::string &fileName, const std::string &where,
                               LayoutItem &item)
{
    const std::vector<std::string_view> &keys = columnKeysOf(item.text);
    if (keys.empty())
        return problem(fileName, where + ".columns", "blocket \"" + item.text + "\" tar inga kolumner");
    if (array.isEmpty())
        return problem(fileName, where + ".columns", "förväntade minst en kolumn");
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::string at = where + ".columns[" + std::to_string(i) + "]";
        ColumnSpec column;
        if (array[i].isString()) {
            column.value = array[i].toString().toStdString();
        } else if (array[i].isObject()) {
            const QJsonObject object = array[i].toObject();
            column.value = object.value(QLatin1String("value")).toString().toStdString();
            column.header = object.value(QLatin1String("header")).toString().toStdString();
            column.group = object.value(QLatin1String("group")).toString().toStdString();
        } else {
            return problem(fileName, at, "förväntade en kolumnnyckel eller ett objekt {\"value\": ..., \"header\": ...}");
        }
        if (!known(keys, column.value))
            return problem(fileName, at, "okänd kolumn \"" + column.value + "\", förväntade en av " + joined(keys));
        item.columns.push_back(std::move(column));
    }
    return {};
}

Core::Result<LayoutItem> readItem(const QJsonValue &value, const std::string &fileName, const std::string &where)
{
    if (!value.isObject())
        return std::unexpected(problem(fileName, where, "förväntade ett objekt").error());
    const QJsonObject object = value.toObject();
    LayoutItem item;
    item.where = where;
    int kinds = 0;
    for (auto [key, kind] : {std::pair{"heading", LayoutItem::Kind::Heading},
                             std::pair{"placeholder", LayoutItem::Kind::Placeholder},
                             std::pair{"text", LayoutItem::Kind::Text}, std::pair{"block", LayoutItem::Kind::Bound}})
        if (object.contains(QLatin1String(key))) {
            ++kinds;
            item.kind = kind;
            item.text = object.value(QLatin1String(key)).toString().toStdString();
        }
    if (kinds != 1 || item.text.empty())
        return std::unexpected(
            problem(fileName, where, "förväntade precis en av \"heading\", \"placeholder\", \"text\" eller \"block\" med en text")
                .error());
    item.level = std::clamp(object.value(QLatin1String("level")).toInt(1), 1, 3);
    item.numbered = object.value(QLatin1String("numbered")).toBool(true);
    if (item.kind != LayoutItem::Kind::Bound)
        return item;
    if (!known(layoutBlockNames(), item.text))
        return std::unexpected(
            problem(fileName, where + ".block", "okänt block \"" + item.text + "\", förväntade ett av " + joined(layoutBlockNames()))
                .error());
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("columns")) {
            if (!it.value().isArray())
                return std::unexpected(problem(fileName, where + ".columns", "förväntade en lista").error());
            if (auto columns = readColumns(it.value().toArray(), fileName, where, item); !columns)
                return std::unexpected(columns.error());
        } else if (it.key() != QLatin1String("block")) {
            item.options[it.key().toStdString()] = scalar(it.value());
        }
    }
    if (item.text == "personnelMonths" || item.text == "personnelChart") {
        const std::string list = item.options["measures"];
        if (list.empty())
            return std::unexpected(problem(fileName, where + ".measures", "förväntade mått, t.ex. \"inhyrda=Antal inhyrda\"").error());
        for (std::size_t start = 0; start < list.size();) {
            const std::size_t end = std::min(list.find(';', start), list.size());
            const std::string code = list.substr(start, std::min(list.find('=', start), end) - start);
            if (!Storage::personnelMeasureFromCode(code))
                return std::unexpected(
                    problem(fileName, where + ".measures", "okänt personalmått \"" + code + "\"").error());
            start = end + 1;
        }
    }
    if (item.text == "personnel") {
        const auto measure = item.options.find("measure");
        if (measure != item.options.end() && !Storage::personnelMeasureFromCode(measure->second))
            return std::unexpected(
                problem(fileName, where + ".measure", "okänt personalmått \"" + measure->second + "\"").error());
        const auto form = item.options.find("form");
        if (form != item.options.end() && form->second != "years" && form->second != "period")
            return std::unexpected(
                problem(fileName, where + ".form", "förväntade \"years\" eller \"period\"").error());
    }
    return item;
}

} // namespace

const std::vector<std::string_view> &layoutBlockNames()
{
    static const std::vector<std::string_view> names{
        "periodSentences",   // the period's result and the verksamheter's outcome
        "forecastSentences", // the forecast against budget and the previous forecast
        "forecastLevel",     // "Prognosen för socialnämnden är 831,6 miljoner kronor, ..."
        "periodHeadline",    // "Periodens resultat -3,7 miljoner kronor" (a bold lead line)
        "assessment",        // the delårsrapport's preliminary assessment table
        "perVerksamhet",     // each top-level verksamhet: heading, comment, volumes
        "economicTable",     // the economic table per verksamhet, columns from the template
        "kontoslagTable",    // the Driftredovisning per kontoslag
        "verksamhetTables",  // the årsredovisning's headline, comment, table and volumes per verksamhet
        "budgetChart",       // budget, utfall and prognos per verksamhet
        "investments",       // the investment table (or a sentence when there are none)
        "actionPlan",        // the action plan register
        "stateGrants",       // riktade statsbidrag
        "indicators",        // indicator tables per målområde with status symbols
        "koladaComparison",  // jämförelser med andra kommuner: Kolada tables, rang, sentences
        "monthlyVolumes",    // a volume per month this year and the year before (personlig assistans)
        "volumeHistory",     // this year's months beside the earlier years' monthly averages
        "personnel",         // a measure of the personnel register per year or per period
        "tertialVolumes",    // tertial and yearly averages and a day's count (seed 000 §7 LSS)
        "personnelMonths",   // several mått of the personnel register per month (seed 001 §5.2)
        "personnelChart",    // percentages of the personnel register per month (seed 003 sjukfrånvaro r12)
    };
    return names;
}

const std::vector<std::string_view> &economicColumnKeys()
{
    static const std::vector<std::string_view> keys{
        "utfall_intakter", "utfall_kostnader", "utfall_netto",    "budget_period_intakter",
        "budget_period_kostnader", "budget_period", "budgetavvikelse", "avvikelse_procent",
        "budget_intakter", "budget_kostnader", "budget_helar", "prognos",
        "prognosavvikelse", "utfall_fg_ar", "forandring", "forandring_procent",
    };
    return keys;
}

const std::vector<std::string_view> &sentenceKeys()
{
    static const std::vector<std::string_view> keys{"periodResult", "periodResultZero", "forecastResult",
                                                    "forecastResultZero"};
    return keys;
}

Core::Result<void> readLayouts(const QJsonObject &object, const std::string &fileName, ReportTemplate &style)
{
    const QJsonValue sentences = object.value(QLatin1String("sentences"));
    if (!sentences.isUndefined()) {
        if (!sentences.isObject())
            return problem(fileName, "sentences", "förväntade ett objekt");
        const QJsonObject words = sentences.toObject();
        for (auto it = words.begin(); it != words.end(); ++it) {
            const std::string key = it.key().toStdString();
            if (!known(sentenceKeys(), key))
                return problem(fileName, "sentences." + key, "okänd mening, förväntade en av " + joined(sentenceKeys()));
            if (!it.value().isString())
                return problem(fileName, "sentences." + key, "förväntade en text");
            style.sentences[key] = it.value().toString().toStdString();
        }
    }
    const QJsonValue reports = object.value(QLatin1String("reports"));
    if (reports.isUndefined())
        return {};
    if (!reports.isObject())
        return problem(fileName, "reports", "förväntade ett objekt med rapportsorterna manad, tertial, delar, ar");
    const QJsonObject kinds = reports.toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        const std::string kind = it.key().toStdString();
        const std::string where = "reports." + kind;
        if (std::find(std::begin(kindCodes), std::end(kindCodes), kind) == std::end(kindCodes))
            return problem(fileName, where, "okänd rapportsort, förväntade manad, tertial, delar eller ar");
        if (!it.value().isObject())
            return problem(fileName, where, "förväntade ett objekt med \"title\" och \"sections\"");
        const QJsonObject layoutObject = it.value().toObject();
        KindLayout layout;
        layout.title = layoutObject.value(QLatin1String("title")).toString().toStdString();
        if (layout.title.empty())
            return problem(fileName, where + ".title", "förväntade rapportens titel");
        const QJsonValue sections = layoutObject.value(QLatin1String("sections"));
        if (!sections.isArray() || sections.toArray().isEmpty())
            return problem(fileName, where + ".sections", "förväntade en lista med avsnitt");
        const QJsonArray items = sections.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto item = readItem(items[i], fileName, where + ".sections[" + std::to_string(i) + "]");
            if (!item)
                return std::unexpected(item.error());
            layout.items.push_back(std::move(*item));
        }
        style.layouts[kind] = std::move(layout);
    }
    return {};
}

} // namespace Tertial::Reports
