// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule for an utfall's split: intäkter + kostnader = netto where all three are stored.
#include "sqlstore.h"

#include "core/svformat.h"

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

// An amount for a message: "-88 552 000 kr", with öre when it has any.
std::string amountText(std::int64_t ore)
{
    return Core::formatAmount(Core::Money::fromOre(ore), Core::AmountUnit::Kronor, {}, ore % 100 == 0 ? 0 : 2) + " kr";
}

} // namespace

Result<void> SqlStore::checkSplit(const ActualSplit &split, const SplitWrite &write, std::string_view within)
{
    if (!split.income || !split.cost || !split.net)
        return {};
    std::int64_t sum = 0;
    const bool overflow = __builtin_add_overflow(*split.income, *split.cost, &sum);
    if (!overflow && sum == *split.net)
        return {};
    const std::string sumText = overflow ? std::string("utanför talområdet") : amountText(sum);
    const std::string parts =
        "utfall_intakter " + amountText(*split.income) + " + utfall_kostnader " + amountText(*split.cost) + " = " + sumText;
    if (write.net && !write.split)
        return fail(ErrorCode::Conflict, write.what + ": " + amountText(*split.net) + " stämmer inte med lagrade " + parts +
                                             "; förväntade samma netto, eller att intäkter och kostnader ändras i " +
                                             std::string(within));
    if (!write.net)
        return fail(ErrorCode::Conflict, write.what + ": " + parts + " stämmer inte med lagrat utfall_netto " +
                                             amountText(*split.net) + "; förväntade samma netto, eller att netto ändras i " +
                                             std::string(within));
    return fail(ErrorCode::Conflict, write.what + ": " + amountText(*split.net) + " stämmer inte med " + parts);
}

Result<SqlStore::ActualSplit> SqlStore::storedSplit(const SplitKey &key)
{
    const auto &[verksamhetId, year, month, kontoslag] = key;
    ActualSplit split;
    auto take = [&](const Statement &row) {
        const auto measure = measureFromCode(row.text(0));
        std::optional<std::int64_t> *slot = !measure                             ? nullptr
                                            : *measure == Measure::ActualIncome ? &split.income
                                            : *measure == Measure::ActualCost   ? &split.cost
                                            : *measure == Measure::ActualNet    ? &split.net
                                                                                : nullptr;
        if (slot && !*slot)
            *slot = row.int64(1);
    };
    // Typed (and file-imported) figures first: they hide the ledger's of the same key when read.
    for (const std::string_view table : {"figure", "ledger_figure"}) {
        auto st = query(std::string("SELECT measure, amount_ore FROM ") + std::string(table) +
                            " WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 AND kontoslag = ?4 "
                            "AND measure IN ('utfall_intakter', 'utfall_kostnader', 'utfall_netto')",
                        verksamhetId, year, month, kontoslag);
        if (!st)
            return std::unexpected(st.error());
        if (auto ok = (*st)->forEach(take); !ok)
            return std::unexpected(ok.error());
    }
    return split;
}

Result<void> SqlStore::checkStoredSplits(const std::map<SplitKey, SplitWrite> &written, std::string_view within)
{
    for (const auto &[key, write] : written) {
        auto split = storedSplit(key);
        if (!split)
            return std::unexpected(split.error());
        if (auto ok = checkSplit(*split, write, within); !ok)
            return ok;
    }
    return {};
}

} // namespace Tertial::Storage
