#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// Turns a transactional customer into a client, and back while nothing has been signed.
///
/// convert() records the conversion date, makes the account a client (status active), opens
/// a draft contract for it and remembers that contract on the account; revenue booked before
/// the conversion stays customer revenue (revenue_entries.account_kind). The audit log gets a
/// 'convert' entry and the client's timeline shows the conversion on its date. undo() is
/// possible while that draft is unsigned, no other contract exists and no revenue has been
/// booked as client revenue since: it deletes the draft and makes the account a customer
/// again. Each runs in one transaction.
class AccountConversion final
{
    Q_DECLARE_TR_FUNCTIONS(cd::AccountConversion)

public:
    explicit AccountConversion(Database &database);

    struct Outcome
    {
        qint64 contractId = 0;
        QString contractReference;
    };
    /// Converts the customer as of `on` (not in the future).
    Result<Outcome> convert(qint64 accountId, const QDate &on = QDate::currentDate());
    /// Why the conversion of this account cannot be undone, or nullopt when it can.
    Result<std::optional<QString>> undoBlocker(qint64 accountId) const;
    Status undo(qint64 accountId);

private:
    Database &m_db;
};

} // namespace cd
