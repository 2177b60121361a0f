// The exchange rates as Settings lists them (issue 25): date, currency and a readable rate in
// the user's locale, sorted by value, filtered by currency.
#include "models/exchangeratemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cd;

namespace {

RateEntry rate(const char *date, const QString &currency, qint64 scaled)
{
    return { QDate::fromString(QLatin1StringView(date), Qt::ISODate), currency,
             ExchangeRate::fromScaled(scaled) };
}

QStringList column(const ExchangeRateModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}

// 16,245.50 and 16,300 IDR per USD; 12,100.25 IDR per SGD; 0.0000615 (a tiny rate).
const QList<RateEntry> kRates {
    rate("2024-03-01", u"USD"_s, 162'455'000'000'000),
    rate("2024-01-02", u"USD"_s, 163'000'000'000'000),
    rate("2024-02-15", u"SGD"_s, 121'002'500'000'000),
    rate("2024-02-15", u"VND"_s, 615'000),
};

} // namespace

class tst_ExchangeRateModel final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void showsEachRateAsASentenceInEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ExchangeRateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setRates(kRates, u"IDR"_s);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ExchangeRateModel::ColumnCount));
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(model.headerData(ExchangeRateModel::Rate, Qt::Horizontal).toString(), u"Rate"_s);

        // Newest first; one day's rates by currency.
        QCOMPARE(column(model, ExchangeRateModel::Date),
                 QStringList({ u"3/1/24"_s, u"2/15/24"_s, u"2/15/24"_s, u"1/2/24"_s }));
        QCOMPARE(column(model, ExchangeRateModel::Currency),
                 QStringList({ u"USD"_s, u"SGD"_s, u"VND"_s, u"USD"_s }));
        QCOMPARE(column(model, ExchangeRateModel::Rate),
                 QStringList({ u"16,245.50 IDR per USD"_s, u"12,100.25 IDR per SGD"_s,
                               u"0.0000615 IDR per VND"_s, u"16,300.00 IDR per USD"_s }));
        QCOMPARE(model.index(0, ExchangeRateModel::Rate).data(Qt::ToolTipRole).toString(),
                 u"1 IDR = 0.0000615555 USD; 1 USD = 16,245.50 IDR"_s);
        QCOMPARE(model.index(0, ExchangeRateModel::Rate).data(ExchangeRateModel::SortRole),
                 QVariant(qint64(162'455'000'000'000)));
        QCOMPARE(model.currencies(), QStringList({ u"SGD"_s, u"USD"_s, u"VND"_s }));
        model.setCurrencyNames({ { u"USD"_s, u"US Dollar"_s } });
        QCOMPARE(column(model, ExchangeRateModel::Currency),
                 QStringList({ u"USD — US Dollar"_s, u"SGD"_s, u"VND"_s, u"USD — US Dollar"_s }));
        model.setCurrencyNames({ { u"USD"_s, u"US Dollar"_s } });
        QCOMPARE(column(model, ExchangeRateModel::Currency),
                 QStringList({ u"USD — US Dollar"_s, u"SGD"_s, u"VND"_s, u"USD — US Dollar"_s }));
        QCOMPARE(model.rowOf(u"USD"_s, QDate(2024, 1, 2)), 3);
        QCOMPARE(model.rowOf(u"EUR"_s, QDate(2024, 1, 2)), -1);
    }

    void showsTheDigitsOfBahasaIndonesia()
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        ExchangeRateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRates(kRates, u"IDR"_s);
        QCOMPARE(column(model, ExchangeRateModel::Date),
                 QStringList({ u"01/03/24"_s, u"15/02/24"_s, u"15/02/24"_s, u"02/01/24"_s }));
        QCOMPARE(column(model, ExchangeRateModel::Rate),
                 QStringList({ u"16.245,50 IDR per USD"_s, u"12.100,25 IDR per SGD"_s,
                               u"0,0000615 IDR per VND"_s, u"16.300,00 IDR per USD"_s }));
        // Against another firm currency: 0.000061 USD per IDR.
        model.setRates({ rate("2024-01-02", u"IDR"_s, 610'000) }, u"USD"_s);
        QCOMPARE(model.index(0, ExchangeRateModel::Rate).data().toString(),
                 u"0,000061 USD per IDR"_s);
    }

    void sortsByValueAndKeepsTheSelectedRow()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ExchangeRateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRates(kRates, u"IDR"_s);
        const QPersistentModelIndex held
            = model.index(model.rowOf(u"SGD"_s, QDate(2024, 2, 15)), ExchangeRateModel::Rate);

        // The rate by value, not by text ("0.0000615" < "12,100.25" < "16,245.50" < "16,300").
        model.sort(ExchangeRateModel::Rate, Qt::AscendingOrder);
        QCOMPARE(column(model, ExchangeRateModel::Currency),
                 QStringList({ u"VND"_s, u"SGD"_s, u"USD"_s, u"USD"_s }));
        QCOMPARE(model.rate(3).date, QDate(2024, 1, 2));
        QCOMPARE(held.row(), 1);
        QCOMPARE(held.data().toString(), u"12,100.25 IDR per SGD"_s);

        model.sort(ExchangeRateModel::Date, Qt::AscendingOrder);
        QCOMPARE(model.rate(0).date, QDate(2024, 1, 2));
        QCOMPARE(column(model, ExchangeRateModel::Currency),
                 QStringList({ u"USD"_s, u"SGD"_s, u"VND"_s, u"USD"_s }));
        QCOMPARE(held.data().toString(), u"12,100.25 IDR per SGD"_s);

        model.sort(ExchangeRateModel::Currency, Qt::DescendingOrder);
        QCOMPARE(column(model, ExchangeRateModel::Currency),
                 QStringList({ u"VND"_s, u"USD"_s, u"USD"_s, u"SGD"_s }));
        // One currency's rates, by date ascending whatever the order.
        QCOMPARE(model.rate(1).date, QDate(2024, 1, 2));
    }

    void filtersOneCurrency()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ExchangeRateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRates(kRates, u"IDR"_s);
        model.setCurrencyFilter(u"USD"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(column(model, ExchangeRateModel::Rate),
                 QStringList({ u"16,245.50 IDR per USD"_s, u"16,300.00 IDR per USD"_s }));
        // New rates keep the filter; a currency without rates shows none.
        model.setRates(kRates.mid(1), u"IDR"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setCurrencyFilter(u"EUR"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setCurrencyFilter({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.currencyFilter(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_ExchangeRateModel)
#include "tst_exchangeratemodel.moc"
