// SPDX-License-Identifier: GPL-3.0-or-later
// What every statement does the same way, whichever the engine.
#include "sqlconnection.h"

namespace Tertial::Storage {

Core::Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
    }
    reset();
    return {};
}

Core::Result<void> Statement::forEach(const std::function<void(const Statement &)> &row)
{
    for (;;) {
        auto next = step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        row(*this);
    }
    reset();
    return {};
}

Core::Result<void> Connection::copyIn(std::string_view, const std::string &)
{
    return Core::fail(Core::ErrorCode::Unsupported, "COPY finns bara på servern");
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

} // namespace Tertial::Storage
