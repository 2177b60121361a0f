#pragma once

#include "domain/auditentry.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

/// The audit log: who created, changed, deleted, merged, converted, imported or generated
/// which record, and when.
///
/// append() writes one row in the caller's transaction when one is open, so a repository
/// logs a change atomically with the change itself.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(cd::AuditLog)

public:
    explicit AuditLog(Database &database);

    /// The actions the audit_log table accepts.
    static QStringList actions();

    /// Appends a row stamped with the current time and currentUserName(). The entity is a
    /// lower-case record name such as "account"; an unknown action is refused.
    Status append(const QString &entity, std::optional<qint64> entityId, const QString &action,
                  const QString &details = {});

    /// The newest entries first, optionally only those of one entity (and one record),
    /// at most `limit` of them.
    Result<QList<AuditEntry>> list(const QString &entity = {},
                                   std::optional<qint64> entityId = std::nullopt,
                                   int limit = 1000) const;

    /// The error for a record someone else changed since it was read (Error::conflict):
    /// `message`, then who made the record's last change and when, as far as the log knows.
    Error changedSinceRead(const QString &message, const QString &entity, qint64 id) const;

    /// On a server, the signed-in user (Database::session()). In a file, the setting
    /// 'current_user' when set, else the operating system's user name
    /// ($USER, then $USERNAME), else "unknown".
    QString currentUserName() const;

private:
    Database &m_db;
};

} // namespace cd
