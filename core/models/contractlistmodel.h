#pragma once

#include "domain/contract.h"
#include "domain/contracthours.h"
#include "domain/money.h"
#include "models/sortedrowsmodel.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// What the Contracts area's list shows (all set: every contract).
struct ContractListFilter
{
    QString search; ///< client, reference or title, any case
    std::optional<ContractStatus> status;
    std::optional<BillingModel> billingModel;
    std::optional<qint64> managerId; ///< the client's account manager
    /// Contracts that end, or whose notice deadline falls, from today to today + N days.
    std::optional<int> withinDays;
    std::optional<bool> autoRenew;

    friend bool operator==(const ContractListFilter &, const ContractListFilter &) = default;
};

/// The Contracts area's list: every contract of every client with its client, terms,
/// monthly value (ContractRules), notice deadline and the days left to it, the hours used
/// (ContractHours: a retainer's included hours this month, a fixed fee's budget over its
/// term), the time not invoiced yet and the owner (the client's account manager).
///
/// Two steps, so that the list shows at once on a large portfolio: loadContracts() reads the
/// contracts (one read) and setSnapshot() shows them; loadTime() reads what time adds (the
/// hours used, the time not invoiced: two grouped reads over every time entry, for a worker
/// thread with its own connection) and setTimeFigures() fills those two columns in ("…"
/// until then). load() does both. Filtering and sorting happen here, on the rows in memory.
class ContractListModel final : public SortedRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractListModel)

public:
    enum Column {
        Client,
        Reference,
        Title,
        StatusColumn,
        BillingModelColumn,
        Fee,
        Monthly,
        Start,
        End,
        Renewal,
        NoticeDeadline,
        HoursUsed,
        Uninvoiced,
        Owner,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the contract id (qint64)
        AccountIdRole, ///< its client's id (qint64)
        SortRole, ///< the raw value the column sorts by
        /// NoticeMark as int: the view colours the notice deadline by it (its text says it
        /// too: "missed", "soon").
        NoticeMarkRole,
        /// ContractHours::Level as int, invalid without hours: the view colours the hours by
        /// it (the text says "over 80 %", "hours spent").
        HoursLevelRole,
    };
    /// A notice deadline within this many days is marked as soon.
    static constexpr int kNoticeSoonDays = 30;
    /// An active contract's notice deadline: passed (and the contract not ended), within
    /// kNoticeSoonDays days (today included), or neither.
    enum class NoticeMark { None, Soon, Missed };

    struct Row
    {
        Contract contract;
        QString accountName;
        std::optional<qint64> managerId;
        QString manager;
        Money monthly; ///< ContractRules::monthlyRecurringRevenue, the contract's currency
        QDate noticeDeadline;
        qint64 daysToNotice = 0; ///< from the snapshot's day; valid with noticeDeadline
        NoticeMark noticeMark = NoticeMark::None;
        /// Active retainers with included hours (this month, carried minutes included) and
        /// fixed fees with an hour budget (the whole term); false for the others.
        bool tracksHours = false;
        bool budget = false;
        qint64 usedMinutes = 0;
        qint64 allowedMinutes = 0;
        /// Billable time not invoiced yet, in the contract's currency (see ContractListQuery).
        Money uninvoiced;
        qint64 uninvoicedEntries = 0;
        /// The same in other currencies (entries logged before the contract's currency
        /// changed): currency → minor units, named in the tooltip, not summed.
        QHash<QString, qint64> uninvoicedElsewhere;
        bool timeRead = false; ///< the hours and the time not invoiced are filled in
    };
    struct Snapshot
    {
        QDate today;
        QList<Row> rows;
    };

    /// What time adds to the rows of `today` (ContractListQuery's reads, by contract).
    struct TimeFigures
    {
        QDate today;
        struct Minutes
        {
            QHash<QDate, qint64> perMonth; ///< first day of a month → minutes
            qint64 total = 0;
        };
        QHash<qint64, Minutes> minutes;
        struct Open
        {
            qint64 minor = 0;
            qint64 entries = 0;
        };
        QHash<qint64, QHash<QString, Open>> uninvoiced; ///< contract → currency → open time
    };

    explicit ContractListModel(QObject *parent = nullptr);
    ~ContractListModel() override;

    /// Every contract's row as of `today`, without what time adds.
    static Result<Snapshot> loadContracts(Database &database, const QDate &today);
    /// What time adds as of `today`; runs on any thread with its own connection.
    static Result<TimeFigures> loadTime(Database &database, const QDate &today);
    /// Both, the rows complete.
    static Result<Snapshot> load(Database &database, const QDate &today);
    /// Shows `snapshot` (filter and sort kept).
    void setSnapshot(Snapshot snapshot);
    /// Fills in the hours and the time not invoiced; ignored unless `figures` are of the
    /// snapshot's day. Rows stay where they are unless sorted by those columns.
    void setTimeFigures(const TimeFigures &figures);
    /// load() and setSnapshot() on this thread.
    Status reload(Database &database, const QDate &today = QDate::currentDate());

    void setFilter(const ContractListFilter &filter);
    const ContractListFilter &filter() const { return m_filter; }
    /// Contracts loaded, before filtering.
    qsizetype totalContracts() const { return m_snapshot.rows.size(); }
    const QDate &today() const { return m_snapshot.today; }
    const Row *rowAt(int row) const;
    /// The row showing contract `id`, or -1.
    int rowOf(qint64 id) const;
    /// The account managers of the contracts' clients, by name.
    QList<std::pair<qint64, QString>> managers() const;

    /// "in 12 days" / "missed, 3 days ago" etc.: the notice column's text without its date.
    static QString noticeText(const Row &row);
    static QString hoursText(const Row &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool matches(const Row &row) const;
    static void addTime(Row &row, const TimeFigures &figures);
    void applySort();
    QVariant sortValue(const Row &row, int column) const;
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    Snapshot m_snapshot;
    QList<const Row *> m_rows;
    ContractListFilter m_filter;
    int m_sortColumn = Client;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cd
