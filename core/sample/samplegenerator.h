#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

namespace cd {

class Database;

struct SampleOptions
{
    int accounts = 500;
    int revenueEntries = 50000;
    quint32 seed = 1;
    /// The generated history ends here; the same seed and date give the same data.
    QDate today = QDate::currentDate();
    QString currency = QStringLiteral("IDR");
    /// The sample is in `currency` even when the database has a firm currency set already
    /// (`clientdesk demo --currency`); otherwise a stored one wins.
    bool replaceCurrency = false;
};

/// What a run produced, for the progress dialog and `clientdesk demo`.
struct SampleSummary
{
    int accounts = 0;
    int clients = 0;
    int customers = 0;
    int contacts = 0;
    int contracts = 0;
    int serviceRequests = 0;
    int opportunities = 0;
    int interactions = 0;
    int revenueEntries = 0;
    int foreignAccounts = 0; ///< billed in another currency than the firm's
    int rates = 0; ///< exchange rates written
    int timeEntries = 0; ///< consultants' time entries (sampletime.h)
    int consultants = 0; ///< users added to log time, besides the account managers
    int invoices = 0; ///< issued invoices of the contracts (sampleinvoices.h)
    int payments = 0;
};

/// Fills an empty database with a believable consultancy portfolio (see docs/design.md and
/// the foundation issue). Everything is written in one transaction: a failure or a
/// cancel leaves the database exactly as it was.
class SampleGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(cd::SampleGenerator)

public:
    /// Called from the thread that runs generate(): percent 0–100 and the current phase.
    using Progress = std::function<void(int percent, const QString &phase)>;

    explicit SampleGenerator(SampleOptions options);

    /// Refuses a database that already holds accounts. `cancel` may be set from another
    /// thread; generation then stops, rolls back and returns an error saying so.
    Result<SampleSummary> generate(Database &db, const Progress &progress = {},
                                   const std::atomic_bool *cancel = nullptr) const;

private:
    /// Why `options` cannot make a sample, one sentence; empty when they can.
    static QString optionsProblem(const SampleOptions &options);

    SampleOptions m_options;
};

} // namespace cd
