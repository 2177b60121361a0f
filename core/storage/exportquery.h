#pragma once

#include "domain/enums.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace cd {

class Database;

/// The records an export writes (core/io/exporter.h), read for it in one forward-only scan
/// in the order they were made, with the columns the importer reads:
///  - Accounts: name, kind, status, industry, city, region, country, channel, manager's
///    name, email, phone, tax id, referrer's name, notes, converted on;
///  - Contacts: account's name, name, job title, email, phone, contact id;
///  - Contracts: account's name, reference, billing model, fee (minor units), currency,
///    start, end, auto renew (0/1), renewal months, notice days, estimated hours, status,
///    signed on, terminated on, termination reason, title, scope, termination clause;
///  - Revenue: date, account's name, amount (minor units), currency, description,
///    product's name, category, quantity, discount (minor units), promotion, contract's
///    reference.
/// `what` names the step in an error ("Reading the accounts").
class ExportQuery final
{
public:
    enum class Records { Accounts, Contacts, Contracts, Revenue };

    ExportQuery(Database &database, Records records);

    /// How many records there are, for the progress.
    Result<qint64> count(const QString &what);
    /// Each contact's roles, in their declaration order.
    Result<QHash<qint64, QList<ContactRole>>> contactRoles(const QString &what);

    /// Runs the query; then next() and value() read the records.
    Status start(const QString &what);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    /// After the last next(): whether the scan ended on an error.
    Status finish(const QString &what) const;

private:
    Records m_records;
    QSqlQuery m_query;
};

} // namespace cd
