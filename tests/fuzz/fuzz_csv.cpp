// Fuzzes the CSV reader: any bytes either parse or come back as one error, never a crash,
// a hang or a sanitizer report; what parses keeps the reader's promises.

#include "io/csvreader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void check(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz_csv: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const char delimiter = cd::CsvReader::detectDelimiter(bytes);
    check(delimiter == ',' || delimiter == ';', "the delimiter is a comma or a semicolon");
    cd::CsvReader::detectEncoding(bytes);
    const auto document = cd::CsvReader::parse(bytes, u"fuzz.csv"_s);
    if (!document) {
        check(document.error().contains(u"fuzz.csv"_s), "an error names the file");
        return 0;
    }
    check(!document->header.isEmpty(), "a parsed file has a header");
    // A stray carriage return ends a record inside a line, so two records may share one.
    const auto lines = bytes.count('\n') + bytes.count('\r') + 1;
    int previous = document->headerLine;
    for (const cd::CsvRecord &record : document->records) {
        check(record.line >= previous, "records come in the order of their lines");
        check(record.line <= lines, "a record names a line of the file");
        previous = record.line;
    }
    return 0;
}
