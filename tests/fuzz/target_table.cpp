// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the ledger export reader, Io::readTable — XLSX (libzip + expat, the XLSX reader of
// src/xlsx) when the bytes are a zip file, else CSV in UTF-8 or Windows-1252 with its separator
// detected. The reader takes a path: the input is handed over as an anonymous in-memory file
// (memfd), so nothing is written to disk.
#include "fuzztarget.h"

#include "io/ledgertable.h"

#include <string>

#include <sys/mman.h>
#include <unistd.h>

using namespace Tertial;

const char *const fuzzDictionary[] = {
    "PK\x03\x04", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "<c r=\"A1\" t=\"s\"><v>0</v></c>",
    "<row r=\"1\">", "</row>", "<mergeCell ref=\"A1:B2\"/>", "t=\"inlineStr\"", "date1904=\"1\"", "<!DOCTYPE",
    "Konto;Ansvar;Period;Belopp\n", "Konto\tBelopp\r\n", "Konto,Belopp\n", "4010;100;202101;-1 234,50\n", "\xE5\xE4\xF6",
    nullptr,
};

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const int fd = memfd_create("fuzz-table", MFD_CLOEXEC);
    fuzzCheck(fd >= 0, "memfd_create failed");
    for (std::size_t written = 0; written < size;) {
        const ssize_t n = ::write(fd, data + written, size - written);
        fuzzCheck(n > 0, "write to the memfd failed");
        written += static_cast<std::size_t>(n);
    }
    const std::string path = "/proc/self/fd/" + std::to_string(fd);
    Io::TableInfo info;
    std::size_t rows = 0;
    std::size_t cells = 0;
    const auto read = Io::readTable(path, "", info, [&](const Io::TableRow &row) {
        fuzzCheck(row.line >= 1, "a row without a line number");
        ++rows;
        cells += row.cells.size();
        return rows < 100'000;
    });
    if (!read)
        fuzzCheck(read.error().message.find(path) != std::string::npos, "an error does not name the file");
    ::close(fd);
    return 0;
}
