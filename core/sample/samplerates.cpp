#include "sample/samplerates.h"

#include "sample/samplerandom.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::sample {

namespace {

const QString kIdr = u"IDR"_s;
const QString kUsd = u"USD"_s;
const QString kSgd = u"SGD"_s;

/// One currency's walk in hundredths of a rupiah: a daily step of up to `step`, pulled back
/// towards the middle of [low, high] and kept inside it.
struct Walk
{
    qint64 low, high, step, value;

    void next(SampleRandom &random)
    {
        const qint64 middle = (low + high) / 2;
        value += random.between64(-step, step) + (middle - value) / 1000;
        value = std::clamp(value, low, high);
    }
    ExchangeRate rate() const
    {
        // Hundredths of a rupiah → the scaled rate (ten decimals).
        return ExchangeRate::fromScaled(value * (ExchangeRate::kScale / 100));
    }
};

} // namespace

QStringList foreignCurrencies(const QString &firmCurrency)
{
    if (firmCurrency == kIdr)
        return { kUsd, kSgd };
    if (firmCurrency == kUsd)
        return { kSgd, kIdr };
    if (firmCurrency == kSgd)
        return { kUsd, kIdr };
    return {};
}

qint64 nominalRupiah(const QString &currency)
{
    if (currency == kIdr)
        return 1;
    if (currency == kUsd)
        return 15'500;
    if (currency == kSgd)
        return 11'500;
    return 0;
}

QList<RateEntry> rateHistory(const QString &firmCurrency, const QDate &from, const QDate &to,
                             quint32 seed)
{
    const QStringList foreign = foreignCurrencies(firmCurrency);
    if (foreign.isEmpty())
        return {};
    SampleRandom random(seed ^ 0x5eed'4a7eU);
    Walk usd { 1'400'000, 1'650'000, 5'000, 1'520'000 };
    Walk sgd { 1'050'000, 1'230'000, 3'500, 1'130'000 };
    QList<RateEntry> rates;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue; // the markets are closed; the rule takes Friday's rate
        usd.next(random);
        sgd.next(random);
        // IDR per unit of each currency, then against the firm's.
        const ExchangeRate idrPerUsd = usd.rate();
        const ExchangeRate idrPerSgd = sgd.rate();
        const ExchangeRate idrPerFirm = firmCurrency == kUsd ? idrPerUsd
            : firmCurrency == kSgd                           ? idrPerSgd
                                                             : ExchangeRate();
        for (const QString &currency : foreign) {
            const ExchangeRate idr = currency == kUsd ? idrPerUsd
                : currency == kSgd                    ? idrPerSgd
                                   : ExchangeRate::fromScaled(ExchangeRate::kScale);
            const ExchangeRate rate = idrPerFirm.isValid() ? idr.dividedBy(idrPerFirm) : idr;
            if (rate.isValid())
                rates.append({ day, currency, rate });
        }
    }
    return rates;
}

} // namespace cd::sample
