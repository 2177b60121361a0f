#include "storage/transactionguard.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

TransactionGuard::TransactionGuard(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db)), m_dialect(dialect)
{
}

TransactionGuard::TransactionGuard(const Database &database)
    : TransactionGuard(database.connection(), database.dialect())
{
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

Status TransactionGuard::begin()
{
    QSqlQuery query(m_db);
    const QString statement =
        m_dialect == Dialect::SQLite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    if (!query.exec(statement)) {
        const Error error = Database::sqlError(
            QCoreApplication::translate("cd::TransactionGuard", "Starting a transaction failed"),
            query);
        m_error = error.message;
        return error;
    }
    m_active = true;
    return {};
}

Status TransactionGuard::commit()
{
    if (!m_active)
        return Error{QCoreApplication::translate("cd::TransactionGuard",
                                                 "There is no transaction to commit.")};
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        const Error error = Database::sqlError(
            QCoreApplication::translate("cd::TransactionGuard", "Saving the changes failed"),
            query);
        rollback();
        return error;
    }
    m_active = false;
    return {};
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_s);
}

} // namespace cd
