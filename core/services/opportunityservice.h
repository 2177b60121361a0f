#pragma once

#include "domain/account.h"
#include "domain/opportunity.h"
#include "domain/user.h"
#include "domain/winplan.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

/// The pipeline's deals as the app and the command line read and change them: saving a deal,
/// moving it to another stage, winning it (OpportunityWin: a contract or a sale comes with
/// it), reopening a closed one. Each change runs in one transaction of its own.
class OpportunityService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::OpportunityService)

public:
    explicit OpportunityService(Database &database) : m_db(database) { }

    /// Every problem with the deal's own values (OpportunityRepository's rules).
    static QStringList validate(const Opportunity &opportunity);

    Result<Opportunity> get(qint64 id) const;
    Result<qint64> insert(const Opportunity &opportunity);
    /// Refused (Error::conflict) when someone else changed it since it was read.
    Status update(const Opportunity &opportunity);
    /// Moves an open deal to `stage` on `on` (lost needs `lostReason`).
    Status moveToStage(qint64 id, OpportunityStage stage, const QDate &on,
                       const QString &lostReason, int rowVersion);

    /// The deals of one account: open ones first (soonest expected close first, those
    /// without one last), then the closed ones, latest first.
    Result<QList<Opportunity>> listForAccount(qint64 accountId) const;

    /// What winning `id` on `on` will do, for the user to confirm.
    Result<WinPlan> planWin(qint64 id, const QDate &on) const;
    /// Wins `id` on `on` if it is still at `rowVersion`, with what planWin() said.
    Status win(qint64 id, const QDate &on, int rowVersion);

    /// The open stage to reopen `closed` into: the last open stage it reached, Lead if none.
    static OpportunityStage reopenStage(const Opportunity &closed);
    /// Reopens the closed deal `closed` (as read) at reopenStage(), on `today` or on the day
    /// it closed if that is later.
    Status reopen(const Opportunity &closed, const QDate &today);

    /// What the opportunity form offers to choose from.
    struct Choices
    {
        QString firmCurrency; ///< a new deal's currency
        /// By name (case-insensitively); former accounts only when one is `accountId`.
        QList<Account> accounts;
        QList<User> users; ///< everyone, by name; the form offers the active ones
    };
    /// What the form offers for a deal of `accountId` (0 for none yet); lists that cannot
    /// be read are empty.
    Choices choices(qint64 accountId) const;

private:
    Database &m_db;
};

} // namespace cd
