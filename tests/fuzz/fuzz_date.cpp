// Fuzzes date parsing: any text is either a day of the calendar written YYYY-MM-DD, which
// writes back to the same text, or no date at all; the byte and text versions agree.

#include "domain/isodate.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool holds, const char *what, const QString &text)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz_date: %s: \"%s\"\n", what, qPrintable(text));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    bool wellFormed = false;
    const QDate date = cd::parseIsoDate(text, &wellFormed);
    check(!date.isValid() || wellFormed, "a date is only read from YYYY-MM-DD", text);
    if (date.isValid()) {
        check(date.toString(Qt::ISODate) == text, "a date writes back to the text it came from",
              text);
        check(QDate::fromString(text, Qt::ISODate) == date, "Qt reads the same day", text);
    }
    const QDate prefix = cd::parseIsoDatePrefix(bytes.constData(), bytes.size());
    if (bytes.size() == 10)
        check(prefix == date, "bytes and text give the same date", text);
    if (prefix.isValid())
        check(cd::parseIsoDate(text.left(10)) == prefix, "a timestamp starts with its date", text);
    return 0;
}
