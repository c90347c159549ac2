// SPDX-License-Identifier: GPL-3.0-or-later
// The one function a fuzz target defines. fuzzmain.cpp gives every target the same main():
// replay files (AFL++ runs `target @@`), or a deterministic, seeded mutation pass over a corpus.
// The signature is libFuzzer's, so a target also builds with -fsanitize=fuzzer where that works.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Runs the code under test on one input. Must not keep state between calls, must not write
// files, and returns 0. A broken invariant is reported with fuzzCheck() (abort: a crash to AFL++).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

// Bytes the mutation pass inserts besides the target's own seeds (tokens of the format).
// Each target defines it; an empty list is fine. Ends with nullptr.
extern const char *const fuzzDictionary[];

// An invariant of the parser's output (not a sanitizer finding): prints and aborts.
#define fuzzCheck(condition, what)                                                                          \
    do {                                                                                                    \
        if (!(condition)) {                                                                                 \
            std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n", __FILE__, __LINE__, (what));      \
            std::abort();                                                                                   \
        }                                                                                                   \
    } while (false)
