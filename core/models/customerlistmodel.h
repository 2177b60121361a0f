#pragma once

#include "domain/behaviourtags.h"
#include "domain/customerfilter.h"
#include "domain/enums.h"
#include "domain/money.h"
#include "domain/unconverted.h"
#include "models/sortedrowsmodel.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

/// The customers list: one row per transactional customer with its channel, region,
/// industry, first and last purchase, purchases, revenue in the last 12 months, average
/// basket and tags.
///
/// The figures come from customer_stats (CustomerStats keeps them current), so reload()
/// reads one row per customer and never adds up revenue; the caller brings stale figures up
/// to date first (CustomerStats::refreshIfStale, off the UI thread). setFilter() asks SQL
/// which customers match; sorting happens here.
class CustomerListModel final : public SortedRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Column {
        Name,
        CustomerStatus,
        SalesChannel,
        Region,
        Industry,
        Manager,
        FirstPurchase,
        LastPurchase,
        Purchases,
        Revenue12Months,
        AverageBasket,
        Tags,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the account id (qint64)
        SortRole, ///< the raw value the column sorts by
        TagCodesRole, ///< QStringList: behaviour tag codes, then the user's tags
    };

    struct Row
    {
        qint64 id = 0;
        QString name, region, industry, manager;
        std::optional<qint64> managerId;
        AccountStatus status = AccountStatus::Active;
        cd::Channel channel = cd::Channel::Direct;
        QDate firstPurchase, lastPurchase;
        int purchases = 0;
        Money revenue12Months; ///< converted to the firm's currency
        Money revenue; ///< all purchases
        Unconverted unconverted; ///< entries left out of the two above for want of a rate
        QStringList categories;
        QList<BehaviourTag> behaviour; ///< in BehaviourRules::codes() order
        QStringList userTags; ///< sorted
        /// Revenue per purchase, or nullopt without purchases.
        std::optional<Money> averageBasket() const;
    };

    explicit CustomerListModel(Database &database, QObject *parent = nullptr);
    ~CustomerListModel() override;

    /// Reads every customer's stored figures and tags as of `today`, then applies the filter
    /// again.
    Status reload(const QDate &today = QDate::currentDate());
    /// What the figures of all customers leave out for want of a rate, as sentences for a
    /// footnote; empty when everything converted.
    QStringList conversionNotes(const QLocale &locale = QLocale()) const;
    /// Shows the customers matching `filter`, keeping the sort order.
    Status setFilter(const CustomerFilter &filter);
    const CustomerFilter &filter() const { return m_filter; }
    qsizetype totalCustomers() const { return m_rows.size(); }
    const Row *rowAt(int row) const;
    int rowOf(qint64 id) const;

    /// The values the filters can choose from, from all customers, sorted.
    QStringList regions() const;
    QStringList industries() const;
    QStringList categories() const;
    /// The user's tags in use (behaviour tags are BehaviourRules::codes()).
    QStringList userTags() const;
    QList<std::pair<qint64, QString>> managers() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applySort();
    QVariant sortValue(const Row &row, int column) const;
    QVariant display(const Row &row, int column) const;
    QString tagsText(const Row &row) const;

    Database &m_db;
    QHash<qint64, Row> m_rows;
    /// The first day each currency has a rate: the sentences say whether entries come from
    /// before it or have no rate at all.
    QHash<QString, QDate> m_firstRates;
    QList<const Row *> m_shown;
    CustomerFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cd
