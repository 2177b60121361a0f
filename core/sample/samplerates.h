#pragma once

#include "domain/exchangerate.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::sample {

/// The other currencies a sample firm bills some accounts in: a firm in rupiah has clients
/// in US and Singapore dollars; a firm in either dollar has some in the other and in rupiah.
/// None for any other currency (the sample has no rates for it).
QStringList foreignCurrencies(const QString &firmCurrency);

/// About how many rupiah one unit of `currency` is worth, for pricing the sample in it
/// (IDR 1, USD 15,500, SGD 11,500); 0 for the other currencies.
qint64 nominalRupiah(const QString &currency);

/// A daily rate (weekdays) from `from` to `to` of every foreign currency of `firmCurrency`
/// against it: random walks of the rupiah's rates, 14,000–16,500 IDR per USD and
/// 10,500–12,300 IDR per SGD, with two decimals, re-expressed exactly (ExchangeRate) against
/// the firm's currency when that is not the rupiah. Its own random source (`seed`), so the
/// rest of the sample does not depend on it. By date, then currency.
QList<RateEntry> rateHistory(const QString &firmCurrency, const QDate &from, const QDate &to,
                             quint32 seed);

} // namespace cd::sample
