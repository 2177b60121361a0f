#pragma once

#include "domain/enums.h"
#include "domain/invoice.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// The reads behind BillingRunService (core/services/billingrunservice.h): a few set reads
/// for every contract of a run at once, never one read per contract. "Held" is held by a line
/// of an invoice that is not void (a draft or an issued one); voiding releases.
class BillingQueries final
{
    Q_DECLARE_TR_FUNCTIONS(cd::BillingRunService)

public:
    explicit BillingQueries(Database &database) : m_db(database) { }

    struct ContractRow
    {
        qint64 id = 0;
        qint64 accountId = 0;
        QString accountName;
        QString reference;
        BillingModel billingModel = BillingModel::Retainer;
        qint64 feeMinor = 0;
        QString currency;
        QDate start, end;
        bool autoRenew = false;
        ContractStatus status = ContractStatus::Active;
        QDate terminatedOn;
        int includedMinutes = 0;
        bool rollover = false;
        std::optional<qint64> overageRateMinor;
    };
    /// Signed contracts (active, expired, terminated) that started on or before `monthEnd`,
    /// by account name and reference; `contractId` limits them to one.
    Result<QList<ContractRow>> contracts(const QDate &monthEnd,
                                         std::optional<qint64> contractId) const;

    /// Instalments due and milestones done on or before `monthEnd` that nothing holds
    /// (billing key "instalment:<id>"), by contract, due date and id.
    Result<QList<Instalment>> dueInstalments(const QDate &monthEnd,
                                             std::optional<qint64> contractId) const;

    /// A billable entry on a contract, open and not held by any line.
    struct OpenEntry
    {
        qint64 id = 0;
        qint64 contractId = 0;
        qint64 userId = 0;
        QString userName;
        QDate date;
        int minutes = 0;
        qint64 rateMinor = 0;
        QString currency;
        qint64 valueMinor = 0;
    };
    /// Open billable entries on contracts dated up to `cutOff` that no line holds, by
    /// contract, person's name, person, currency, rate, date and id.
    Result<QList<OpenEntry>> openBillableEntries(const QDate &cutOff,
                                                 std::optional<qint64> contractId) const;

    /// The retainer and overage keys of `period` ("YYYY-MM") that lines hold.
    Result<QSet<QString>> heldPeriodKeys(const QString &period) const;

    /// A retainer's minutes counted against its included hours (entries not billable
    /// themselves) in one month.
    struct MonthUse
    {
        qint64 contractId = 0;
        int monthIndex = 0; ///< year × 12 + month − 1
        qint64 minutes = 0;
    };
    /// The retainers' (contracts with included minutes) minutes per month from `from` (null:
    /// the first) to `until`: of `contractIds` when given (all of them otherwise), else of the
    /// one `contractId` when given, else of every signed retainer.
    Result<QList<MonthUse>> retainerUse(const QDate &from, const QDate &until,
                                        std::optional<qint64> contractId,
                                        const std::optional<QList<qint64>> &contractIds = {}) const;

    /// An entry of a retainer (not billable itself) of the month, latest first.
    struct RetainerEntry
    {
        qint64 id = 0;
        qint64 contractId = 0;
        int minutes = 0;
        bool held = false; ///< a line holds it already
    };
    /// The entries of `contractIds` from `first` to `last` counted against their included
    /// hours, by contract, each contract's last (by date, start, id) first.
    Result<QList<RetainerEntry>> retainerEntries(const QList<qint64> &contractIds,
                                                 const QDate &first, const QDate &last) const;

private:
    Database &m_db;
};

} // namespace cd
