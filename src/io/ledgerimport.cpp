// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger import: header, rows, mappings, signs, sums, and the checks that refuse a whole file.
#include "ledgerimport.h"

#include "ledgermappings.h"

#include "core/svformat.h"
#include "core/svparse.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <unordered_map>

namespace Tertial::Io {

using Core::ErrorCode;
using Core::fail;
using Core::Money;
using Core::Result;
using Storage::LedgerVersion;

namespace {

constexpr std::size_t maxProblems = 100;
constexpr int maxHeaderSearch = 50;
// Bounds before arithmetic: a single amount and a sum of one month stay far inside 64-bit öre.
constexpr std::int64_t maxRowOre = 100'000'000'000'000;       // 1 000 miljarder kr
// A sum becomes a stored figure: within the bound every stored amount keeps (docs/formats.md).
constexpr std::int64_t maxSumOre = Money::maxAmountOre; // 10 000 miljarder kr

std::string kronor(Money amount)
{
    const Core::NumberStyle style{Core::NumberStyle::Minus::Hyphen, Core::NumberStyle::Grouping::Space};
    return Core::formatAmount(amount, Core::AmountUnit::Kronor, style, amount.ore() % 100 == 0 ? 0 : 2) + " kr";
}

bool addChecked(Money &sum, Money amount)
{
    std::int64_t result = 0;
    if (__builtin_add_overflow(sum.ore(), amount.ore(), &result) || result > maxSumOre || result < -maxSumOre)
        return false;
    sum = Money::fromOre(result);
    return true;
}

std::optional<int> toInt(std::string_view text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// The text of a code cell: a number cell as its digits (4010, not 4010.0).
std::string codeText(const TableCell &cell)
{
    if (cell.kind == TableCell::Kind::Number) {
        const double rounded = std::round(cell.number);
        if (rounded == cell.number && std::abs(rounded) < 1e15)
            return std::to_string(static_cast<long long>(rounded));
    }
    if (cell.kind == TableCell::Kind::Text)
        return cell.text;
    return {};
}

struct Period
{
    int year = 0;
    int month = 0;
};

std::optional<Period> periodFromYearMonth(int ym)
{
    if (ym / 100 < 2000 || ym / 100 > 2100 || ym % 100 < 1 || ym % 100 > 12)
        return std::nullopt;
    return Period{ym / 100, ym % 100};
}

// YYYYMM (number or text), "YYYY-MM", "YYYY-MM-DD", "YYYY/MM", or a date cell.
std::optional<Period> parsePeriod(const TableCell &cell)
{
    if (cell.kind == TableCell::Kind::Date)
        return Period{cell.year, cell.month};
    const std::string text = codeText(cell);
    if (text.size() == 6)
        if (const auto ym = toInt(text))
            return periodFromYearMonth(*ym);
    if (text.size() >= 7 && (text[4] == '-' || text[4] == '/' || text[4] == ' ')) {
        const auto y = toInt(std::string_view(text).substr(0, 4));
        const auto m = toInt(std::string_view(text).substr(5, 2));
        if (y && m && (text.size() == 7 || text[7] == '-' || text[7] == '/') && *y >= 2000 && *y <= 2100 && *m >= 1 &&
            *m <= 12)
            return Period{*y, *m};
    }
    return std::nullopt;
}

std::optional<LedgerVersion> parseVersion(std::string_view text)
{
    const std::string n = normalizedHeader(text);
    auto starts = [&](std::string_view word) { return n == word || n.starts_with(std::string(word) + " "); };
    if (starts("utfall") || starts("actual") || starts("actuals") || starts("redovisat"))
        return LedgerVersion::Actual;
    if (starts("budget"))
        return LedgerVersion::Budget;
    if (starts("prognos") || starts("forecast"))
        return LedgerVersion::Forecast;
    return std::nullopt;
}

// A cell's amount exactly in öre: a number cell (kronor; more than two decimals is an error, as
// is anything beyond the bound), or Swedish text ("-1 234,50", "(1 234)").
Result<std::optional<Money>> parseAmountCell(const TableCell &cell)
{
    switch (cell.kind) {
    case TableCell::Kind::Empty: return std::optional<Money>();
    case TableCell::Kind::Number: {
        const double ore = cell.number * 100.0;
        const double rounded = std::round(ore);
        if (!std::isfinite(ore) || std::abs(rounded) > static_cast<double>(maxRowOre))
            return fail(ErrorCode::OutOfRange, "beloppet är större än 1 000 miljarder kr, förväntade ett rimligt belopp");
        if (std::abs(ore - rounded) > 1e-6 * std::max(1.0, std::abs(ore)))
            return fail(ErrorCode::InvalidInput, "beloppet " + std::to_string(cell.number) +
                                                     " har fler decimaler än ören, förväntade högst två decimaler");
        return std::optional<Money>(Money::fromOre(static_cast<std::int64_t>(rounded)));
    }
    case TableCell::Kind::Text: {
        if (cell.text.find_first_not_of(" \t") == std::string::npos)
            return std::optional<Money>();
        auto parsed = Core::parseAmount(cell.text, Core::AmountUnit::Kronor);
        if (!parsed)
            return fail(ErrorCode::InvalidInput, "\"" + cell.text + "\" är inget belopp: " + parsed.error().message);
        if (parsed->abs().ore() > maxRowOre)
            return fail(ErrorCode::OutOfRange, "beloppet är större än 1 000 miljarder kr, förväntade ett rimligt belopp");
        return std::optional<Money>(*parsed);
    }
    case TableCell::Kind::Date:
        return fail(ErrorCode::InvalidInput, "cellen är ett datum, förväntade ett belopp");
    case TableCell::Kind::Boolean:
        return fail(ErrorCode::InvalidInput, "cellen är ett sanningsvärde, förväntade ett belopp");
    case TableCell::Kind::Error:
        return fail(ErrorCode::InvalidInput, "cellen är felvärdet " + cell.text + ", förväntade ett belopp");
    }
    return std::optional<Money>();
}

void tally(std::vector<UnmappedCode> &list, std::unordered_map<std::string, std::size_t> &index, const std::string &code,
           Money amount, int line)
{
    auto [it, inserted] = index.emplace(code, list.size());
    if (inserted)
        list.push_back(UnmappedCode{code, 0, Money(), line});
    UnmappedCode &u = list[it->second];
    ++u.rows;
    addChecked(u.sum, amount);
}

// One aggregation cell: verksamhet path × kontoslag × year × month × version, packed in 64 bits.
std::uint64_t packKey(std::size_t path, std::size_t kontoslag, int year, int month, LedgerVersion version)
{
    return (static_cast<std::uint64_t>(path) << 24) | (static_cast<std::uint64_t>(kontoslag) << 19) |
           (static_cast<std::uint64_t>(year - 2000) << 6) | (static_cast<std::uint64_t>(month) << 2) |
           static_cast<std::uint64_t>(version);
}

} // namespace

std::string LedgerReport::refusal() const
{
    std::string text;
    auto line = [&](const std::string &l) { text += (text.empty() ? "" : "\n") + l; };
    for (const std::string &p : problems)
        line(p);
    auto codes = [&](const std::vector<UnmappedCode> &list, const std::string &what, const std::string &expected) {
        if (list.empty())
            return;
        line(table.file + ": " + std::to_string(list.size()) + " " + what + " saknar mappning, förväntade " + expected +
             "; inget är skrivet:");
        for (const UnmappedCode &u : list)
            line("  " + u.code + ": " + std::to_string(u.rows) + (u.rows == 1 ? " rad" : " rader") + ", summa " +
                 kronor(u.sum) + " (första på " + rowPlace(table, u.firstLine) + ")");
    };
    codes(unmappedKonton, unmappedKonton.size() == 1 ? "konto i klass 3–7" : "konton i klass 3–7",
          "ett intervall i kontoslagsmappningen (--kontoslag, konto_fran;konto_till;kontoslag)");
    codes(unmappedAnsvar, unmappedAnsvar.size() == 1 ? "ansvar" : "ansvar",
          "en rad i ansvarsmappningen (--ansvar, ansvar;verksamhet)");
    return text;
}

LedgerImporter::LedgerImporter(Storage::Store &store) : m_store(store) {}

Result<LedgerReport> LedgerImporter::read(const std::string &path, const LedgerOptions &options,
                                          const std::function<void(std::size_t)> &progress)
{
    LedgerReport report;
    // The kommun and the mappings: given (files, or edited in the dialog), else stored, else
    // (konton only) the Kommun-Bas 13 default.
    auto kommuner = m_store.kommuner();
    if (!kommuner)
        return std::unexpected(kommuner.error());
    if (std::ranges::find(*kommuner, options.kommun, &Storage::Kommun::code) == kommuner->end())
        return fail(ErrorCode::NotFound, "--kommun: okänd kommunkod '" + options.kommun +
                                             "', förväntade en kod ur kommunlistan (importera den först)");
    auto kontoslagList = m_store.kontoslag();
    if (!kontoslagList)
        return std::unexpected(kontoslagList.error());
    std::vector<std::string> kontoslagCodes;
    for (const auto &k : *kontoslagList)
        if (!k.code.empty())
            kontoslagCodes.push_back(k.code);
    auto stored = m_store.ledgerMappings(options.kommun);
    if (!stored)
        return std::unexpected(stored.error());
    if (options.konton) {
        report.konton = *options.konton;
        report.import.konton = *options.konton;
    } else if (options.kontoslagFile) {
        auto file = readKontoMapping(*options.kontoslagFile, kontoslagCodes);
        if (!file)
            return std::unexpected(file.error());
        report.konton = *file;
        report.import.konton = *file;
    } else if (!stored->konton.empty()) {
        report.konton = stored->konton;
    } else {
        report.konton = kommunBas13Default();
        report.kontonFromDefault = true;
    }
    if (options.ansvar) {
        report.ansvar = *options.ansvar;
        report.import.ansvar = *options.ansvar;
    } else if (options.ansvarFile) {
        auto file = readAnsvarMapping(*options.ansvarFile);
        if (!file)
            return std::unexpected(file.error());
        report.ansvar = *file;
        report.import.ansvar = *file;
    } else {
        report.ansvar = stored->ansvar;
    }
    for (const auto &[role, header] : options.columns)
        if (role == LedgerRole::Amount && header.empty())
            return fail(ErrorCode::InvalidInput, "--kolumn: belopp saknar rubrik, förväntade belopp=RUBRIK");

    const KontoMapper kontoMapper(report.konton);
    const AnsvarMapper ansvarMapper(report.ansvar);
    report.import.namnd = Storage::NamndRef{options.kommun, options.namnd};

    std::vector<std::string> paths;
    std::unordered_map<std::string, std::size_t> pathIndex;
    std::unordered_map<std::string, std::optional<std::size_t>> ansvarCache; // code -> path index
    std::vector<std::string> usedKontoslag;
    std::unordered_map<std::uint64_t, Money> sums;
    std::unordered_map<std::string, std::size_t> unmappedKontoIndex, unmappedAnsvarIndex;
    std::optional<TableRow> previous;
    bool haveHeader = false;
    bool overflow = false;

    auto problem = [&](const std::string &message) {
        if (report.problems.size() < maxProblems)
            report.problems.push_back(message);
        else if (report.problems.size() == maxProblems)
            report.problems.push_back(report.table.file + ": fler än " + std::to_string(maxProblems) +
                                      " fel; de följande visas inte");
    };

    auto onRow = [&](const TableRow &row) -> bool {
        if (report.firstRows.size() < 40)
            report.firstRows.push_back(row);
        if (!haveHeader) {
            if (auto layout = recognizeHeader(row, previous ? &*previous : nullptr, options.columns)) {
                report.layout = std::move(*layout);
                haveHeader = true;
                const bool versionColumn = report.layout.roles.contains(LedgerRole::Version);
                report.versionAssumed =
                    !versionColumn && std::ranges::none_of(report.layout.amounts, [](const AmountColumn &a) {
                        return a.version.has_value();
                    });
                return true;
            }
            previous = row;
            return row.line < maxHeaderSearch || report.firstRows.size() < static_cast<std::size_t>(maxHeaderSearch);
        }
        ++report.dataRows;
        if (progress && report.dataRows % 65536 == 0)
            progress(report.dataRows);
        const LedgerLayout &layout = report.layout;
        auto column = [&](LedgerRole role) -> const TableCell * {
            const auto it = layout.roles.find(role);
            return it == layout.roles.end() ? nullptr : &row.at(it->second);
        };

        // The row's period and version, where columns give them.
        std::optional<Period> rowPeriod;
        bool periodBad = false;
        if (const TableCell *p = column(LedgerRole::Period); p && p->kind != TableCell::Kind::Empty) {
            rowPeriod = parsePeriod(*p);
            if (!rowPeriod) {
                periodBad = true;
            }
        }
        std::optional<int> rowYear, rowMonth;
        if (const TableCell *y = column(LedgerRole::Year); y && y->kind != TableCell::Kind::Empty) {
            const auto year = toInt(codeText(*y));
            if (year && *year >= 2000 && *year <= 2100)
                rowYear = *year;
            else
                periodBad = true;
        }
        if (const TableCell *m = column(LedgerRole::Month); m && m->kind != TableCell::Kind::Empty) {
            if (const auto month = monthFromText(codeText(*m)))
                rowMonth = *month;
            else if (const auto period = parsePeriod(*m))
                rowMonth = period->month;
            else
                periodBad = true;
        }
        std::optional<LedgerVersion> rowVersion;
        bool versionBad = false;
        if (const TableCell *v = column(LedgerRole::Version); v && v->kind != TableCell::Kind::Empty) {
            rowVersion = parseVersion(codeText(*v));
            versionBad = !rowVersion;
        }

        // The konto: its first four digits; none means a Totalt or subtotal row.
        const std::string kontoText = codeText(*column(LedgerRole::Konto));
        std::size_t digits = 0;
        while (digits < kontoText.size() && kontoText[digits] >= '0' && kontoText[digits] <= '9')
            ++digits;
        const bool hasKonto = digits >= 4;
        const int konto = hasKonto ? *toInt(std::string_view(kontoText).substr(0, 4)) : 0;
        const int kontoClass = konto / 1000;
        const bool inResult = hasKonto && kontoClass >= 3 && kontoClass <= 7;

        // The amounts of the row (one, or one per amount column).
        std::optional<std::string> unmappedKonto, unmappedAnsvar;
        Money unmappedSum;
        Money rowSum;
        bool rowHasAmount = false;
        for (const AmountColumn &ac : layout.amounts) {
            const TableCell &cell = row.at(ac.column);
            auto amount = parseAmountCell(cell);
            if (!amount) {
                problem(cellPlace(report.table, row.line, ac.column) + " (" + layout.headers[ac.column] + "): " +
                        amount.error().message);
                continue;
            }
            if (!*amount)
                continue;
            rowHasAmount = true;
            if (!addChecked(rowSum, **amount))
                overflow = true;
            if (!inResult)
                continue;
            // Where the amount belongs: the column's version and month, else the row's.
            const std::optional<LedgerVersion> version =
                ac.version ? ac.version : rowVersion ? rowVersion : std::optional(LedgerVersion::Actual);
            std::optional<int> year = ac.year, month = ac.month;
            if (!month) {
                if (rowPeriod) {
                    month = rowPeriod->month;
                    year = year ? year : rowPeriod->year;
                } else {
                    month = rowMonth;
                }
            }
            if (!year)
                year = rowPeriod ? std::optional(rowPeriod->year) : rowYear;
            if (versionBad) {
                problem(cellPlace(report.table, row.line, layout.roles.at(LedgerRole::Version)) + " (" +
                        layout.headers[layout.roles.at(LedgerRole::Version)] + "): \"" +
                        codeText(*column(LedgerRole::Version)) + "\" är ingen version, förväntade Utfall, Budget eller Prognos");
                continue;
            }
            if (!year || !month || periodBad) {
                const auto periodColumn = layout.roles.contains(LedgerRole::Period) ? layout.roles.at(LedgerRole::Period)
                                          : layout.roles.contains(LedgerRole::Year) ? layout.roles.at(LedgerRole::Year)
                                                                                    : ac.column;
                problem(cellPlace(report.table, row.line, periodColumn) + " (" + layout.headers[periodColumn] +
                        "): perioden saknas eller går inte att läsa, förväntade ÅÅÅÅMM (202108), ett datum, "
                        "eller år och månad i var sin kolumn");
                continue;
            }
            const std::string *kontoslag = kontoMapper.kontoslag(konto);
            // The ansvar (else the verksamhet/aktivitet code) names the verksamhet.
            const TableCell *ansvarCell = column(LedgerRole::Ansvar);
            if (!ansvarCell)
                ansvarCell = column(LedgerRole::Verksamhet);
            const std::string ansvar = ansvarCell ? codeText(*ansvarCell) : std::string();
            auto cached = ansvarCache.find(ansvar);
            if (cached == ansvarCache.end()) {
                std::optional<std::size_t> index;
                if (const std::string *p = ansvarMapper.path(ansvar)) {
                    auto [it, inserted] = pathIndex.emplace(*p, paths.size());
                    if (inserted)
                        paths.push_back(*p);
                    index = it->second;
                }
                cached = ansvarCache.emplace(ansvar, index).first;
            }
            if (!kontoslag || !cached->second) {
                if (!kontoslag)
                    unmappedKonto = kontoText.substr(0, 4);
                if (!cached->second)
                    unmappedAnsvar = ansvar.empty() ? "(tomt)" : ansvar;
                addChecked(unmappedSum, **amount);
                continue;
            }
            auto k = std::ranges::find(usedKontoslag, *kontoslag);
            if (k == usedKontoslag.end())
                k = usedKontoslag.insert(usedKontoslag.end(), *kontoslag);
            // Debit-positive (costs +, income −) to canonical (income +, costs −).
            Money &sum = sums[packKey(*cached->second, static_cast<std::size_t>(k - usedKontoslag.begin()), *year,
                                      *month, *version)];
            if (!addChecked(sum, -**amount))
                overflow = true;
        }
        // Each unmapped code once per row, with the row's amounts.
        if (unmappedKonto)
            tally(report.unmappedKonton, unmappedKontoIndex, *unmappedKonto, unmappedSum, row.line);
        if (unmappedAnsvar)
            tally(report.unmappedAnsvar, unmappedAnsvarIndex, *unmappedAnsvar, unmappedSum, row.line);
        if (!rowHasAmount)
            return true;
        if (!hasKonto) {
            ++report.withoutKontoRows;
            addChecked(report.withoutKontoSum, rowSum);
            std::string label;
            for (const TableCell &c : row.cells)
                if (c.kind == TableCell::Kind::Text && !c.text.empty()) {
                    label = c.text;
                    break;
                }
            if (report.withoutKonto.size() < 1000)
                report.withoutKonto.push_back(SkippedRow{row.line, label, rowSum, false});
        } else if (!inResult) {
            ++report.classSkippedRows;
            ++report.classRows[kontoClass];
            addChecked(report.classSkippedSum, rowSum);
            addChecked(report.kontoTotal, rowSum);
        } else {
            ++report.importedRows;
            addChecked(report.importedSum, rowSum);
            addChecked(report.kontoTotal, rowSum);
        }
        return true;
    };
    auto read = readTable(path, options.sheet, report.table, onRow);
    if (!read)
        return std::unexpected(read.error());
    if (!haveHeader)
        return fail(ErrorCode::InvalidInput,
                    rowPlace(report.table, 1) + ": rubrik: ingen rubrikrad bland de första " +
                        std::to_string(maxHeaderSearch) + " raderna, förväntade en rad med kolumnerna Konto och "
                        "Belopp (eller en beloppskolumn per version eller månad: Utfall, Budget, jan, 202101 …)");
    // The figures derived from the sums add up a year's months (cumulative utfall, helår budget):
    // those must stay within the bound too, so a year's months together may not exceed it.
    std::map<std::uint64_t, std::int64_t> yearMagnitude;
    for (const auto &[key, sum] : sums) {
        std::int64_t &magnitude = yearMagnitude[key & ~(std::uint64_t{15} << 2)]; // the month's bits cleared
        magnitude += sum.abs().ore(); // at most 12 × 10^15: no wrap-around
        if (magnitude > maxSumOre)
            overflow = true;
    }
    if (overflow)
        problem(report.table.file + ": summorna blir större än 10 000 000 000 000 kr, förväntade belopp inom "
                                    "±10 000 000 000 000 kr (±10^15 öre)");
    // A Totalt row is recognised by equalling the sum of the rows with a konto.
    for (SkippedRow &s : report.withoutKonto)
        s.isFileTotal = s.sum == report.kontoTotal;
    // Rows that were imported although the importer was refused are of no consequence.
    std::ranges::sort(report.unmappedKonton, {}, &UnmappedCode::code);
    std::ranges::sort(report.unmappedAnsvar, {}, &UnmappedCode::code);

    std::set<Storage::LedgerPeriod> covered;
    report.import.amounts.reserve(sums.size());
    for (const auto &[key, sum] : sums) {
        const auto version = static_cast<LedgerVersion>(key & 3);
        const int month = static_cast<int>((key >> 2) & 15);
        const int year = static_cast<int>((key >> 6) & 127) + 2000;
        const std::size_t kontoslag = (key >> 19) & 31;
        const std::size_t pathId = key >> 24;
        report.import.amounts.push_back(
            Storage::LedgerAmount{paths[pathId], usedKontoslag[kontoslag], year, month, version, sum});
        covered.insert(Storage::LedgerPeriod{year, month, version});
    }
    std::ranges::sort(report.import.amounts, [](const Storage::LedgerAmount &a, const Storage::LedgerAmount &b) {
        return std::tie(a.path, a.kontoslag, a.year, a.version, a.month) <
               std::tie(b.path, b.kontoslag, b.year, b.version, b.month);
    });
    report.import.covered.assign(covered.begin(), covered.end());
    return report;
}

Result<Storage::LedgerSummary> LedgerImporter::apply(const LedgerReport &report, const std::string &reason)
{
    if (report.refused())
        return fail(ErrorCode::InvalidInput, report.refusal());
    return m_store.applyLedger(report.import, reason);
}

std::string ledgerSummaryText(const LedgerReport &report, const std::optional<Storage::LedgerSummary> &written)
{
    std::string text;
    auto line = [&](const std::string &l) { text += l + "\n"; };
    const TableInfo &t = report.table;
    line(t.file + (t.xlsx ? " (XLSX, blad '" + t.sheet + "')"
                          : " (CSV, " + t.encoding + ", avgränsare " +
                                (t.separator == '\t' ? std::string("tabb") : std::string(1, t.separator)) + ")") +
         ": rubrikrad " + std::to_string(report.layout.headerLine));
    std::string columns;
    for (const auto &[role, column] : report.layout.roles)
        columns += (columns.empty() ? "" : ", ") + std::string(ledgerRoleCode(role)) + " = " +
                   report.layout.headers[column];
    std::string amounts;
    for (const AmountColumn &a : report.layout.amounts)
        amounts += (amounts.empty() ? "" : ", ") + report.layout.headers[a.column];
    line("kolumner: " + columns + "; belopp: " + amounts);
    if (report.versionAssumed)
        line("ingen version i filen: alla belopp är lästa som utfall");
    if (report.kontonFromDefault)
        line("kontoslag: standardmappningen för Kommun-Bas 13 (en utgångspunkt; ge kommunens egen med --kontoslag)");
    line("rader: " + std::to_string(report.dataRows) + " under rubriken; " + std::to_string(report.importedRows) +
         " importerade, summa " + kronor(report.importedSum) + " (som i filen, debet positivt)");
    if (report.classSkippedRows > 0) {
        std::string classes;
        for (const auto &[k, n] : report.classRows)
            classes += (classes.empty() ? "" : ", ") + std::string("klass ") + std::to_string(k) + ": " + std::to_string(n);
        line("överhoppade konton utanför klass 3–7: " + std::to_string(report.classSkippedRows) + " rader (" + classes +
             "), summa " + kronor(report.classSkippedSum));
    }
    // Rows with a konto are the file's data; a row without one (Totalt, a subtotal) is a sum of
    // them, reported with whether it is the file's total.
    const SkippedRow *total = nullptr;
    for (const SkippedRow &s : report.withoutKonto) {
        line("överhoppad rad utan konto: " + rowPlace(t, s.line) + " '" + s.label + "', summa " + kronor(s.sum));
        if (s.isFileTotal && !total)
            total = &s;
    }
    line("importerat " + kronor(report.importedSum) + " + överhoppat " + kronor(report.classSkippedSum) + " = " +
         kronor(report.importedSum + report.classSkippedSum) +
         (total ? " = filens summa på raden '" + total->label + "' (" + rowPlace(t, total->line) + ")"
                : " = summan av filens rader med konto" +
                      std::string(report.withoutKonto.empty() ? "" : " (ingen rad utan konto är lika med den)")));
    std::map<LedgerVersion, std::vector<std::pair<int, int>>> periods;
    for (const Storage::LedgerPeriod &p : report.import.covered)
        periods[p.version].emplace_back(p.year, p.month);
    for (const auto &[version, list] : periods) {
        std::string spans;
        for (std::size_t i = 0; i < list.size();) {
            std::size_t j = i;
            while (j + 1 < list.size() && list[j + 1].first == list[i].first && list[j + 1].second == list[j].second + 1)
                ++j;
            char span[32];
            std::snprintf(span, sizeof span, "%04d-%02d–%02d", list[i].first, list[i].second, list[j].second);
            spans += (spans.empty() ? "" : ", ") + std::string(span);
            i = j + 1;
        }
        line(std::string(Storage::ledgerVersionCode(version)) + ": " + spans);
    }
    if (written)
        line("figurer: " + std::to_string(written->figuresAdded) + " nya, " + std::to_string(written->figuresChanged) +
             " ändrade, " + std::to_string(written->figuresRemoved) + " borttagna, " +
             std::to_string(written->figuresUnchanged) + " oförändrade" +
             (written->typedKept ? "; " + std::to_string(written->typedKept) +
                                       " under inskrivna figurer med samma nyckel (de inskrivna gäller)"
                                 : std::string()));
    return text;
}

} // namespace Tertial::Io
