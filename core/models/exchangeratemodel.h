#pragma once

#include "domain/exchangerate.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace cd {

/// The stored exchange rates as Settings lists them (what CurrencyService::rates() gives):
/// date, currency, and the rate as a sentence a reader takes in at once ("16,245.50 IDR per
/// USD", in the default locale's digits). Sortable by any column (dates and rates by value),
/// and filtered to one currency.
class ExchangeRateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRateModel)

public:
    enum Column { Date, Currency, Rate, ColumnCount };
    /// The value a column sorts by: the date, the code, the rate's scaled integer.
    static constexpr int SortRole = Qt::UserRole;

    explicit ExchangeRateModel(QObject *parent = nullptr);

    /// Replaces the rates (any order) and the firm's currency they are against; keeps the
    /// sort and the filter.
    void setRates(const QList<RateEntry> &rates, const QString &firmCurrency);
    /// Shows only `currency`'s rates; empty shows all.
    void setCurrencyFilter(const QString &currency);
    QString currencyFilter() const { return m_filter; }

    const QString &firmCurrency() const { return m_firm; }
    /// Names shown beside the codes ("USD — US Dollar"); codes without one show alone.
    void setCurrencyNames(const QHash<QString, QString> &names);
    /// The currencies that have rates, in alphabetical order (whatever the filter).
    QStringList currencies() const;
    /// How many rates are stored (whatever the filter).
    int totalCount() const { return int(m_all.size()); }
    const RateEntry &rate(int row) const { return m_shown.at(row); }
    /// The row showing (currency, date), or -1.
    int rowOf(const QString &currency, const QDate &date) const;

    /// "16,245.50 IDR per USD" in `locale`.
    static QString rateLabel(const ExchangeRate &rate, const QString &currency,
                             const QString &firmCurrency, const QLocale &locale = QLocale());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuild();
    void sortShown();

    QList<RateEntry> m_all;
    QList<RateEntry> m_shown;
    QString m_firm;
    QString m_filter;
    QHash<QString, QString> m_names;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cd
