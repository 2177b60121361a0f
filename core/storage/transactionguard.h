#pragma once

#include "result.h"
#include "storage/database.h"

#include <QSqlDatabase>

namespace cd {

/// RAII transaction: begin(), then commit(); any path that leaves without committing
/// (early return, error) rolls back in the destructor.
///
/// On SQLite the transaction starts IMMEDIATE, taking the write lock at once, so two
/// writers wait on the busy timeout instead of failing half-way. A guard begun while another
/// guard is open on the same connection becomes a savepoint: committing it keeps its changes
/// for the outer transaction, rolling it back undoes only its own.
class TransactionGuard final
{
public:
    TransactionGuard(QSqlDatabase db, Dialect dialect);
    explicit TransactionGuard(const Database &database);
    ~TransactionGuard();
    Q_DISABLE_COPY_MOVE(TransactionGuard)

    Status begin();
    Status commit();
    void rollback();

    bool isActive() const { return m_active; }
    /// The error of the last failed begin().
    const QString &error() const { return m_error; }

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
    bool m_active = false;
    int m_level = 0; ///< 0 for the transaction itself, 1… for nested savepoints
    QString m_error;
};

} // namespace cd
