#pragma once

#include "analytics/revenuecube.h"
#include "result.h"

#include <QSqlQueryModel>

#include <optional>

namespace cd {

class Database;

/// Which revenue entries to list: the ones behind a bar or slice of the analytics.
struct RevenueEntryFilter
{
    QDate from; ///< first day
    QDate to; ///< last day
    std::optional<AccountKind> kind; ///< kind at booking
    std::optional<qint64> managerId;
    /// Entries of these segment values only (a filter, and the bar clicked).
    QList<std::pair<Dimension, QString>> segments;
};

/// The revenue entries of a filter in the firm's currency, newest first, fetched lazily in
/// pages as the view scrolls (a month of the large sample holds tens of thousands).
/// Columns: date, account, type, amount, category, promotion, description.
class RevenueEntryListModel final : public QSqlQueryModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueEntryListModel)

public:
    enum Column { Date, Account, Type, Amount, Category, Promotion, Description, ColumnCount };

    explicit RevenueEntryListModel(Database &database, QObject *parent = nullptr);

    /// Lists the entries of `filter`; also counts and sums them all.
    Status setFilter(const RevenueEntryFilter &filter);
    qint64 entryCount() const { return m_count; }
    qint64 totalMinor() const { return m_total; }
    QString currency() const { return m_currency; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QString m_currency;
    qint64 m_count = 0;
    qint64 m_total = 0;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::RevenueEntryFilter)
