#pragma once

#include "domain/account.h"
#include "domain/behaviourtags.h"
#include "domain/money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// Clients, customers and prospects as the app and the command line read and change them:
/// saving an account (a new one checked against likely duplicates in the same transaction),
/// converting a customer to a client and undoing that, and the customers' purchase figures
/// and behaviour tags. Each change runs in one transaction.
class AccountService final
{
    Q_DECLARE_TR_FUNCTIONS(cd::AccountService)

public:
    explicit AccountService(Database &database) : m_db(database) { }

    /// Every problem of an account that can be seen without a database, one sentence each.
    static QStringList validate(const Account &account);

    Result<Account> get(qint64 id) const;
    /// Every account (or those of one kind) the user may see, by name.
    Result<QList<Account>> list(std::optional<AccountKind> kind = std::nullopt) const;
    /// The industries accounts use, sorted, so forms can offer the existing spellings.
    Result<QStringList> industries() const;

    enum class Duplicates {
        Refuse, ///< refuse an account that looks like a stored one (DuplicateRules)
        Allow, ///< the user said it is a different business
    };
    /// Stores a new account with its tags and returns its id. With Duplicates::Refuse the
    /// stored accounts are checked for a likely duplicate in the same transaction.
    Result<qint64> create(const Account &account, Duplicates duplicates = Duplicates::Refuse);
    /// Stores changes to an account read at `account.rowVersion` (refused when someone else
    /// changed it since).
    Status update(const Account &account);
    /// Writes `state` over the account, which must still be at `expectedVersion`; returns
    /// the account's version afterwards (undo and redo of an edit).
    Result<int> restore(const Account &state, int expectedVersion);

    struct Conversion
    {
        qint64 contractId = 0; ///< the draft contract opened for the new client
        QString contractReference;
    };
    /// Makes a customer a client as of `on` and opens a draft contract for it.
    Result<Conversion> convertToClient(qint64 accountId, const QDate &on = QDate::currentDate());
    /// Why the conversion of this client cannot be undone, or nullopt when it can.
    Result<std::optional<QString>> conversionUndoBlocker(qint64 accountId) const;
    /// Makes the client a customer again and deletes the draft its conversion opened.
    Status undoConversion(qint64 accountId);

    /// A customer's stored purchase figures and behaviour tags.
    struct CustomerFigures
    {
        QDate firstPurchase;
        QDate lastPurchase;
        int purchases = 0;
        Money revenue; ///< all purchases
        Money revenue12Months;
        QStringList categories; ///< product categories bought, sorted
        QList<BehaviourTag> tags; ///< in BehaviourRules::codes() order
    };
    Result<CustomerFigures> customerFigures(qint64 accountId) const;
    /// Brings every customer's figures and behaviour tags up to `today` when they were
    /// computed for another day or other thresholds (the first look of a day).
    Status refreshCustomerFiguresIfStale(const QDate &today);

private:
    Database &m_db;
};

} // namespace cd
