// Fuzzes money parsing: the first byte picks a currency and a locale, the rest is the text a
// user or a file gives. Whatever parses must format and parse back to the same amount.

#include "domain/money.h"

#include <QLocale>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void check(bool holds, const char *what, const QString &text)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz_money: %s: \"%s\"\n", what, qPrintable(text));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QString currencies[]
        = { u"IDR"_s, u"USD"_s, u"EUR"_s, u"JPY"_s, u"BHD"_s, u"XYZ"_s, u"usd"_s, u""_s };
    static const QLocale locales[]
        = { QLocale(QLocale::Indonesian, QLocale::Indonesia),
            QLocale(QLocale::English, QLocale::UnitedStates),
            QLocale(QLocale::German, QLocale::Germany),
            QLocale(QLocale::French, QLocale::Switzerland), QLocale::c() };
    const QString &currency = currencies[data[0] % 8];
    const QLocale &locale = locales[(data[0] >> 3) % 5];
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    if (const auto plain = cd::Money::parse(text, currency)) {
        check(cd::Money::isValidCurrency(plain->currency()), "a parsed amount has a currency",
              text);
        const auto again = cd::Money::parse(plain->toPlainString(), currency);
        check(again && again->minorUnits() == plain->minorUnits(),
              "toPlainString() parses back to the same amount", text);
    }
    if (const auto local = cd::Money::parseLocalized(text, currency, locale)) {
        const auto again = cd::Money::parseLocalized(local->formatNumber(locale), currency, locale);
        check(again && again->minorUnits() == local->minorUnits(),
              "formatNumber() parses back to the same amount", text);
        local->format(locale);
        local->format(locale, true);
    }
    return 0;
}
