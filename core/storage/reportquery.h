#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace cd {

class Database;

/// The lists the reports (ReportData) need beyond what the repositories read.
class ReportQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReportQuery)

public:
    /// A customer that became a client.
    struct Conversion
    {
        QString account;
        QDate convertedOn;
        QString managerName; ///< "" without one
    };

    explicit ReportQuery(Database &database);

    /// The ids of the active contracts ending from `from` to `to` (both included), by end.
    Result<QList<qint64>> activeContractsEnding(const QDate &from, const QDate &to) const;
    /// The conversions from `from` to `to` (both included), by day and name.
    Result<QList<Conversion>> conversions(const QDate &from, const QDate &to) const;
    /// The active clients of a manager (every manager's for nullopt), by name: id and name.
    Result<QList<std::pair<qint64, QString>>> activeClients(std::optional<qint64> managerId) const;

private:
    Database &m_db;
};

} // namespace cd
