// SPDX-License-Identifier: GPL-3.0-or-later
// Kolada JSON with QJsonDocument: envelopes, record kinds, value records.
#include "koladaparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLatin1StringView>

#include <cmath>
#include <cstdio>

namespace Tertial::Kolada {

using Core::ErrorCode;
using Core::fail;
using Core::Result;
using Storage::KoladaBatch;

namespace {

constexpr const char *expectedShape =
    "väntade ett Kolada-svar {\"values\": [...], \"next_url\": ...} eller en lista av sådana sidor";

QJsonValue field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1StringView(name));
}

bool has(const QJsonObject &object, const char *name)
{
    return object.contains(QLatin1StringView(name));
}

// The place of a record in messages: "fil: sida 2, post 5".
struct Where
{
    const std::string &file;
    int page = 0;  // 1-based; 0 when the file is a single page
    int record = 0; // 1-based

    std::string text() const
    {
        std::string result = file + ":";
        if (page > 0)
            result += " sida " + std::to_string(page) + ",";
        result += " post " + std::to_string(record);
        return result;
    }
};

// A JSON text as UTF-8: valid Unicode (Qt keeps a lone "\ud800" escape as an unpaired surrogate,
// which toStdString() would turn into '?') and no control characters but TAB, LF and CR.
Result<std::string> checkedText(const QString &text, const std::string &place, const char *name)
{
    if (!QStringView(text).isValidUtf16())
        return fail(ErrorCode::InvalidInput, place + ": fältet \"" + name +
                                                 "\" innehåller ett ensamt UTF-16-surrogat (som \\ud800), "
                                                 "förväntade giltig Unicode-text");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || (u >= 0x7F && u <= 0x9F)) {
            char code[8];
            std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(u));
            return fail(ErrorCode::InvalidInput, place + ": fältet \"" + name + "\" innehåller styrtecknet U+" +
                                                     code + ", förväntade text utan styrtecken");
        }
    }
    return text.toStdString();
}

Result<std::string> requiredText(const QJsonObject &object, const char *name, const Where &where)
{
    const QJsonValue value = field(object, name);
    if (!value.isString())
        return fail(ErrorCode::InvalidInput, where.text() + ": fältet \"" + name + "\" saknas eller är ingen text");
    return checkedText(value.toString(), where.text(), name);
}

// An id used in request paths and as a key: the id grammar of koladaparser.h.
Result<std::string> requiredId(const QJsonObject &object, const char *name, const Where &where)
{
    auto id = requiredText(object, name, where);
    if (id && !isKoladaId(*id))
        return fail(ErrorCode::InvalidInput, where.text() + ": fältet \"" + name + "\" är \"" + id->substr(0, 40) +
                                                 "\", inget Kolada-id; väntade " + koladaIdGrammar);
    return id;
}

// Absent or null: empty; a text: checked; anything else is refused.
Result<std::string> optionalText(const QJsonObject &object, const char *name, const std::string &place)
{
    const QJsonValue value = field(object, name);
    if (value.isUndefined() || value.isNull())
        return std::string();
    if (!value.isString())
        return fail(ErrorCode::InvalidInput, place + ": fältet \"" + name + "\" är ingen text; väntade en text eller null");
    return checkedText(value.toString(), place, name);
}

bool flag(const QJsonObject &object, const char *name)
{
    const QJsonValue value = field(object, name);
    // v3 writes booleans, v2 sometimes 0/1.
    return value.isBool() ? value.toBool() : (value.isDouble() && value.toDouble() != 0.0);
}

Result<int> year(const QJsonObject &object, const Where &where)
{
    const QJsonValue value = field(object, "period");
    std::optional<int> result;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::floor(number) && number >= 1900 && number <= 2100)
            result = static_cast<int>(number);
    } else if (value.isString()) {
        bool ok = false;
        const int number = value.toString().toInt(&ok);
        if (ok && number >= 1900 && number <= 2100)
            result = number;
    }
    if (!result)
        return fail(ErrorCode::InvalidInput,
                    where.text() + ": fältet \"period\" saknas eller är inget årtal; väntade t.ex. 2019");
    return *result;
}

enum class RecordKind { Data, Kpi, Municipality, Group, Unknown };

RecordKind kindOf(const QJsonObject &record)
{
    if (has(record, "kpi") && has(record, "period"))
        return RecordKind::Data;
    if (!has(record, "id"))
        return RecordKind::Unknown;
    if (has(record, "members"))
        return RecordKind::Group;
    if (has(record, "operating_area") || has(record, "is_divided_by_gender") || has(record, "divided_by_gender") ||
        has(record, "municipality_type") || has(record, "description"))
        return RecordKind::Kpi;
    if (has(record, "type"))
        return RecordKind::Municipality;
    return RecordKind::Unknown;
}

PageKind pageKindOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Data: return PageKind::Data;
    case RecordKind::Kpi: return PageKind::Kpis;
    case RecordKind::Municipality: return PageKind::Municipalities;
    case RecordKind::Group: return PageKind::Groups;
    case RecordKind::Unknown: break;
    }
    return PageKind::Empty;
}

Result<void> readData(const QJsonObject &record, const Where &where, KoladaBatch &batch)
{
    auto kpi = requiredId(record, "kpi", where);
    if (!kpi)
        return std::unexpected(kpi.error());
    auto municipality = requiredId(record, "municipality", where);
    if (!municipality)
        return std::unexpected(municipality.error());
    auto period = year(record, where);
    if (!period)
        return std::unexpected(period.error());
    const QJsonValue values = field(record, "values");
    if (!values.isArray())
        return fail(ErrorCode::InvalidInput, where.text() + ": fältet \"values\" saknas eller är ingen lista; "
                                                            "väntade [{\"gender\", \"count\", \"status\", \"value\"}]");
    const bool recordDeleted = flag(record, "isdeleted") || flag(record, "is_deleted");
    int index = 0;
    for (const QJsonValue &entry : values.toArray()) {
        ++index;
        const std::string place = where.text() + ", värde " + std::to_string(index);
        if (!entry.isObject())
            return fail(ErrorCode::InvalidInput, place + ": väntade ett objekt {\"gender\", \"value\", ...}");
        const QJsonObject object = entry.toObject();
        // Only the documented keys: a misspelt "vaule" must not read as a missing value.
        for (auto key = object.begin(); key != object.end(); ++key) {
            static const QStringList known = {QStringLiteral("gender"), QStringLiteral("value"), QStringLiteral("count"),
                                              QStringLiteral("status"), QStringLiteral("isdeleted"),
                                              QStringLiteral("is_deleted")};
            if (!known.contains(key.key())) {
                const auto name = checkedText(key.key(), place, "(nyckel)");
                return fail(ErrorCode::InvalidInput, place + ": okänt fält \"" + (name ? name->substr(0, 40) : "?") +
                                                         "\"; väntade gender, value, count, status och isdeleted");
            }
        }
        auto genderText = optionalText(object, "gender", place);
        if (!genderText)
            return std::unexpected(genderText.error());
        const auto gender = Storage::koladaGenderFromCode(*genderText);
        if (!gender)
            return fail(ErrorCode::InvalidInput,
                        place + ": fältet \"gender\" saknas eller är okänt; väntade \"T\", \"K\" eller \"M\"");
        Storage::KoladaValue value;
        value.kpi = *kpi;
        value.municipality = *municipality;
        value.year = *period;
        value.gender = *gender;
        const QJsonValue number = field(object, "value");
        if (number.isUndefined())
            return fail(ErrorCode::InvalidInput, place + ": fältet \"value\" saknas; väntade ett tal eller null");
        if (number.isDouble() && std::isfinite(number.toDouble()))
            value.value = number.toDouble();
        else if (!number.isNull())
            return fail(ErrorCode::InvalidInput, place + ": fältet \"value\" är inget tal; väntade ett tal eller null");
        const QJsonValue count = field(object, "count");
        if (count.isDouble()) {
            const double n = count.toDouble();
            if (!(n >= 0 && n <= maxCount && n == std::floor(n)))
                return fail(ErrorCode::InvalidInput, place + ": fältet \"count\" är " +
                                                         QByteArray::number(n, 'g', 17).toStdString() +
                                                         "; väntade ett heltal 0–" + std::to_string(maxCount) +
                                                         " (antalet kommuner bakom värdet) eller null");
            value.count = static_cast<int>(n);
        } else if (!count.isNull() && !count.isUndefined()) {
            return fail(ErrorCode::InvalidInput, place + ": fältet \"count\" är inget tal; väntade ett heltal 0–" +
                                                     std::to_string(maxCount) + " eller null");
        }
        auto status = optionalText(object, "status", place);
        if (!status)
            return std::unexpected(status.error());
        value.status = QString::fromStdString(*status).trimmed().toStdString();
        value.deleted = recordDeleted || flag(object, "isdeleted") || flag(object, "is_deleted");
        batch.values.push_back(std::move(value));
    }
    return {};
}

Result<void> readKpi(const QJsonObject &record, const Where &where, KoladaBatch &batch)
{
    auto id = requiredId(record, "id", where);
    if (!id)
        return std::unexpected(id.error());
    auto title = requiredText(record, "title", where);
    if (!title)
        return std::unexpected(title.error());
    auto description = optionalText(record, "description", where.text());
    if (!description)
        return std::unexpected(description.error());
    auto municipalityType = optionalText(record, "municipality_type", where.text());
    if (!municipalityType)
        return std::unexpected(municipalityType.error());
    auto area = optionalText(record, "operating_area", where.text());
    if (!area)
        return std::unexpected(area.error());
    batch.kpis.push_back(Storage::KoladaKpi{*id, *title, *description,
                                            flag(record, "is_divided_by_gender") || flag(record, "divided_by_gender"),
                                            *municipalityType, *area});
    return {};
}

Result<void> readMunicipality(const QJsonObject &record, const Where &where, KoladaBatch &batch)
{
    auto id = requiredId(record, "id", where);
    if (!id)
        return std::unexpected(id.error());
    auto title = requiredText(record, "title", where);
    if (!title)
        return std::unexpected(title.error());
    auto type = requiredText(record, "type", where);
    if (!type)
        return std::unexpected(type.error());
    batch.municipalities.push_back(Storage::KoladaMunicipality{*id, *title, *type});
    return {};
}

Result<void> readGroup(const QJsonObject &record, const Where &where, KoladaBatch &batch)
{
    auto id = requiredId(record, "id", where);
    if (!id)
        return std::unexpected(id.error());
    auto title = requiredText(record, "title", where);
    if (!title)
        return std::unexpected(title.error());
    const QJsonValue members = field(record, "members");
    if (!members.isArray())
        return fail(ErrorCode::InvalidInput, where.text() + ": fältet \"members\" är ingen lista; "
                                                            "väntade [{\"member_id\", \"member_title\"}]");
    Storage::KoladaGroup group{*id, *title, {}};
    const std::string place = where.text();
    for (const QJsonValue &member : members.toArray()) {
        // v3 writes objects; some responses list bare ids.
        if (member.isString()) {
            auto memberId = checkedText(member.toString(), place, "members");
            if (!memberId)
                return std::unexpected(memberId.error());
            if (!isKoladaId(*memberId))
                return fail(ErrorCode::InvalidInput, place + ": medlemmen \"" + memberId->substr(0, 40) +
                                                         "\" är inget Kolada-id; väntade " + koladaIdGrammar);
            group.members.push_back(Storage::KoladaGroupMember{std::move(*memberId), {}});
            continue;
        }
        const QJsonObject object = member.toObject();
        Result<std::string> texts[4] = {optionalText(object, "member_id", place), optionalText(object, "id", place),
                                        optionalText(object, "member_title", place), optionalText(object, "title", place)};
        for (const auto &text : texts)
            if (!text)
                return std::unexpected(text.error());
        std::string memberId = texts[0]->empty() ? *texts[1] : *texts[0];
        if (memberId.empty())
            return fail(ErrorCode::InvalidInput, place + ": en medlem saknar \"member_id\"");
        if (!isKoladaId(memberId))
            return fail(ErrorCode::InvalidInput, place + ": medlemmen \"" + memberId.substr(0, 40) +
                                                     "\" är inget Kolada-id; väntade " + koladaIdGrammar);
        std::string memberTitle = texts[2]->empty() ? *texts[3] : *texts[2];
        group.members.push_back(Storage::KoladaGroupMember{std::move(memberId), std::move(memberTitle)});
    }
    batch.groups.push_back(std::move(group));
    return {};
}

Result<KoladaPage> readPage(const QJsonValue &pageValue, const std::string &where, int pageNumber)
{
    const std::string place = pageNumber > 0 ? where + ": sida " + std::to_string(pageNumber) : where;
    if (!pageValue.isObject())
        return fail(ErrorCode::InvalidInput, place + ": " + expectedShape);
    const QJsonObject page = pageValue.toObject();
    const QJsonValue values = field(page, "values");
    if (!values.isArray())
        return fail(ErrorCode::InvalidInput, place + ": fältet \"values\" saknas eller är ingen lista; " + expectedShape);

    KoladaPage result;
    for (const char *name : {"next_url", "next_page"}) {
        const QJsonValue next = field(page, name);
        if (next.isString() && !next.toString().isEmpty()) {
            auto url = checkedText(next.toString(), place, name);
            if (!url)
                return std::unexpected(url.error());
            result.nextUrl = std::move(*url);
        }
    }
    Where at{where, pageNumber, 0};
    std::optional<RecordKind> pageKind;
    for (const QJsonValue &recordValue : values.toArray()) {
        ++at.record;
        if (!recordValue.isObject())
            return fail(ErrorCode::InvalidInput, at.text() + ": väntade ett objekt");
        const QJsonObject record = recordValue.toObject();
        const RecordKind kind = kindOf(record);
        if (kind == RecordKind::Unknown)
            return fail(ErrorCode::InvalidInput,
                        at.text() + ": posten liknar ingen känd sort; väntade värden (kpi, municipality, period, "
                                    "values), KPI:er (id, title, operating_area …), kommuner (id, title, type) "
                                    "eller kommungrupper (id, title, members)");
        if (pageKind && *pageKind != kind)
            return fail(ErrorCode::InvalidInput,
                        at.text() + ": posten är av en annan sort (" + pageKindName(pageKindOf(kind)) +
                            ") än sidans tidigare poster (" + pageKindName(pageKindOf(*pageKind)) +
                            "); väntade en sort per sida");
        pageKind = kind;
        Result<void> ok;
        switch (kind) {
        case RecordKind::Data: ok = readData(record, at, result.records); break;
        case RecordKind::Kpi: ok = readKpi(record, at, result.records); break;
        case RecordKind::Municipality: ok = readMunicipality(record, at, result.records); break;
        case RecordKind::Group: ok = readGroup(record, at, result.records); break;
        case RecordKind::Unknown: break;
        }
        if (!ok)
            return std::unexpected(ok.error());
    }
    result.kind = pageKind ? pageKindOf(*pageKind) : PageKind::Empty;
    return result;
}

} // namespace

bool isKoladaId(std::string_view id)
{
    if (id.empty() || id.size() > 32)
        return false;
    for (const char c : id)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return false;
    return true;
}

const char *pageKindName(PageKind kind)
{
    switch (kind) {
    case PageKind::Empty: return "tom sida";
    case PageKind::Data: return "värden";
    case PageKind::Kpis: return "KPI:er";
    case PageKind::Municipalities: return "kommuner";
    case PageKind::Groups: return "kommungrupper";
    }
    return "";
}

Result<std::vector<KoladaPage>> parseResponse(const QByteArray &json, const std::string &where)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        if (json.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, where + ": tomt svar; " + expectedShape);
        return fail(ErrorCode::InvalidInput, where + ": ogiltig JSON vid tecken " + std::to_string(error.offset) +
                                                 " (" + error.errorString().toStdString() + "); " + expectedShape);
    }
    std::vector<KoladaPage> pages;
    if (document.isArray()) {
        int number = 0;
        for (const QJsonValue &page : document.array()) {
            auto read = readPage(page, where, ++number);
            if (!read)
                return std::unexpected(read.error());
            pages.push_back(std::move(*read));
        }
        return pages;
    }
    auto read = readPage(document.object(), where, 0);
    if (!read)
        return std::unexpected(read.error());
    pages.push_back(std::move(*read));
    return pages;
}

} // namespace Tertial::Kolada
