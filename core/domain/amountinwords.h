#pragma once

#include <QLocale>
#include <QString>

namespace cd {

/// An amount written out in words, as invoices and receipts carry it beside the figures
/// (Indonesian "terbilang"). Not translated through tr(): the words and their grammar are the
/// language's own, so each language is written here.
///
/// Indonesian follows the usual terbilang convention (PUEBI): "satu juta dua ratus tiga puluh
/// empat ribu lima ratus rupiah"; se- for one ten, hundred and thousand ("sepuluh", "sebelas",
/// "seratus", "seribu", but "satu juta", and "seratus satu ribu" for 101,000); the scales
/// ribu, juta, miliar, triliun; the currency's name after the number, in lower case ("rupiah",
/// "dolar Amerika Serikat"); cents after it as "lima puluh sen". English follows the American
/// cheque style: "one million two hundred thirty-four thousand five hundred rupiah", "one
/// hundred one", hyphens from twenty-one to ninety-nine, no "and" inside a number; cents as
/// "… US dollars and fifty cents". A whole amount says nothing of cents; an amount below one
/// unit says only its cents ("fifty cents"); a negative amount (a credit note) starts with
/// "minus". Currencies without a name here are named by their ISO code ("one hundred CHF and
/// fifty cents"), and a currency with three decimals without a name gives its fraction in
/// figures ("… KWD and 250/1000").
class AmountInWords final
{
public:
    enum class Language { English, Indonesian };

    /// Indonesian for a locale in Indonesian, English for every other.
    static Language languageOf(const QLocale &locale);

    /// A whole number in words, in lower case ("dua belas", "twelve"); negative ones start
    /// with "minus".
    static QString number(qint64 value, Language language);
    /// An amount in minor units of `currency` in words, in lower case: "seribu rupiah",
    /// "one hundred US dollars and five cents".
    static QString amount(qint64 minorUnits, const QString &currency, Language language);
    /// As amount(), its first letter in upper case: how a document begins a line with it.
    static QString sentence(qint64 minorUnits, const QString &currency, Language language);
};

} // namespace cd
