#pragma once

#include "domain/serviceitem.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// Stores the lines of a client's personalised service plan. Writes validate first, run in
/// one transaction with an audit_log row, and are optimistic (row_version).
class ServiceItemRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ServiceItemRepository)

public:
    explicit ServiceItemRepository(Database &database);

    static QStringList validate(const ServiceItem &item);

    /// Stores a new item of a client (and, if given, one of that client's contracts).
    Result<qint64> insert(const ServiceItem &item);
    /// Stores a deleted item again with its own id and version (undo, redo).
    Status reinsert(const ServiceItem &item);
    Status update(const ServiceItem &item);
    /// Deletes an item; its requests stay, without the item.
    Status remove(qint64 id);

    Result<ServiceItem> get(qint64 id) const;
    Result<QList<ServiceItem>> listForAccount(qint64 accountId) const;

private:
    Result<qint64> insertRow(const ServiceItem &item);
    Status checkReferences(const ServiceItem &item) const;

    Database &m_db;
};

} // namespace cd
