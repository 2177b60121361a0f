#include "storage/instalmentstore.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kSelect = u"SELECT id, contract_id, kind, description, due_date, amount_minor, "
                        "done_on FROM contract_instalments "_s;

Instalment readInstalment(const QSqlQuery &q)
{
    Instalment i;
    i.id = q.value(0).toLongLong();
    i.contractId = q.value(1).toLongLong();
    i.milestone = q.value(2).toString() == u"milestone"_s;
    i.description = q.value(3).toString();
    i.dueDate = sql::toDate(q.value(4));
    i.amountMinor = q.value(5).toLongLong();
    i.doneOn = sql::toDate(q.value(6));
    return i;
}

void bindInstalment(QSqlQuery &q, const Instalment &i)
{
    q.bindValue(u":contract"_s, i.contractId);
    q.bindValue(u":kind"_s, i.milestone ? u"milestone"_s : u"instalment"_s);
    q.bindValue(u":description"_s, i.description.trimmed());
    q.bindValue(u":due"_s, sql::date(i.dueDate));
    q.bindValue(u":amount"_s, i.amountMinor);
    q.bindValue(u":done"_s, i.milestone ? sql::date(i.doneOn) : sql::nullString());
}

/// The lines holding a billing key 'instalment:<id>' with their invoice's number.
const QString kBilledLines
    = u"SELECT ci.id, i.number FROM contract_instalments ci "
      "JOIN invoice_lines l ON l.billing_key = 'instalment:' || CAST(ci.id AS TEXT) "
      "JOIN invoices i ON i.id = l.invoice_id "_s;

} // namespace

QString InstalmentStore::billingKey(qint64 id)
{
    return u"instalment:%1"_s.arg(id);
}

Result<QList<Instalment>> InstalmentStore::list(qint64 contractId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + u"WHERE contract_id = :contract ORDER BY due_date, id"_s);
    q.bindValue(u":contract"_s, contractId);
    if (!q.exec())
        return Database::sqlError(tr("Reading the instalments of the contract failed"), q);
    QList<Instalment> out;
    while (q.next())
        out.append(readInstalment(q));
    return out;
}

Result<Instalment> InstalmentStore::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + u"WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading the instalment failed"), q);
    if (!q.next())
        return Error { tr("There is no instalment with id %1.").arg(id) };
    return readInstalment(q);
}

Result<QHash<qint64, QString>> InstalmentStore::billed(qint64 contractId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kBilledLines + u"WHERE ci.contract_id = :contract"_s);
    q.bindValue(u":contract"_s, contractId);
    if (!q.exec())
        return Database::sqlError(tr("Reading which instalments are billed failed"), q);
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<std::optional<QString>> InstalmentStore::billedOn(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kBilledLines + u"WHERE ci.id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return Database::sqlError(tr("Reading whether the instalment is billed failed"), q);
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(1).toString());
}

Result<qint64> InstalmentStore::insert(const Instalment &instalment)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO contract_instalments (contract_id, kind, description, due_date, "
              "amount_minor, done_on) VALUES (:contract, :kind, :description, :due, :amount, "
              ":done)"_s);
    bindInstalment(q, instalment);
    if (Status ok = sql::exec(q, tr("Saving the instalment failed")); !ok)
        return Error { ok.error() };
    return q.lastInsertId().toLongLong();
}

Result<bool> InstalmentStore::update(const Instalment &instalment)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE contract_instalments SET contract_id = :contract, kind = :kind, "
              "description = :description, due_date = :due, amount_minor = :amount, "
              "done_on = :done WHERE id = :id"_s);
    bindInstalment(q, instalment);
    q.bindValue(u":id"_s, instalment.id);
    if (Status ok = sql::exec(q, tr("Saving the instalment failed")); !ok)
        return Error { ok.error() };
    return q.numRowsAffected() == 1;
}

Result<bool> InstalmentStore::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM contract_instalments WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (Status ok = sql::exec(q, tr("Removing the instalment failed")); !ok)
        return Error { ok.error() };
    return q.numRowsAffected() == 1;
}

Result<qint64> InstalmentStore::count(qint64 contractId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM contract_instalments WHERE contract_id = :contract"_s);
    q.bindValue(u":contract"_s, contractId);
    return sql::count(q, tr("Counting the instalments of the contract failed"));
}

} // namespace cd
