// SPDX-License-Identifier: GPL-3.0-or-later
// Errors travel as values: a code and a message that says where and what was expected.
#pragma once

#include <expected>
#include <string>

namespace Tertial::Core {

enum class ErrorCode {
    InvalidInput,     // text that is not what was expected (a number, a code, a month)
    MissingInput,     // a value a computation needs is absent
    OutOfRange,       // a value outside its domain (month 13, negative days)
    NotFound,         // a referenced entity does not exist
    Conflict,         // duplicate key, disagreeing values, locked period
    Storage,          // the database refused or failed
    Io,               // a file could not be read or written
    Unsupported,      // a newer schema, a foreign file
    Forbidden,        // the server's roles refused it (another nämnd, a role that only reads)
    Unavailable,      // the server cannot be reached (the connection dropped)
};

struct Error final
{
    ErrorCode code = ErrorCode::InvalidInput;
    std::string message; // Swedish, user-facing, names the place (file:line: column: ...)
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message)
{
    return std::unexpected<Error>(Error{code, std::move(message)});
}

} // namespace Tertial::Core
