#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// The time entries as `clientdesk import time` reads them, in the order they were made:
/// date, person's name, account's name, minutes, contract's reference, service request
/// number, description, billable (yes/no), rate (plain, in the entry's currency). Streamed.
class TimeExportQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Exporter)

public:
    explicit TimeExportQuery(Database &database);

    Result<qint64> count();
    Status start();
    bool next() { return m_query.next(); }
    QStringList row() const;
    Status finish() const;

private:
    Database &m_db;
    QSqlQuery m_query;
};

/// What `clientdesk time` groups entries by.
enum class TimeGrouping { Account, Contract, Person, Month };

/// The reads behind TimeReportService (core/services/timereportservice.h). Dates are
/// inclusive; an invalid date is no bound.
class TimeReportQueries final
{
    Q_DECLARE_TR_FUNCTIONS(cd::TimeReportService)

public:
    /// One group's sums over the entries of the period.
    struct GroupSums
    {
        QString key; ///< the account, contract or person id, or the month (YYYY-MM)
        QString label; ///< its name, reference or month
        qint64 minutes = 0;
        qint64 billableMinutes = 0;
        qint64 nonBillableMinutes = 0;
        qint64 billableConverted = 0; ///< converted values of billable entries
        qint64 invoicedConverted = 0; ///< of those, the invoiced ones
    };
    /// Billable entries without a converted value, by currency.
    struct UnconvertedSums
    {
        QString currency;
        qint64 count = 0;
        qint64 valueMinor = 0;
    };
    /// A retainer or a contract with an hour budget.
    struct TrackedContract
    {
        qint64 id = 0;
        QString reference;
        BillingModel billingModel = BillingModel::Retainer;
        QString currency;
        QDate start, end;
        int includedMinutes = 0;
        bool rollover = false;
        std::optional<qint64> overageRateMinor;
        int budgetMinutes = 0;
    };
    /// A retainer's minutes counted against its included hours in one month (YYYY-MM).
    struct MonthUse
    {
        qint64 contractId = 0;
        QString month;
        qint64 minutes = 0;
    };
    /// An entry that may carry a month's overage, latest first.
    struct OverageCandidate
    {
        qint64 id = 0;
        QDate date;
        qint64 userId = 0;
        qint64 accountId = 0;
        int minutes = 0;
        bool invoiced = false;
        qint64 contractId = 0;
    };

    explicit TimeReportQueries(Database &database) : m_db(database) { }

    /// What one pass over the entries gives.
    struct Scan
    {
        QList<GroupSums> groups; ///< the groups with entries in the period, in order
        QList<UnconvertedSums> unconverted; ///< of the period
        /// Every retainer's minutes per month (all time), entries not billable themselves;
        /// a month may come in several rows (one per group and currency): add them up.
        QList<MonthUse> use;
    };
    Result<Scan> scan(TimeGrouping by, const QDate &from, const QDate &to) const;
    Result<QList<TrackedContract>> trackedContracts() const;
    /// A retainer's month: its first and last day.
    struct MonthRange
    {
        qint64 contractId = 0;
        QDate first, last;
    };
    /// The entries of retainers counted against their hours (not billable themselves) in the
    /// given months (by contract, then month), each contract's last (by date, start, id)
    /// first.
    Result<QList<OverageCandidate>> retainerEntries(const QList<MonthRange> &months) const;

private:
    Status scanGroups(TimeGrouping by, const QDate &from, const QDate &to, Scan &result) const;
    Status scanRetainerUse(Scan &result) const;

    Database &m_db;
};

} // namespace cd
