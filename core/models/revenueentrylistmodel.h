#pragma once

#include "analytics/revenuecube.h"
#include "domain/unconverted.h"
#include "result.h"
#include "storage/revenueentryquery.h"

#include <QAbstractTableModel>

#include <memory>

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
    /// Entries of customers whose behaviour counts as this on the behaviour chart: "loyal",
    /// "returning", "new" (the first of their tags in that order), "" for none of them.
    std::optional<QString> behaviour;
    std::optional<qint64> accountId; ///< one account's entries
    QString accountName; ///< with accountId, for the heading
};

/// How many entries a filter selects and their sum, in the firm's currency (each entry
/// converted by the one rule); what has no rate is counted in `unconverted`.
struct RevenueEntryTotals
{
    QString currency;
    qint64 count = 0;
    qint64 totalMinor = 0;
    Unconverted unconverted;
    QHash<QString, QDate> firstRates; ///< for the note
    QString note(const QLocale &locale = QLocale()) const
    {
        return unconverted.note(Unconverted::What::Entries, firstRates, locale);
    }
};

/// The revenue entries of a filter, every currency, newest first, fetched lazily in pages as
/// the view scrolls (a month of the large sample holds tens of thousands) through
/// RevenueEntryQuery. Columns: date, account, type, amount (the entry's own, in its currency),
/// converted (in the firm's currency; empty without a rate), category, promotion, description.
class RevenueEntryListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueEntryListModel)

public:
    enum Column {
        Date,
        Account,
        Type,
        Amount,
        Converted,
        Category,
        Promotion,
        Description,
        ColumnCount
    };

    explicit RevenueEntryListModel(Database &database, QObject *parent = nullptr);
    ~RevenueEntryListModel() override;

    /// Lists the entries of `filter` (the first page; the rest as the view scrolls).
    Status setFilter(const RevenueEntryFilter &filter);
    QString currency() const { return m_currency; }

    /// Counts and sums every entry of `filter`: over a long period of the large sample that
    /// reads most of the revenue, so callers run it off the UI thread.
    static Result<RevenueEntryTotals> totals(Database &database, const RevenueEntryFilter &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    /// Reads the next page into m_rows; at the end (or on an error) the query is done.
    Status readPage();

    Database &m_db;
    QString m_currency;
    std::unique_ptr<RevenueEntryQuery> m_query;
    QList<RevenueEntryRow> m_rows;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::RevenueEntryFilter)
