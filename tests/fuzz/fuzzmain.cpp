// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every fuzz target (see docs/fuzzing.md):
//   fuzz_X FILE                      one input, as AFL++ runs it (`fuzz_X @@`)
//   fuzz_X FILE|DIR...               replay every file (a directory: every file in it, sorted)
//   fuzz_X --mutations N [--seed S] [--time-limit-ms T] FILE|DIR...
//                                    replay, then N deterministic mutants of the inputs, round robin
//   fuzz_X --print-dictionary        the target's tokens as an AFL++ dictionary (afl-fuzz -x)
//   fuzz_X --mutations N [--seed S] --write-mutants DIR FILE|DIR...
//                                    write the N mutants to DIR instead of running them
// A failing input (crash, sanitizer report, broken invariant, or slower than the time limit) is
// written to $TERTIAL_FUZZ_FAILURES (default: the working directory) as fuzz-failure-<target>-<n>
// before the process dies, so it can be committed as a regression (tests/fuzz/regressions/).
#include "fuzztarget.h"
#include "mutator.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <sys/time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

namespace {

namespace fs = std::filesystem;

// What the signal handlers need, prepared before each input (handlers may only call write/open).
struct Current
{
    const std::string *input = nullptr;
    char path[4096] = {};
    char label[512] = {};
    bool hang = false;
} current;

void writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written <= 0)
            return;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
}

void say(const char *text)
{
    writeAll(STDERR_FILENO, text, std::strlen(text));
}

// Writes the input being run; async-signal-safe.
void saveCurrent()
{
    if (!current.input || current.path[0] == '\0')
        return;
    const int fd = ::open(current.path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return;
    writeAll(fd, current.input->data(), current.input->size());
    ::close(fd);
    say(current.hang ? "\nfuzz: hang (time limit) on " : "\nfuzz: failure on ");
    say(current.label);
    say("\nfuzz: input written to ");
    say(current.path);
    say("\n");
    current.input = nullptr;
}

void onSignal(int signal)
{
    if (signal == SIGALRM)
        current.hang = true;
    saveCurrent();
    std::signal(signal == SIGALRM ? SIGABRT : signal, SIG_DFL);
    std::raise(signal == SIGALRM ? SIGABRT : signal);
}

void installHandlers()
{
    for (int s : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGALRM})
        std::signal(s, onSignal);
#if defined(__SANITIZE_ADDRESS__)
    __sanitizer_set_death_callback(saveCurrent);
#endif
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::vector<fs::path> expand(const std::vector<std::string> &arguments)
{
    std::vector<fs::path> files;
    for (const std::string &argument : arguments) {
        std::error_code error;
        if (fs::is_directory(argument, error)) {
            std::vector<fs::path> inside;
            for (const auto &entry : fs::directory_iterator(argument))
                if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                    inside.push_back(entry.path());
            std::sort(inside.begin(), inside.end());
            files.insert(files.end(), inside.begin(), inside.end());
        } else {
            files.emplace_back(argument);
        }
    }
    return files;
}

void setTimer(long milliseconds)
{
    itimerval timer{};
    timer.it_value.tv_sec = milliseconds / 1000;
    timer.it_value.tv_usec = (milliseconds % 1000) * 1000;
    ::setitimer(ITIMER_REAL, &timer, nullptr);
}

int usage(const char *program)
{
    std::cerr << "usage: " << program
              << " [--mutations N] [--seed S] [--time-limit-ms T] [--write-mutants DIR] FILE|DIR...\n"
                 "       " << program << " --print-dictionary\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    const std::string program = fs::path(argv[0]).filename().string();
    long mutations = 0;
    unsigned long long seed = 1;
    long timeLimit = 0;
    std::string writeTo;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        auto value = [&]() -> const char * { return i + 1 < argc ? argv[++i] : nullptr; };
        if (argument == "--write-mutants") {
            const char *text = value();
            if (!text)
                return usage(argv[0]);
            writeTo = text;
        } else if (argument == "--mutations" || argument == "--seed" || argument == "--time-limit-ms") {
            const char *text = value();
            if (!text)
                return usage(argv[0]);
            if (argument == "--mutations")
                mutations = std::strtol(text, nullptr, 10);
            else if (argument == "--seed")
                seed = std::strtoull(text, nullptr, 10);
            else
                timeLimit = std::strtol(text, nullptr, 10);
        } else if (argument == "--print-dictionary") {
            // The target's tokens in AFL++'s dictionary format (afl-fuzz -x), for scripts/fuzz.
            for (const char *const *token = fuzzDictionary; *token; ++token) {
                std::string line = "\"";
                for (const unsigned char c : std::string_view(*token)) {
                    char escaped[8];
                    if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\')
                        std::snprintf(escaped, sizeof escaped, "\\x%02X", c);
                    else
                        std::snprintf(escaped, sizeof escaped, "%c", c);
                    line += escaped;
                }
                std::cout << line << "\"\n";
            }
            return 0;
        } else if (argument.starts_with("--")) {
            return usage(argv[0]);
        } else {
            inputs.push_back(argument);
        }
    }
    if (inputs.empty())
        return usage(argv[0]);

    // AFL++ and a single replay: just the input, nothing else in the way.
    if (inputs.size() == 1 && mutations == 0 && timeLimit == 0 && !fs::is_directory(inputs.front())) {
        const std::string data = readFile(inputs.front());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.data()), data.size());
        return 0;
    }

    const char *outDir = std::getenv("TERTIAL_FUZZ_FAILURES");
    const std::string failurePath =
        (outDir && *outDir ? std::string(outDir) : std::string(".")) + "/fuzz-failure-" + program;
    installHandlers();

    std::vector<std::string> corpus;
    std::vector<std::string> names;
    for (const fs::path &path : expand(inputs)) {
        corpus.push_back(readFile(path));
        names.push_back(path.string());
    }
    if (corpus.empty()) {
        std::cerr << program << ": no input files\n";
        return 2;
    }

    std::vector<std::string> dictionary;
    for (const char *const *token = fuzzDictionary; *token; ++token)
        dictionary.emplace_back(*token);
    Tertial::Fuzz::Mutator mutator(seed, corpus, dictionary);

    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    double slowest = 0;
    std::string slowestLabel;
    std::size_t largest = 0;
    auto run = [&](const std::string &data, const std::string &label, long number) {
        current.input = &data;
        current.hang = false;
        std::snprintf(current.path, sizeof current.path, "%s-%ld", failurePath.c_str(), number);
        std::snprintf(current.label, sizeof current.label, "%s", label.c_str());
        if (timeLimit > 0)
            setTimer(timeLimit);
        const auto start = Clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.data()), data.size());
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (timeLimit > 0)
            setTimer(0);
        current.input = nullptr;
        largest = std::max(largest, data.size());
        if (ms > slowest) {
            slowest = ms;
            slowestLabel = label;
        }
    };

    if (!writeTo.empty()) {
        // The same mutants as files, for running them through other programs (tertial-cli import).
        fs::create_directories(writeTo);
        for (long m = 0; m < mutations; ++m) {
            const std::size_t from = static_cast<std::size_t>(m) % corpus.size();
            std::ofstream out(fs::path(writeTo) / ("mutant-" + std::to_string(m) + fs::path(names[from]).extension().string()),
                              std::ios::binary);
            const std::string mutant = mutator.mutate(corpus[from]);
            out.write(mutant.data(), static_cast<std::streamsize>(mutant.size()));
        }
        return 0;
    }
    for (std::size_t i = 0; i < corpus.size(); ++i)
        run(corpus[i], names[i], static_cast<long>(i));
    for (long m = 0; m < mutations; ++m) {
        const std::size_t from = static_cast<std::size_t>(m) % corpus.size();
        const std::string mutant = mutator.mutate(corpus[from]);
        run(mutant, "mutant " + std::to_string(m) + " (seed " + std::to_string(seed) + ") of " + names[from], m + 1000000);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    std::cout << program << ": " << corpus.size() << " inputs replayed, " << mutations << " mutants (seed " << seed
              << "), " << seconds << " s, largest input " << largest << " bytes, slowest " << slowest << " ms ("
              << slowestLabel << ")\n";
    return 0;
}
