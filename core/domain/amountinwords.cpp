#include "domain/amountinwords.h"

#include "domain/money.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

using Language = AmountInWords::Language;

/// One currency's names: the unit in English (singular, plural), its hundredth (singular,
/// plural), and both in Indonesian (which has no plural).
struct CurrencyNames
{
    const char *code;
    const char *unit;
    const char *units;
    const char *cent;
    const char *cents;
    const char *satuan;
    const char *sen;
};

constexpr std::array kCurrencies {
    CurrencyNames { "IDR", "rupiah", "rupiah", "sen", "sen", "rupiah", "sen" },
    CurrencyNames { "USD", "US dollar", "US dollars", "cent", "cents", "dolar Amerika Serikat",
                    "sen" },
    CurrencyNames { "EUR", "euro", "euros", "cent", "cents", "euro", "sen" },
    CurrencyNames { "SGD", "Singapore dollar", "Singapore dollars", "cent", "cents",
                    "dolar Singapura", "sen" },
    CurrencyNames { "AUD", "Australian dollar", "Australian dollars", "cent", "cents",
                    "dolar Australia", "sen" },
    CurrencyNames { "MYR", "ringgit", "ringgit", "sen", "sen", "ringgit Malaysia", "sen" },
    CurrencyNames { "GBP", "pound sterling", "pounds sterling", "penny", "pence", "pound sterling",
                    "pence" },
    CurrencyNames { "JPY", "yen", "yen", "", "", "yen Jepang", "" },
    CurrencyNames { "CNY", "yuan", "yuan", "fen", "fen", "yuan Tiongkok", "fen" },
    CurrencyNames { "HKD", "Hong Kong dollar", "Hong Kong dollars", "cent", "cents",
                    "dolar Hong Kong", "sen" },
};

const CurrencyNames *namesOf(const QString &currency)
{
    for (const CurrencyNames &names : kCurrencies) {
        if (currency == QLatin1StringView(names.code))
            return &names;
    }
    return nullptr;
}

// Indonesian ------------------------------------------------------------------------------

const std::array<QString, 10> kSatuan { u"nol"_s,     u"satu"_s,    u"dua"_s,  u"tiga"_s,
                                        u"empat"_s,   u"lima"_s,    u"enam"_s, u"tujuh"_s,
                                        u"delapan"_s, u"sembilan"_s };

/// 1 to 999 in Indonesian words.
void indonesianBelowThousand(int n, QStringList &words)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 1)
        words.append(u"seratus"_s);
    else if (hundreds > 1)
        words.append(kSatuan[hundreds] + u" ratus"_s);
    if (rest == 0)
        return;
    if (rest < 10)
        words.append(kSatuan[rest]);
    else if (rest == 10)
        words.append(u"sepuluh"_s);
    else if (rest == 11)
        words.append(u"sebelas"_s);
    else if (rest < 20)
        words.append(kSatuan[rest - 10] + u" belas"_s);
    else {
        words.append(kSatuan[rest / 10] + u" puluh"_s);
        if (rest % 10 != 0)
            words.append(kSatuan[rest % 10]);
    }
}

QString indonesian(quint64 n)
{
    if (n == 0)
        return kSatuan[0];
    static const std::array<QString, 7> scales { QString(),      u"ribu"_s,    u"juta"_s,
                                                 u"miliar"_s,    u"triliun"_s, u"kuadriliun"_s,
                                                 u"kuintiliun"_s };
    std::array<int, 7> groups {};
    for (int &group : groups) {
        group = int(n % 1000);
        n /= 1000;
    }
    QStringList words;
    for (int scale = int(groups.size()) - 1; scale >= 0; --scale) {
        const int group = groups[size_t(scale)];
        if (group == 0)
            continue;
        if (scale == 1 && group == 1) {
            words.append(u"seribu"_s); // one thousand is "seribu", unlike one million
            continue;
        }
        indonesianBelowThousand(group, words);
        if (scale > 0)
            words.append(scales[size_t(scale)]);
    }
    return words.join(u' ');
}

// English ---------------------------------------------------------------------------------

const std::array<QString, 20> kOnes { u"zero"_s,    u"one"_s,       u"two"_s,      u"three"_s,
                                      u"four"_s,    u"five"_s,      u"six"_s,      u"seven"_s,
                                      u"eight"_s,   u"nine"_s,      u"ten"_s,      u"eleven"_s,
                                      u"twelve"_s,  u"thirteen"_s,  u"fourteen"_s, u"fifteen"_s,
                                      u"sixteen"_s, u"seventeen"_s, u"eighteen"_s, u"nineteen"_s };
const std::array<QString, 10> kTens {
    QString(),  QString(),  u"twenty"_s,  u"thirty"_s, u"forty"_s,
    u"fifty"_s, u"sixty"_s, u"seventy"_s, u"eighty"_s, u"ninety"_s
};

void englishBelowThousand(int n, QStringList &words)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds > 0)
        words.append(kOnes[size_t(hundreds)] + u" hundred"_s);
    if (rest == 0)
        return;
    if (rest < 20)
        words.append(kOnes[size_t(rest)]);
    else if (rest % 10 == 0)
        words.append(kTens[size_t(rest / 10)]);
    else
        words.append(kTens[size_t(rest / 10)] + u'-' + kOnes[size_t(rest % 10)]);
}

QString english(quint64 n)
{
    if (n == 0)
        return kOnes[0];
    static const std::array<QString, 7> scales { QString(),       u"thousand"_s, u"million"_s,
                                                 u"billion"_s,    u"trillion"_s, u"quadrillion"_s,
                                                 u"quintillion"_s };
    std::array<int, 7> groups {};
    for (int &group : groups) {
        group = int(n % 1000);
        n /= 1000;
    }
    QStringList words;
    for (int scale = int(groups.size()) - 1; scale >= 0; --scale) {
        const int group = groups[size_t(scale)];
        if (group == 0)
            continue;
        englishBelowThousand(group, words);
        if (scale > 0)
            words.append(scales[size_t(scale)]);
    }
    return words.join(u' ');
}

QString words(quint64 n, Language language)
{
    return language == Language::Indonesian ? indonesian(n) : english(n);
}

quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

/// "minus" in both languages.
const QString kMinus = u"minus"_s;

} // namespace

AmountInWords::Language AmountInWords::languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::Indonesian ? Language::Indonesian : Language::English;
}

QString AmountInWords::number(qint64 value, Language language)
{
    const QString text = words(magnitude(value), language);
    return value < 0 ? kMinus + u' ' + text : text;
}

QString AmountInWords::amount(qint64 minorUnits, const QString &currency, Language language)
{
    const int decimals = Money::decimals(currency);
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const quint64 whole = magnitude(minorUnits) / scale;
    const quint64 fraction = magnitude(minorUnits) % scale;
    const CurrencyNames *names = namesOf(currency);
    const bool indonesianText = language == Language::Indonesian;

    QString unit = currency;
    if (names)
        unit = QString::fromUtf8(indonesianText   ? names->satuan
                                     : whole == 1 ? names->unit
                                                  : names->units);
    QString text;
    if (whole > 0 || fraction == 0)
        text = words(whole, language) + u' ' + unit;
    if (fraction > 0) {
        QString cents;
        if (decimals == 2 && (!names || names->cent[0] != '\0')) {
            QString centName = indonesianText ? u"sen"_s : (fraction == 1 ? u"cent"_s : u"cents"_s);
            if (names)
                centName = QString::fromUtf8(indonesianText      ? names->sen
                                                 : fraction == 1 ? names->cent
                                                                 : names->cents);
            cents = words(fraction, language) + u' ' + centName;
        } else {
            // Three decimals, or no name for the hundredth: the fraction in figures.
            cents = u"%1/%2"_s.arg(fraction).arg(scale);
            if (whole == 0)
                text = words(0, language) + u' ' + unit;
        }
        if (text.isEmpty())
            text = cents;
        else
            text += (indonesianText ? u" "_s : u" and "_s) + cents;
    }
    return minorUnits < 0 ? kMinus + u' ' + text : text;
}

QString AmountInWords::sentence(qint64 minorUnits, const QString &currency, Language language)
{
    QString text = amount(minorUnits, currency, language);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace cd
