// `clientdesk copy`: a ClientDesk file into an empty server database, in phases (CopyRun):
// the checks, the catalogues of both sides and the plan of each table, foreign-key order,
// the source's figures, each table's rows, the deferred references, the sequences, and the
// proof (the same rows and money on both sides) before the commit.
#include "storage/databasecopy.h"

#include "storage/database.h"
#include "storage/pgarray.h"
#include "storage/transactionguard.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// Kept by the Migrator on each side: the target has its own schema version already.
const QStringList kBookkeeping { u"cd_meta"_s };

// PostgreSQL takes at most 65,535 bound values in one statement.
constexpr int kMaxValuesPerStatement = 30000;

/// An identifier from a catalogue, quoted for SQL (identifiers cannot be bound).
QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

struct TargetColumn
{
    QString name;
    QString type; ///< information_schema data_type: bigint, integer, text, boolean …
    QString udt; ///< the type's own name (int8, text, bool …), for arrays of it
    bool notNull = false;
    bool sequence = false; ///< an identity (or serial) column whose sequence must move on
};

struct ForeignKey
{
    QString column;
    QString references;
};

struct TablePlan
{
    QString source; ///< the name in the SQLite file
    QString target; ///< the name on the server
    QStringList sourceColumns;
    QList<TargetColumn> columns; ///< the target's column for each source column
    QSet<int> deferred; ///< written NULL first, set after every table is in
    QString key; ///< the single primary key column (source name), when there is one
    QList<int> money; ///< indexes of *_minor columns
    int currency = -1; ///< index of the currency column, or -1
    bool hasTriggers = false;
};

/// Row count and money sums of one table on one side, money as exact decimal text.
struct Figures
{
    qint64 rows = 0;
    QMap<QString, QStringList> sums; ///< currency (or "") → one sum per money column
};

QString selectList(const QStringList &columns)
{
    QStringList list;
    for (const QString &c : columns)
        list.append(quoted(c));
    return list.join(u", "_s);
}

/// Counts the rows and sums the money columns, grouped by currency, in one scan.
Result<Figures> figures(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                        const TablePlan &plan, const QString &what)
{
    QString sql = u"SELECT "_s
        + (plan.currency >= 0 ? u"CAST(%1 AS TEXT)"_s.arg(quoted(columns.at(plan.currency)))
                              : u"''"_s)
        + u", count(*)"_s;
    for (int index : plan.money)
        sql += u", CAST(sum(%1) AS TEXT)"_s.arg(quoted(columns.at(index)));
    sql += u" FROM "_s + quoted(table);
    if (plan.currency >= 0)
        sql += u" GROUP BY 1"_s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Database::sqlError(what, q);
    Figures result;
    while (q.next()) {
        result.rows += q.value(1).toLongLong();
        if (plan.money.isEmpty())
            continue;
        QStringList sums;
        for (int i = 0; i < plan.money.size(); ++i)
            sums.append(q.value(2 + i).isNull() ? u"0"_s : q.value(2 + i).toString());
        result.sums.insert(q.value(0).toString(), sums);
    }
    return result;
}

/// One run of a copy, phase by phase; run() calls them in order.
class CopyRun
{
    Q_DECLARE_TR_FUNCTIONS(cd::DatabaseCopy)

public:
    CopyRun(Database &source, Database &target, int batchRows,
            const DatabaseCopy::Progress &progress, const std::atomic_bool *cancel)
        : m_source(source)
        , m_target(target)
        , m_batchRows(batchRows)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_server(target.location())
        , m_src(source.connection())
        , m_dst(target.connection())
        , m_readFailed(tr("Reading %1 failed").arg(source.location()))
        , m_serverFailed(tr("Reading the tables of %1 failed").arg(m_server))
    { }

    Result<DatabaseCopyReport> execute();

private:
    Status checkDatabases() const;
    Status readServerColumns();
    Status readServerLinks();
    Status planTables();
    Status planTable(QSqlQuery &q, const QString &name);
    Status orderTables();
    Status refuseData();
    Status readExpected();
    Status setTriggers(bool on);
    Status copyTable(const TablePlan &plan);
    Status linkTable(const TablePlan &plan);
    Status moveSequences();
    Status nameAuditUsers();
    Result<DatabaseCopyReport> verify();
    Status verifyTable(qsizetype t, DatabaseCopyReport &result);

    void report(int percent, const QString &phase) const
    {
        if (m_progress)
            m_progress(percent, phase);
    }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    Error cancelledError() const
    {
        return Error { tr("The copy was cancelled; nothing was written to %1.").arg(m_server) };
    }
    int percent() const { return m_totalRows > 0 ? int(m_copiedRows * 90 / m_totalRows) : 90; }
    // Rolls back at once, before the prepared statements are freed: the server refuses to
    // free them in a failed transaction, and Qt would warn about that on stderr.
    Error undo(Error error)
    {
        m_transaction->rollback();
        return error;
    }

    Database &m_source;
    Database &m_target;
    const int m_batchRows;
    const DatabaseCopy::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    const QString m_server;
    const QSqlDatabase m_src;
    const QSqlDatabase m_dst;
    const QString m_readFailed;
    const QString m_serverFailed;

    QHash<QString, QHash<QString, TargetColumn>> m_targetTables;
    QHash<QString, QString> m_targetNames; // lower-case name → name
    QHash<QString, QList<ForeignKey>> m_foreignKeys;
    QSet<QString> m_triggered;
    QList<TablePlan> m_plans; ///< in foreign-key order after orderTables()
    QList<Figures> m_expected; ///< the source's, one per plan
    qint64 m_totalRows = 0;
    qint64 m_copiedRows = 0;
    TransactionGuard *m_transaction = nullptr;
};

Result<DatabaseCopyReport> CopyRun::execute()
{
    if (const Status ok = checkDatabases(); !ok)
        return Error { ok.error() };
    // One read transaction: every table as of the same moment, even if the app writes.
    QSqlQuery begin(m_src);
    if (!begin.exec(u"BEGIN"_s))
        return Database::sqlError(m_readFailed, begin);
    struct EndRead
    {
        QSqlDatabase db;
        ~EndRead() { QSqlQuery(db).exec(u"ROLLBACK"_s); }
    } endRead { m_src };
    for (Status (CopyRun::*phase)() : { &CopyRun::readServerColumns, &CopyRun::readServerLinks,
                                        &CopyRun::planTables, &CopyRun::orderTables }) {
        if (const Status ok = (this->*phase)(); !ok)
            return Error { ok.error() };
    }

    TransactionGuard transaction(m_target);
    if (!transaction.begin())
        return Error { transaction.error() };
    m_transaction = &transaction;
    if (const Status ok = refuseData(); !ok)
        return Error { ok.error() };
    report(0, tr("Reading the tables"));
    if (const Status ok = readExpected(); !ok)
        return Error { ok.error() };
    // The rollup triggers would add up again what the copied rollup tables already hold.
    if (Status off = setTriggers(false); !off)
        return undo(Error { off.error() });
    for (const TablePlan &plan : std::as_const(m_plans)) {
        if (const Status ok = copyTable(plan); !ok)
            return Error { ok.error() };
    }
    // The references written NULL above, now that every row they point to is in.
    for (const TablePlan &plan : std::as_const(m_plans)) {
        if (const Status ok = linkTable(plan); !ok)
            return Error { ok.error() };
    }
    if (cancelled())
        return cancelledError();
    if (const Status ok = moveSequences(); !ok)
        return Error { ok.error() };
    if (Status on = setTriggers(true); !on)
        return undo(Error { on.error() });
    if (const Status ok = nameAuditUsers(); !ok)
        return Error { ok.error() };
    auto result = verify();
    if (!result)
        return result;
    if (cancelled())
        return cancelledError();
    report(98, tr("Saving on the server"));
    if (Status committed = transaction.commit(); !committed)
        return Error { committed.error() };
    report(100, tr("Copied"));
    return result;
}

Status CopyRun::checkDatabases() const
{
    if (m_source.dialect() != Dialect::SQLite)
        return Error {
            tr("%1 is a server database; copy reads a ClientDesk file.").arg(m_source.location())
        };
    if (m_target.dialect() != Dialect::PostgreSQL)
        return Error {
            tr("%1 is not a database server; copy writes to PostgreSQL.").arg(m_target.location())
        };
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return Error { tr("%1 and %2 have different schema versions (%3 and %4).")
                           .arg(m_source.location(), m_server)
                           .arg(m_source.schemaVersion())
                           .arg(m_target.schemaVersion()) };
    return {};
}

// The server's tables and columns.
Status CopyRun::readServerColumns()
{
    QSqlQuery q(m_dst);
    if (!q.exec(u"SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, "
                "c.is_identity, coalesce(c.column_default, ''), c.udt_name "
                "FROM information_schema.columns c JOIN information_schema.tables t "
                "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"_s))
        return Database::sqlError(m_serverFailed, q);
    while (q.next()) {
        TargetColumn column { q.value(1).toString(), q.value(2).toString(), q.value(6).toString(),
                              q.value(3).toString() == u"NO"_s,
                              q.value(4).toString() == u"YES"_s
                                  || q.value(5).toString().startsWith(u"nextval("_s) };
        const QString table = q.value(0).toString();
        m_targetNames.insert(table.toLower(), table);
        m_targetTables[table].insert(column.name.toLower(), column);
    }
    return {};
}

// The server's foreign keys and the tables with triggers of their own.
Status CopyRun::readServerLinks()
{
    QSqlQuery q(m_dst);
    if (!q.exec(u"SELECT s.relname, a.attname, r.relname FROM pg_constraint c "
                "JOIN pg_class s ON s.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid "
                "JOIN pg_namespace n ON n.oid = s.relnamespace "
                "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
                "WHERE c.contype = 'f' AND n.nspname = current_schema()"_s))
        return Database::sqlError(m_serverFailed, q);
    while (q.next())
        m_foreignKeys[q.value(0).toString()].append(
            { q.value(1).toString(), q.value(2).toString() });
    if (!q.exec(u"SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c "
                "ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"_s))
        return Database::sqlError(m_serverFailed, q);
    while (q.next())
        m_triggered.insert(q.value(0).toString());
    return {};
}

// The source's tables, matched with the server's by name.
Status CopyRun::planTables()
{
    QSqlQuery q(m_src);
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s))
        return Database::sqlError(m_readFailed, q);
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        if (kBookkeeping.contains(name))
            continue;
        if (const Status ok = planTable(q, name); !ok)
            return ok;
    }
    return {};
}

Status CopyRun::planTable(QSqlQuery &q, const QString &name)
{
    const QString target = m_targetNames.value(name.toLower());
    if (target.isEmpty())
        return Error { tr("The table %1 of %2 is missing on %3; both must be at the "
                          "same ClientDesk version.")
                           .arg(name, m_source.location(), m_server) };
    TablePlan plan { name, target, {}, {}, {}, {}, {}, -1, m_triggered.contains(target) };
    const auto &columns = m_targetTables.value(target);
    QStringList keys;
    if (!q.exec(u"PRAGMA table_info(%1)"_s.arg(quoted(name))))
        return Database::sqlError(m_readFailed, q);
    while (q.next()) {
        const QString column = q.value(1).toString();
        if (!columns.contains(column.toLower()))
            return Error { tr("The column %1.%2 of %3 is missing on %4; both must be "
                              "at the same ClientDesk version.")
                               .arg(name, column, m_source.location(), m_server) };
        if (q.value(5).toInt() > 0)
            keys.append(column);
        if (column.endsWith(u"_minor"_s))
            plan.money.append(int(plan.sourceColumns.size()));
        if (column.compare(u"currency"_s, Qt::CaseInsensitive) == 0)
            plan.currency = int(plan.sourceColumns.size());
        plan.sourceColumns.append(column);
        plan.columns.append(columns.value(column.toLower()));
    }
    if (keys.size() == 1)
        plan.key = keys.constFirst();
    m_plans.append(plan);
    return {};
}

// Foreign-key order. A reference to a table not written yet (its own, or one in a cycle
// such as accounts ↔ contracts) is written NULL first and set at the end.
Status CopyRun::orderTables()
{
    QList<TablePlan> plans = std::exchange(m_plans, {});
    QSet<QString> placed;
    QSet<QString> copied;
    for (const TablePlan &plan : std::as_const(plans))
        copied.insert(plan.target);
    const auto pending = [&](const TablePlan &plan) {
        QList<ForeignKey> open;
        for (const ForeignKey &fk : m_foreignKeys.value(plan.target)) {
            if (copied.contains(fk.references)
                && (fk.references == plan.target || !placed.contains(fk.references)))
                open.append(fk);
        }
        return open;
    };
    while (!plans.isEmpty()) {
        qsizetype chosen = -1;
        for (qsizetype i = 0; i < plans.size() && chosen < 0; ++i) {
            const auto open = pending(plans.at(i));
            if (std::all_of(open.cbegin(), open.cend(), [&](const ForeignKey &fk) {
                    return fk.references == plans.at(i).target;
                }))
                chosen = i;
        }
        for (qsizetype i = 0; i < plans.size() && chosen < 0; ++i) {
            const auto open = pending(plans.at(i));
            const auto &columns = m_targetTables.value(plans.at(i).target);
            if (std::none_of(open.cbegin(), open.cend(), [&](const ForeignKey &fk) {
                    return columns.value(fk.column.toLower()).notNull;
                }))
                chosen = i;
        }
        if (chosen < 0)
            return Error { tr("The tables of %1 refer to each other through required "
                              "columns; they cannot be copied in any order.")
                               .arg(m_source.location()) };
        TablePlan plan = plans.takeAt(chosen);
        for (const ForeignKey &fk : pending(plan)) {
            for (int i = 0; i < plan.columns.size(); ++i) {
                if (plan.columns.at(i).name == fk.column)
                    plan.deferred.insert(i);
            }
        }
        if (!plan.deferred.isEmpty() && plan.key.isEmpty())
            return Error { tr("The table %1 refers to itself or to a later table but has "
                              "no single primary key; it cannot be copied.")
                               .arg(plan.source) };
        placed.insert(plan.target);
        m_plans.append(plan);
    }
    return {};
}

// Only into an empty database: any row in a table to be copied refuses the copy.
Status CopyRun::refuseData()
{
    for (const TablePlan &plan : std::as_const(m_plans)) {
        QSqlQuery q(m_dst);
        if (!q.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(quoted(plan.target))))
            return undo(Database::sqlError(m_serverFailed, q));
        if (q.next())
            return Error { tr("%1 already holds ClientDesk data (the table %2 has rows); copy "
                              "writes only into an empty database.")
                               .arg(m_server, plan.target) };
    }
    return {};
}

// The source's figures, which the copy must reproduce; their sum drives the progress.
Status CopyRun::readExpected()
{
    for (const TablePlan &plan : std::as_const(m_plans)) {
        auto f = figures(m_src, plan.source, plan.sourceColumns, plan, m_readFailed);
        if (!f)
            return undo(Error { f.error() });
        m_totalRows += f->rows;
        m_expected.append(*f);
    }
    return {};
}

// ALTER TABLE is transactional: a rollback turns the triggers back on.
Status CopyRun::setTriggers(bool on)
{
    for (const TablePlan &plan : std::as_const(m_plans)) {
        if (!plan.hasTriggers)
            continue;
        QSqlQuery q(m_dst);
        if (!q.exec(u"ALTER TABLE %1 %2 TRIGGER USER"_s.arg(quoted(plan.target),
                                                            on ? u"ENABLE"_s : u"DISABLE"_s)))
            return undo(
                Database::sqlError(tr("Switching the triggers of %1 failed").arg(plan.target), q));
    }
    return {};
}

Status CopyRun::copyTable(const TablePlan &plan)
{
    report(percent(), tr("Copying %1").arg(plan.source));
    const int width = int(plan.columns.size());
    QStringList targetColumns, arrays;
    for (const TargetColumn &c : plan.columns) {
        targetColumns.append(c.name);
        arrays.append(u"CAST(? AS %1[])"_s.arg(c.udt));
    }
    const QString failed
        = tr("Copying %1 failed; nothing was written to the server").arg(plan.source);
    // A batch of rows as one array per column, unnested into rows by the server: the
    // values are still bound, but as a few long texts instead of thousands of parameters,
    // which the server parses far faster (a third of the time of VALUES (…),(…) lists).
    QSqlQuery insert(m_dst);
    if (!insert.prepare(u"INSERT INTO %1 (%2) SELECT * FROM unnest(%3)"_s.arg(
            quoted(plan.target), selectList(targetColumns), arrays.join(u", "_s))))
        return undo(Database::sqlError(failed, insert));

    QSqlQuery read(m_src);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT %1 FROM %2"_s.arg(selectList(plan.sourceColumns), quoted(plan.source))))
        return undo(Database::sqlError(m_readFailed, read));
    QStringList columns(width);
    int inBatch = 0;
    const auto flush = [&]() -> Status {
        for (int c = 0; c < width; ++c)
            insert.bindValue(c, u'{' + columns.at(c) + u'}');
        if (!insert.exec())
            return undo(Database::sqlError(failed, insert));
        m_copiedRows += inBatch;
        inBatch = 0;
        for (QString &column : columns)
            column.clear();
        return {};
    };
    while (read.next()) {
        for (int c = 0; c < width; ++c) {
            QString &array = columns[c];
            if (inBatch > 0)
                array += u',';
            pgarray::appendValue(array, plan.deferred.contains(c) ? QVariant() : read.value(c),
                                 plan.columns.at(c).type == u"boolean"_s);
        }
        if (++inBatch == m_batchRows) {
            if (Status ok = flush(); !ok)
                return ok;
            if (cancelled())
                return cancelledError();
            if (m_copiedRows % (qint64(m_batchRows) * 20) < m_batchRows)
                report(percent(), tr("Copying %1").arg(plan.source));
        }
    }
    if (inBatch > 0)
        return flush();
    return {};
}

// Sets the references of `plan` written NULL by copyTable(), many rows per UPDATE.
Status CopyRun::linkTable(const TablePlan &plan)
{
    if (plan.deferred.isEmpty())
        return {};
    report(percent(), tr("Linking %1").arg(plan.source));
    QList<int> columns(plan.deferred.cbegin(), plan.deferred.cend());
    std::sort(columns.begin(), columns.end());
    const qsizetype keyIndex = plan.sourceColumns.indexOf(plan.key);
    QStringList read { quoted(plan.key) }, anySet, assign, names { u"k"_s }, casts;
    casts.append(u"CAST(? AS %1)"_s.arg(plan.columns.at(keyIndex).type));
    for (int c : std::as_const(columns)) {
        read.append(quoted(plan.sourceColumns.at(c)));
        anySet.append(quoted(plan.sourceColumns.at(c)) + u" IS NOT NULL"_s);
        assign.append(u"%1 = v.c%2"_s.arg(quoted(plan.columns.at(c).name)).arg(c));
        names.append(u"c%1"_s.arg(c));
        casts.append(u"CAST(? AS %1)"_s.arg(plan.columns.at(c).type));
    }
    const int width = int(read.size());
    const int batch = std::max(1, std::min(m_batchRows, kMaxValuesPerStatement / width));
    const QString row = u'(' + casts.join(u',') + u')';
    const auto updateSql = [&](int rows) {
        return u"UPDATE %1 AS d SET %2 FROM (VALUES %3) AS v (%4) WHERE d.%5 = v.k"_s.arg(
            quoted(plan.target), assign.join(u", "_s), QStringList(rows, row).join(u','),
            names.join(u", "_s), quoted(plan.columns.at(keyIndex).name));
    };
    const QString failed
        = tr("Copying %1 failed; nothing was written to the server").arg(plan.source);
    QSqlQuery q(m_src);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM %2 WHERE %3"_s.arg(read.join(u", "_s), quoted(plan.source),
                                                    anySet.join(u" OR "_s))))
        return undo(Database::sqlError(m_readFailed, q));
    QVariantList values;
    const auto flush = [&]() -> Status {
        QSqlQuery update(m_dst);
        if (!update.prepare(updateSql(int(values.size() / width))))
            return undo(Database::sqlError(failed, update));
        for (qsizetype i = 0; i < values.size(); ++i)
            update.bindValue(int(i), values.at(i));
        if (!update.exec())
            return undo(Database::sqlError(failed, update));
        values.clear();
        return {};
    };
    while (q.next()) {
        for (int c = 0; c < width; ++c)
            values.append(q.value(c));
        if (values.size() == qsizetype(batch) * width) {
            if (Status ok = flush(); !ok)
                return undo(Error { ok.error() });
        }
    }
    if (!values.isEmpty()) {
        if (Status ok = flush(); !ok)
            return undo(Error { ok.error() });
    }
    return {};
}

// New rows on the server get ids after the copied ones.
Status CopyRun::moveSequences()
{
    for (const TablePlan &plan : std::as_const(m_plans)) {
        for (const TargetColumn &column : plan.columns) {
            if (!column.sequence)
                continue;
            QSqlQuery q(m_dst);
            q.prepare(u"SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(%1), 0) + 1, "
                      "false) FROM %2"_s.arg(quoted(column.name), quoted(plan.target)));
            q.bindValue(0, quoted(plan.target));
            q.bindValue(1, column.name);
            if (!q.exec())
                return undo(Database::sqlError(
                    tr("Moving the ids of %1 on after the copy failed").arg(plan.target), q));
        }
    }
    return {};
}

// A file's audit log names its users only (no one signs in to a file); the server knows
// them by id (migration 5), so that what a renamed user wrote stays theirs.
Status CopyRun::nameAuditUsers()
{
    QSqlQuery q(m_dst);
    if (!q.exec(u"UPDATE audit_log a SET user_id = u.id FROM users u WHERE a.user_id IS NULL "
                "AND u.name = a.user_name"_s))
        return undo(Database::sqlError(tr("Naming the audit log's users by id failed"), q));
    return {};
}

// The proof: the same rows and the same money on both sides, read back on the server
// inside the transaction, before the commit.
Result<DatabaseCopyReport> CopyRun::verify()
{
    report(92, tr("Checking the copy"));
    DatabaseCopyReport result;
    for (qsizetype t = 0; t < m_plans.size(); ++t) {
        if (const Status ok = verifyTable(t, result); !ok)
            return Error { ok.error() };
    }
    return result;
}

Status CopyRun::verifyTable(qsizetype t, DatabaseCopyReport &result)
{
    const TablePlan &plan = m_plans.at(t);
    QStringList targetColumns;
    for (const TargetColumn &c : plan.columns)
        targetColumns.append(c.name);
    const auto got = figures(m_dst, plan.target, targetColumns, plan, m_serverFailed);
    if (!got)
        return undo(Error { got.error() });
    const Figures &want = m_expected.at(t);
    if (got->rows != want.rows)
        return Error { tr("The copy was undone: %1 has %2 rows in %3 but %4 on the server.")
                           .arg(plan.source, QString::number(want.rows), m_source.location(),
                                QString::number(got->rows)) };
    for (auto it = want.sums.cbegin(); it != want.sums.cend(); ++it) {
        const QStringList theirs = got->sums.value(it.key());
        for (qsizetype m = 0; m < plan.money.size(); ++m) {
            const QString column = plan.sourceColumns.at(plan.money.at(m));
            const QString there = m < theirs.size() ? theirs.at(m) : u"0"_s;
            if (there != it.value().at(m))
                return Error { tr("The copy was undone: the sum of %1.%2 %3 is %4 in %5 "
                                  "but %6 on the server.")
                                   .arg(plan.source, column, it.key(), it.value().at(m),
                                        m_source.location(), there) };
            result.totals.append({ plan.source, column, it.key(), it.value().at(m).toLongLong() });
        }
    }
    if (got->sums.size() != want.sums.size())
        return Error {
            tr("The copy was undone: the currencies of %1 differ on the server.").arg(plan.source)
        };
    result.tables.append({ plan.source, want.rows });
    result.rows += want.rows;
    return {};
}

} // namespace

DatabaseCopy::DatabaseCopy(Database &source, Database &target) : m_source(source), m_target(target)
{ }

Result<DatabaseCopyReport> DatabaseCopy::run(const Progress &progress,
                                             const std::atomic_bool *cancel) const
{
    CopyRun copy(m_source, m_target, m_batchRows, progress, cancel);
    return copy.execute();
}

} // namespace cd
