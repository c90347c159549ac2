// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic ledger export and its mappings.
#include "syntheticledger.h"

#include <xlsxwriter.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <functional>

namespace Tertial::Tools {
namespace {

constexpr int ansvarCount = 120;
constexpr int motpartCount = 5;

// 70 result kontos (Kommun-Bas 13 groups) and three outside classes 3–7.
const std::array<int, 73> &kontos()
{
    static const std::array<int, 73> list = [] {
        std::array<int, 73> k{};
        std::size_t n = 0;
        for (int base : {3111, 3411, 3511, 3521, 3611, 4511, 4521, 4611, 4621, 4631})
            k[n++] = base;
        for (int i = 0; i < 30; ++i)
            k[n++] = 5000 + i * 30; // personal
        for (int i = 0; i < 5; ++i)
            k[n++] = 6000 + i * 20; // lokaler
        for (int i = 0; i < 25; ++i)
            k[n++] = 6200 + i * 70; // övriga kostnader, inhyrd personal, avskrivningar
        k[n++] = 1510;
        k[n++] = 2440;
        k[n++] = 8411;
        return k;
    }();
    return list;
}

// A deterministic amount in öre (splitmix64), debit-positive: income kontos credit.
std::int64_t amountOf(std::uint64_t i, unsigned seed, int konto)
{
    std::uint64_t z = i + 0x9E3779B97F4A7C15ull * (seed + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    const auto ore = static_cast<std::int64_t>(z % 5'000'000) + 100; // 1 kr – 50 000 kr
    return konto / 1000 == 3 ? -ore : ore;
}

struct Row
{
    int ansvar, konto, motpart, period;
    std::int64_t ore;
};

void forEachRow(const SyntheticLedgerSpec &spec, const std::function<void(const Row &)> &row)
{
    const auto &k = kontos();
    const std::size_t perMonth = (spec.rows + 11) / 12;
    std::size_t written = 0;
    for (int month = 1; month <= 12 && written < spec.rows; ++month)
        for (std::size_t j = 0; j < perMonth && written < spec.rows; ++j, ++written) {
            const int konto = k[j % k.size()];
            const int ansvar = 51000 + static_cast<int>((j / k.size()) % ansvarCount);
            const int motpart = static_cast<int>((j / (k.size() * ansvarCount)) % motpartCount);
            row(Row{ansvar, konto, motpart, spec.year * 100 + month, amountOf(written, spec.seed, konto)});
        }
}

std::string kronorText(std::int64_t ore)
{
    char text[32];
    const std::int64_t a = ore < 0 ? -ore : ore;
    std::snprintf(text, sizeof text, "%s%lld,%02lld", ore < 0 ? "-" : "", static_cast<long long>(a / 100),
                  static_cast<long long>(a % 100));
    return text;
}

} // namespace

std::string syntheticLedgerAnsvarMapping()
{
    std::string text = "ansvar;verksamhet\n";
    for (int a = 0; a < ansvarCount; ++a) {
        const int unit = a / 3; // 40 verksamheter, three ansvar each
        text += std::to_string(51000 + a) + ";Område " + std::to_string(unit / 5 + 1) + " > Enhet " +
                std::to_string(unit + 1) + "\n";
    }
    return text;
}

Core::Result<void> writeSyntheticLedger(const std::string &path, const SyntheticLedgerSpec &spec)
{
    std::int64_t total = 0;
    if (path.ends_with(".xlsx")) {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        lxw_workbook *book = workbook_new_opt(path.c_str(), &options);
        if (!book)
            return Core::fail(Core::ErrorCode::Io, path + ": kan inte skriva filen");
        lxw_worksheet *sheet = workbook_add_worksheet(book, "Huvudbok");
        worksheet_write_string(sheet, 0, 0, "Huvudbok, syntetisk socialnämnd", nullptr);
        worksheet_write_string(sheet, 1, 0, "Belopp i kronor, debet positivt", nullptr);
        const char *header[] = {"Ansvar", "Konto", "Motpart", "Period", "Belopp"};
        for (lxw_col_t c = 0; c < 5; ++c)
            worksheet_write_string(sheet, 3, c, header[c], nullptr);
        lxw_row_t r = 4;
        forEachRow(spec, [&](const Row &row) {
            worksheet_write_number(sheet, r, 0, row.ansvar, nullptr);
            worksheet_write_number(sheet, r, 1, row.konto, nullptr);
            worksheet_write_string(sheet, r, 2, ("M" + std::to_string(row.motpart)).c_str(), nullptr);
            worksheet_write_number(sheet, r, 3, row.period, nullptr);
            worksheet_write_number(sheet, r, 4, static_cast<double>(row.ore) / 100.0, nullptr);
            total += row.ore;
            ++r;
        });
        worksheet_write_string(sheet, r, 0, "Totalt", nullptr);
        worksheet_write_number(sheet, r, 4, static_cast<double>(total) / 100.0, nullptr);
        if (workbook_close(book) != LXW_NO_ERROR)
            return Core::fail(Core::ErrorCode::Io, path + ": kunde inte skriva XLSX-filen");
        return {};
    }
    std::ofstream out(path, std::ios::binary);
    if (!out)
        return Core::fail(Core::ErrorCode::Io, path + ": kan inte skriva filen");
    out << "Huvudbok, syntetisk socialnämnd\r\nBelopp i kronor, debet positivt\r\n\r\n"
           "Ansvar;Konto;Motpart;Period;Belopp\r\n";
    forEachRow(spec, [&](const Row &row) {
        out << row.ansvar << ';' << row.konto << ";M" << row.motpart << ';' << row.period << ';' << kronorText(row.ore)
            << "\r\n";
        total += row.ore;
    });
    out << "Totalt;;;;" << kronorText(total) << "\r\n";
    return out ? Core::Result<void>() : Core::fail(Core::ErrorCode::Io, path + ": kunde inte skriva filen");
}

std::string syntheticFigureFile(std::size_t rows)
{
    std::string text = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n";
    static const char *measures[] = {"utfall_intakter", "utfall_kostnader", "budget_period", "prognos"};
    std::size_t n = 0;
    for (int year = 2016; n < rows; ++year)
        for (int v = 0; v < 1000 && n < rows; ++v)
            for (int month = 1; month <= 12 && n < rows; ++month)
                for (const char *m : measures) {
                    if (n++ >= rows)
                        break;
                    text += "0180;SN;Område " + std::to_string(v / 50 + 1) + " > Enhet " + std::to_string(v + 1) + ";" +
                            std::to_string(year) + ";" + std::to_string(month) + ";" + m + ";" +
                            std::to_string((v * 7919 + month * 104729) % 900000 - (m[7] == 'k' ? 950000 : 0)) + ";kr\n";
                }
    return text;
}

} // namespace Tertial::Tools
