// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader: workbook, relations, styles (which formats are dates), shared strings, and the
// sheet streamed row by row through expat.
#include "xlsxreader.h"

#include "xmlstream.h"
#include "zipentry.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

namespace Tertial::Xlsx {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
long long daysFromCivil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

Date civilFromDays(long long z)
{
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long y = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

// Built-in number formats that are dates or times (ECMA-376 §18.8.30, plus the East Asian ones).
bool builtinIsDate(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A custom format is a date when, outside quoted text, escapes and [..] sections (colours,
// locales; [h] and [mm] elapsed times count), it has a d, m, y, h or s.
bool formatCodeIsDate(std::string_view code)
{
    bool quoted = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (quoted) {
            quoted = c != '"';
            continue;
        }
        if (c == '"') {
            quoted = true;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else if (c == '[') {
            const auto close = code.find(']', i);
            if (close == std::string_view::npos)
                return false;
            const std::string_view inner = code.substr(i + 1, close - i - 1);
            if (inner == "h" || inner == "hh" || inner == "m" || inner == "mm" || inner == "s" || inner == "ss")
                return true;
            i = close;
        } else if (c == ';') {
            return false; // the first section decides
        } else {
            const char l = static_cast<char>(c | 0x20);
            if (l == 'd' || l == 'm' || l == 'y' || l == 'h' || l == 's')
                return true;
        }
    }
    return false;
}

std::optional<int> toInt(std::string_view text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// "B7" -> (row 7, column 1); a reference without a row gives row 0.
bool parseReference(std::string_view ref, int &row, int &column)
{
    std::size_t i = 0;
    long long col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
        col = col * 26 + (ref[i] - 'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    column = static_cast<int>(col - 1);
    if (i == ref.size()) {
        row = 0;
        return true;
    }
    const auto r = toInt(ref.substr(i));
    if (!r || *r < 1 || *r > 1048576)
        return false;
    row = *r;
    return true;
}

std::string directoryOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
}

// A relationship target relative to the part that names it (or absolute from the package root).
std::string resolveTarget(const std::string &base, std::string_view target)
{
    if (!target.empty() && target.front() == '/')
        return std::string(target.substr(1));
    std::string result = directoryOf(base);
    while (target.starts_with("../")) {
        target.remove_prefix(3);
        if (!result.empty())
            result.pop_back();
        result = directoryOf(result);
    }
    return result + std::string(target);
}

// Collects text of <t> elements (shared strings, inline strings), skipping phonetic runs.
struct TextCollector
{
    int inT = 0;
    int inPhonetic = 0;
    std::string value;
    bool tooLong = false;
    std::size_t maxBytes = 0;

    void start(std::string_view name)
    {
        if (name == "t")
            ++inT;
        else if (name == "rPh")
            ++inPhonetic;
    }
    void end(std::string_view name)
    {
        if (name == "t")
            --inT;
        else if (name == "rPh")
            --inPhonetic;
    }
    void text(std::string_view t)
    {
        if (inT > 0 && inPhonetic == 0) {
            if (value.size() + t.size() > maxBytes)
                tooLong = true;
            else
                value.append(t);
        }
    }
};

struct Merge
{
    int firstRow, lastRow, firstColumn, lastColumn;
};

} // namespace

const Cell *Row::at(int column) const
{
    const auto it = std::ranges::lower_bound(cells, column, {}, &Cell::column);
    return it != cells.end() && it->column == column ? &*it : nullptr;
}

std::string columnName(int column)
{
    std::string name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

std::string cellName(int row, int column)
{
    return columnName(column) + std::to_string(row);
}

Result<Date> serialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return fail(ErrorCode::OutOfRange, "datumtalet " + std::to_string(serial) +
                                               " ligger utanför 1900-01-01–9999-12-31");
    const auto day = static_cast<long long>(std::floor(serial));
    if (date1904)
        return civilFromDays(daysFromCivil(1904, 1, 1) + day);
    if (day == 60)
        return fail(ErrorCode::OutOfRange, "datumtalet 60 är 1900-02-29, en dag som inte finns (Excels 1900-fel)");
    if (day == 0)
        return fail(ErrorCode::OutOfRange, "datumtalet 0 är inget datum (1900-01-00)");
    // Day 1 = 1900-01-01; above 60 the phantom leap day shifts everything by one.
    return civilFromDays(daysFromCivil(1899, 12, 31) + day - (day > 60 ? 1 : 0));
}

struct Workbook::Impl
{
    std::string path;
    Limits limits;
    ZipArchive zip;
    std::vector<std::string> sheetNames;
    std::vector<std::string> sheetParts;
    bool date1904 = false;
    std::vector<std::string> sharedStrings;
    std::vector<bool> xfIsDate;

    Result<void> parsePart(const std::string &part, XmlHandler &handler, std::uint64_t maxBytes)
    {
        XmlStream xml(handler, path + ": " + part);
        std::optional<std::string> error;
        auto read = zip.read(part, maxBytes, limits.maxCompressionRatio, [&](std::string_view chunk) {
            if (!xml.feed(chunk)) {
                error = xml.error();
                return false;
            }
            return true;
        });
        if (!read)
            return std::unexpected(read.error());
        if (error)
            return fail(ErrorCode::InvalidInput, *error);
        return xml.finish();
    }
};

namespace {

struct RelsHandler final : XmlHandler
{
    std::vector<std::pair<std::string, std::string>> relations; // id -> target
    std::string officeDocument;
    void start(std::string_view name, const char **a) override
    {
        if (name != "Relationship")
            return;
        const char *id = attribute(a, "Id");
        const char *target = attribute(a, "Target");
        const char *type = attribute(a, "Type");
        if (id && target)
            relations.emplace_back(id, target);
        if (type && target && std::string_view(type).ends_with("/officeDocument"))
            officeDocument = target;
    }
    void end(std::string_view) override {}
};

struct WorkbookHandler final : XmlHandler
{
    std::vector<std::pair<std::string, std::string>> sheets; // name -> relation id
    bool date1904 = false;
    void start(std::string_view name, const char **a) override
    {
        if (name == "workbookPr") {
            const char *d = attribute(a, "date1904");
            date1904 = d && (std::string_view(d) == "1" || std::string_view(d) == "true");
        } else if (name == "sheet") {
            const char *sheetName = attribute(a, "name");
            const char *id = attribute(a, "id");
            if (sheetName && id)
                sheets.emplace_back(sheetName, id);
        }
    }
    void end(std::string_view) override {}
};

struct StylesHandler final : XmlHandler
{
    std::vector<std::pair<int, bool>> customFormats; // numFmtId -> is a date
    std::vector<int> xfFormats;
    bool inCellXfs = false;
    void start(std::string_view name, const char **a) override
    {
        if (name == "numFmt") {
            const char *id = attribute(a, "numFmtId");
            const char *code = attribute(a, "formatCode");
            if (id && code)
                if (auto n = toInt(id))
                    customFormats.emplace_back(*n, formatCodeIsDate(code));
        } else if (name == "cellXfs") {
            inCellXfs = true;
        } else if (name == "xf" && inCellXfs) {
            const char *id = attribute(a, "numFmtId");
            xfFormats.push_back(id ? toInt(id).value_or(0) : 0);
        }
    }
    void end(std::string_view name) override
    {
        if (name == "cellXfs")
            inCellXfs = false;
    }
};

struct SharedStringsHandler final : XmlHandler
{
    std::vector<std::string> &strings;
    const Limits &limits;
    std::string where;
    TextCollector collector;
    bool inItem = false;
    std::string error;
    SharedStringsHandler(std::vector<std::string> &s, const Limits &l, std::string w)
        : strings(s), limits(l), where(std::move(w))
    {
        collector.maxBytes = limits.maxCellTextBytes;
    }
    void start(std::string_view name, const char **a) override
    {
        if (name == "sst") {
            // Reserve for the declared count, within the bound (the count may lie).
            if (const char *unique = attribute(a, "uniqueCount"))
                if (auto n = toInt(unique); n && *n > 0)
                    strings.reserve(std::min<std::size_t>(static_cast<std::size_t>(*n), limits.maxSharedStrings));
        } else if (name == "si") {
            inItem = true;
            collector.value.clear();
        } else if (inItem) {
            collector.start(name);
        }
    }
    void end(std::string_view name) override
    {
        if (name == "si") {
            inItem = false;
            if (strings.size() >= limits.maxSharedStrings)
                error = where + ": fler än " + std::to_string(limits.maxSharedStrings) +
                        " delade strängar, förväntade en rimligt stor arbetsbok";
            else if (collector.tooLong)
                error = where + ": sträng nr " + std::to_string(strings.size()) + " är längre än " +
                        std::to_string(limits.maxCellTextBytes) + " byte";
            else
                strings.push_back(std::move(collector.value));
            collector = TextCollector{};
            collector.maxBytes = limits.maxCellTextBytes;
        } else if (inItem) {
            collector.end(name);
        }
    }
    void text(std::string_view t) override
    {
        if (inItem)
            collector.text(t);
    }
    const std::string *problem() const override { return error.empty() ? nullptr : &error; }
};

} // namespace

Workbook::Workbook(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Workbook::~Workbook() = default;
Workbook::Workbook(Workbook &&) noexcept = default;
Workbook &Workbook::operator=(Workbook &&) noexcept = default;

const std::string &Workbook::path() const { return m_impl->path; }
const std::vector<std::string> &Workbook::sheetNames() const { return m_impl->sheetNames; }
bool Workbook::date1904() const { return m_impl->date1904; }
std::string Workbook::firstSheet() const { return m_impl->sheetNames.empty() ? std::string() : m_impl->sheetNames.front(); }

Result<Workbook> Workbook::open(const std::string &path, const Limits &limits)
{
    auto zip = ZipArchive::open(path);
    if (!zip)
        return std::unexpected(zip.error());
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->limits = limits;
    impl->zip = std::move(*zip);

    std::string workbookPart = "xl/workbook.xml";
    if (impl->zip.contains("_rels/.rels")) {
        RelsHandler root;
        if (auto ok = impl->parsePart("_rels/.rels", root, limits.maxSmallPartBytes); !ok)
            return std::unexpected(ok.error());
        if (!root.officeDocument.empty())
            workbookPart = resolveTarget("", root.officeDocument);
    }
    if (!impl->zip.contains(workbookPart))
        return fail(ErrorCode::InvalidInput, path + ": " + workbookPart +
                                                 " saknas: filen är en zip-fil men ingen Excel-arbetsbok, "
                                                 "förväntade en XLSX-fil");
    WorkbookHandler workbook;
    if (auto ok = impl->parsePart(workbookPart, workbook, limits.maxSmallPartBytes); !ok)
        return std::unexpected(ok.error());
    impl->date1904 = workbook.date1904;

    const std::string relsPart = directoryOf(workbookPart) + "_rels/" + workbookPart.substr(directoryOf(workbookPart).size()) + ".rels";
    RelsHandler rels;
    if (auto ok = impl->parsePart(relsPart, rels, limits.maxSmallPartBytes); !ok)
        return std::unexpected(ok.error());
    for (const auto &[name, id] : workbook.sheets) {
        const auto rel = std::ranges::find(rels.relations, id, &std::pair<std::string, std::string>::first);
        if (rel == rels.relations.end())
            return fail(ErrorCode::InvalidInput, path + ": bladet '" + name + "' hänvisar till " + id +
                                                     " som saknas i " + relsPart + ", förväntade en hel arbetsbok");
        impl->sheetNames.push_back(name);
        impl->sheetParts.push_back(resolveTarget(workbookPart, rel->second));
    }
    if (impl->sheetNames.empty())
        return fail(ErrorCode::InvalidInput, path + ": arbetsboken har inga blad, förväntade minst ett");

    const std::string base = directoryOf(workbookPart);
    if (impl->zip.contains(base + "styles.xml")) {
        StylesHandler styles;
        if (auto ok = impl->parsePart(base + "styles.xml", styles, limits.maxSmallPartBytes); !ok)
            return std::unexpected(ok.error());
        for (int id : styles.xfFormats) {
            bool isDate = builtinIsDate(id);
            for (const auto &[customId, customIsDate] : styles.customFormats)
                if (customId == id)
                    isDate = customIsDate;
            impl->xfIsDate.push_back(isDate);
        }
    }
    if (impl->zip.contains(base + "sharedStrings.xml")) {
        SharedStringsHandler strings(impl->sharedStrings, limits, path + ": " + base + "sharedStrings.xml");
        if (auto ok = impl->parsePart(base + "sharedStrings.xml", strings, limits.maxSharedStringsBytes); !ok)
            return std::unexpected(ok.error());
    }
    return Workbook(std::move(impl));
}

namespace {

// Finds the merged ranges of a sheet without parsing it: <mergeCells> comes after <sheetData>,
// so a streaming reader would learn of them only at the end. A byte scan for "mergeCell " costs
// one decompression; only merges are kept (bounded), never the rows.
struct MergeScanner
{
    std::vector<Merge> merges;
    std::string carry;
    std::size_t maxMerges;
    bool tooMany = false;

    void feed(std::string_view chunk)
    {
        carry.append(chunk);
        std::size_t pos = 0;
        for (;;) {
            const auto at = carry.find("mergeCell ", pos);
            if (at == std::string::npos)
                break;
            const auto close = carry.find('>', at);
            if (close == std::string::npos) {
                pos = at;
                break;
            }
            const std::string_view element(carry.data() + at, close - at);
            if (const auto ref = element.find("ref=\""); ref != std::string_view::npos) {
                const auto start = ref + 5;
                const auto quote = element.find('"', start);
                const std::string_view range = element.substr(start, quote - start);
                const auto colon = range.find(':');
                Merge m{};
                if (colon != std::string_view::npos && parseReference(range.substr(0, colon), m.firstRow, m.firstColumn) &&
                    parseReference(range.substr(colon + 1), m.lastRow, m.lastColumn) && m.firstRow > 0 &&
                    m.lastRow >= m.firstRow && m.lastColumn >= m.firstColumn) {
                    if (merges.size() < maxMerges)
                        merges.push_back(m);
                    else
                        tooMany = true;
                }
            }
            pos = close + 1;
        }
        // Keep only what may be the start of an element cut by the chunk boundary.
        const std::size_t keep = std::min<std::size_t>(carry.size() - std::min(pos, carry.size()), 512);
        carry.erase(0, carry.size() - keep);
    }
};

struct SheetHandler final : XmlHandler
{
    const Workbook::Impl &book;
    std::string where; // "fil.xlsx: blad 'Data'"
    const std::function<bool(const Row &)> &onRow;
    std::vector<Merge> merges;
    std::vector<std::pair<const Merge *, Cell>> mergeValues; // top-left value per started merge

    Row row;
    int nextRow = 1;
    int nextColumn = 0;
    Cell cell;
    std::string cellType;
    int cellStyle = -1;
    bool inCell = false, inValue = false, inInline = false;
    std::string value;
    TextCollector inlineText;
    std::string error;
    bool stopped = false;

    SheetHandler(const Workbook::Impl &b, std::string w, const std::function<bool(const Row &)> &callback)
        : book(b), where(std::move(w)), onRow(callback)
    {
        inlineText.maxBytes = book.limits.maxCellTextBytes;
    }

    void fault(const std::string &message)
    {
        if (error.empty())
            error = where + ": " + cellName(row.number, cell.column) + ": " + message;
    }

    void start(std::string_view name, const char **a) override
    {
        if (name == "row") {
            const char *r = attribute(a, "r");
            const auto number = r ? toInt(r) : std::optional<int>(nextRow);
            if (!number || *number < nextRow || *number > 1048576) {
                error = where + ": rad '" + (r ? r : "") + "': radnumret är ogiltigt eller kommer i fel ordning, "
                                                            "förväntade stigande radnummer 1–1048576";
                return;
            }
            row.number = *number;
            row.cells.clear();
            nextColumn = 0;
        } else if (name == "c") {
            cell = Cell{};
            const char *r = attribute(a, "r");
            int refRow = row.number, column = nextColumn;
            if (r && (!parseReference(r, refRow, column) || (refRow != 0 && refRow != row.number))) {
                error = where + ": rad " + std::to_string(row.number) + ": cellreferensen '" + r +
                        "' är ogiltig, förväntade en cell på raden (som B" + std::to_string(row.number) + ")";
                return;
            }
            if (column < nextColumn || column >= 16384) {
                cell.column = column;
                fault("kolumnen kommer i fel ordning, förväntade stigande kolumner");
                return;
            }
            cell.column = column;
            nextColumn = column + 1;
            const char *t = attribute(a, "t");
            cellType = t ? t : "n";
            const char *s = attribute(a, "s");
            cellStyle = s ? toInt(s).value_or(-1) : -1;
            inCell = true;
            value.clear();
            inlineText = TextCollector{};
            inlineText.maxBytes = book.limits.maxCellTextBytes;
        } else if (inCell && name == "v") {
            inValue = true;
        } else if (inCell && name == "is") {
            inInline = true;
        } else if (inInline) {
            inlineText.start(name);
        }
    }

    void text(std::string_view t) override
    {
        if (inValue) {
            if (value.size() + t.size() > book.limits.maxCellTextBytes)
                fault("värdet är längre än " + std::to_string(book.limits.maxCellTextBytes) + " byte");
            else
                value.append(t);
        } else if (inInline) {
            inlineText.text(t);
        }
    }

    void end(std::string_view name) override
    {
        if (name == "v") {
            inValue = false;
        } else if (name == "is") {
            inInline = false;
        } else if (inInline) {
            inlineText.end(name);
        } else if (name == "c" && inCell) {
            inCell = false;
            finishCell();
        } else if (name == "row") {
            emitRow();
        }
    }

    void finishCell()
    {
        if (cellType == "inlineStr") {
            if (inlineText.tooLong)
                return fault("texten är längre än " + std::to_string(book.limits.maxCellTextBytes) + " byte");
            cell.type = CellType::Text;
            cell.text = std::move(inlineText.value);
        } else if (value.empty()) {
            return; // a styled empty cell
        } else if (cellType == "s") {
            const auto index = toInt(value);
            if (!index || *index < 0 || static_cast<std::size_t>(*index) >= book.sharedStrings.size())
                return fault("strängindex '" + value + "' finns inte i tabellen över delade strängar (" +
                             std::to_string(book.sharedStrings.size()) + " st), förväntade ett index i den");
            cell.type = CellType::Text;
            cell.text = book.sharedStrings[static_cast<std::size_t>(*index)];
        } else if (cellType == "str") {
            cell.type = CellType::Text; // a formula's cached text result
            cell.text = std::move(value);
        } else if (cellType == "b") {
            if (value != "0" && value != "1")
                return fault("'" + value + "' är inget sanningsvärde, förväntade 0 eller 1");
            cell.type = CellType::Boolean;
            cell.number = value == "1" ? 1 : 0;
        } else if (cellType == "e") {
            cell.type = CellType::Error;
            cell.text = std::move(value);
        } else if (cellType == "n") {
            double number = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
            if (ec != std::errc() || end != value.data() + value.size() || !std::isfinite(number))
                return fault("'" + value + "' är inget tal, förväntade ett tal i cellen");
            cell.type = CellType::Number;
            cell.number = number;
            cell.isDate = cellStyle >= 0 && static_cast<std::size_t>(cellStyle) < book.xfIsDate.size() &&
                          book.xfIsDate[static_cast<std::size_t>(cellStyle)];
        } else if (cellType == "d") {
            // ISO 8601 date (strict OOXML): kept as the serial of the 1900 system.
            int y = 0, m = 0, d = 0;
            if (value.size() < 10 || value[4] != '-' || value[7] != '-' || !toInt(value.substr(0, 4)) ||
                !toInt(value.substr(5, 2)) || !toInt(value.substr(8, 2)))
                return fault("'" + value + "' är inget datum, förväntade ÅÅÅÅ-MM-DD");
            y = *toInt(value.substr(0, 4));
            m = *toInt(value.substr(5, 2));
            d = *toInt(value.substr(8, 2));
            const long long days = daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) -
                                   daysFromCivil(1899, 12, 30);
            cell.type = CellType::Number;
            cell.number = static_cast<double>(book.date1904 ? days - 1462 : days);
            cell.isDate = true;
        } else {
            return fault("okänd celltyp '" + cellType + "', förväntade n, s, str, inlineStr, b, e eller d");
        }
        if (error.empty())
            row.cells.push_back(std::move(cell));
    }

    void emitRow()
    {
        if (!error.empty() || stopped)
            return;
        // Merged ranges: remember the top-left value where a range starts, fill the rest.
        for (const Merge &m : merges) {
            if (m.firstRow == row.number)
                if (const Cell *topLeft = row.at(m.firstColumn))
                    mergeValues.emplace_back(&m, *topLeft);
        }
        bool filled = false;
        for (const auto &[m, topLeft] : mergeValues) {
            if (row.number < m->firstRow || row.number > m->lastRow)
                continue;
            for (int c = m->firstColumn; c <= m->lastColumn; ++c) {
                if (row.number == m->firstRow && c == m->firstColumn)
                    continue;
                if (!row.at(c)) {
                    Cell copy = topLeft;
                    copy.column = c;
                    copy.fromMerge = true;
                    row.cells.push_back(std::move(copy));
                    filled = true;
                }
            }
        }
        if (filled)
            std::ranges::sort(row.cells, {}, &Cell::column);
        std::erase_if(mergeValues, [&](const auto &entry) { return entry.first->lastRow <= row.number; });
        nextRow = row.number + 1;
        if (!row.cells.empty() && !onRow(row))
            stopped = true;
    }

    const std::string *problem() const override
    {
        static const std::string stop = "(stoppad)";
        if (!error.empty())
            return &error;
        return stopped ? &stop : nullptr;
    }
};

} // namespace

Result<void> Workbook::readSheet(std::string_view name, const std::function<bool(const Row &)> &onRow)
{
    Impl &impl = *m_impl;
    std::size_t index = 0;
    if (!name.empty()) {
        const auto it = std::ranges::find(impl.sheetNames, name);
        if (it == impl.sheetNames.end()) {
            std::string names;
            for (const std::string &n : impl.sheetNames)
                names += (names.empty() ? "'" : ", '") + n + "'";
            return fail(ErrorCode::NotFound, impl.path + ": bladet '" + std::string(name) +
                                                 "' finns inte, förväntade ett av " + names);
        }
        index = static_cast<std::size_t>(it - impl.sheetNames.begin());
    }
    const std::string &part = impl.sheetParts[index];
    const std::string where = impl.path + ": blad '" + impl.sheetNames[index] + "'";

    MergeScanner scanner;
    scanner.maxMerges = impl.limits.maxMerges;
    auto scanned = impl.zip.read(part, impl.limits.maxSheetBytes, impl.limits.maxCompressionRatio,
                                 [&](std::string_view chunk) {
                                     scanner.feed(chunk);
                                     return !scanner.tooMany;
                                 });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (scanner.tooMany)
        return fail(ErrorCode::InvalidInput, where + ": fler än " + std::to_string(impl.limits.maxMerges) +
                                                 " sammanfogade cellområden, förväntade ett rimligt antal");
    std::ranges::sort(scanner.merges, {}, &Merge::firstRow);

    SheetHandler handler(impl, where, onRow);
    handler.merges = std::move(scanner.merges);
    XmlStream xml(handler, where);
    bool failed = false;
    auto read = impl.zip.read(part, impl.limits.maxSheetBytes, impl.limits.maxCompressionRatio,
                              [&](std::string_view chunk) {
                                  if (!xml.feed(chunk)) {
                                      failed = true;
                                      return false;
                                  }
                                  return true;
                              });
    if (!read)
        return std::unexpected(read.error());
    if (handler.stopped && handler.error.empty())
        return {};
    if (failed)
        return fail(ErrorCode::InvalidInput, xml.error());
    return xml.finish();
}

} // namespace Tertial::Xlsx
