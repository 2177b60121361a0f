#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cd {

/// One row of the audit log: who did what to which record, and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userName;
    QString entity; ///< "account", "contact", …
    std::optional<qint64> entityId;
    QString action; ///< one of AuditLog::actions(): create, update, delete, merge, …
    QString details;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::AuditEntry)
