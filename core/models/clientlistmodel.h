#pragma once

#include "domain/clientfilter.h"
#include "domain/clienthealth.h"
#include "domain/enums.h"
#include "domain/money.h"
#include "domain/unconverted.h"
#include "models/sortedrowsmodel.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The clients list: one row per client with its contracts, recurring revenue, next notice
/// deadline, open requests, health and last contact.
///
/// reload() computes every client's figures with a handful of set-wise queries (no query
/// per row); setFilter() then only asks SQL which clients match, so typing in the search
/// box stays fast on a large portfolio. Sorting happens here because monthly recurring
/// revenue and health come from core's rules, not from a column.
class ClientListModel final : public SortedRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientListModel)

public:
    enum Column {
        Name,
        Industry,
        Manager,
        ActiveContracts,
        MonthlyRecurring,
        AnnualValue,
        NoticeDeadline,
        OpenRequests,
        Health,
        LastContact,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the account id (qint64)
        SortRole, ///< the raw value the column sorts by
        HealthLevelRole, ///< ClientHealth::Level as int
    };

    struct Row
    {
        qint64 id = 0;
        QString name, industry, region, manager;
        std::optional<qint64> managerId;
        AccountStatus status = AccountStatus::Active;
        int activeContracts = 0;
        /// The active contracts' fees converted to the firm's currency at today's rate.
        Money monthlyRecurring;
        Money annualValue;
        /// Contracts whose currency has no rate on or before today: not in the two above.
        Unconverted unconvertedFees;
        /// Revenue entries of the last two years without a rate (health looks at revenue).
        Unconverted unconvertedRevenue;
        QDate noticeDeadline;
        int openRequests = 0;
        int openRequestsPastDue = 0;
        QDate lastContact;
        ClientHealth health;
    };

    explicit ClientListModel(Database &database, QObject *parent = nullptr);
    ~ClientListModel() override;

    /// One client's figures, computed with the same queries narrowed to it (client page).
    static Result<Row> figuresFor(Database &database, qint64 accountId, const QDate &today);

    /// Recomputes every client's figures as of `today`, then applies the filter again.
    Status reload(const QDate &today = QDate::currentDate());
    /// Shows the clients matching `filter`, keeping the sort order.
    Status setFilter(const ClientFilter &filter);
    const ClientFilter &filter() const { return m_filter; }
    /// Clients in the database, before filtering.
    qsizetype totalClients() const { return m_figures.size(); }
    const Row *rowAt(int row) const;
    /// The values the filters can choose from, from all clients, sorted.
    QStringList industries() const;
    QStringList regions() const;
    QList<std::pair<qint64, QString>> managers() const;
    /// What the figures of all clients leave out for want of a rate, as sentences for a
    /// footnote (contracts first, then revenue entries); empty when everything converted.
    QStringList conversionNotes(const QLocale &locale = QLocale()) const;
    /// The row showing account `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    static Result<QHash<qint64, Row>> computeFigures(Database &database, const QDate &today,
                                                     std::optional<qint64> only);
    void applySort();
    QVariant sortValue(const Row &row, int column) const;
    QVariant display(const Row &row, int column) const;

    Database &m_db;
    QDate m_today;
    QHash<qint64, Row> m_figures;
    /// The first day each currency has a rate: the sentences say whether entries come from
    /// before it or have no rate at all.
    QHash<QString, QDate> m_firstRates;
    QList<const Row *> m_rows;
    ClientFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cd
