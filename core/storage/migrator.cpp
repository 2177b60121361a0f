#include "storage/migrator.h"

#include "storage/transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

struct MigrationFile
{
    int version;
    QString path;
};

/// The migrations in version order: NNNN_name.sql, or on PostgreSQL its
/// NNNN_name.postgresql.sql when a migration needs one (triggers are written differently).
QList<MigrationFile> migrationFiles(const QString &directory, Dialect dialect = Dialect::SQLite)
{
    static const QRegularExpression pattern(u"^(\\d{4})_[^.]+\\.sql$"_s);
    QList<MigrationFile> files;
    const QDir dir(directory);
    for (const QString &name : dir.entryList({ u"*.sql"_s }, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        QString path = dir.filePath(name);
        if (dialect == Dialect::PostgreSQL) {
            const QString variant = dir.filePath(name.chopped(4) + u".postgresql.sql"_s);
            if (QFile::exists(variant))
                path = variant;
        }
        files.append({ match.captured(1).toInt(), path });
    }
    return files;
}

} // namespace

QString Migrator::defaultDirectory()
{
    return u":/sql"_s;
}

int Migrator::latestVersion(const QString &directory)
{
    const auto files = migrationFiles(directory);
    return files.isEmpty() ? 0 : files.constLast().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase &db, Dialect dialect)
{
    QSqlQuery query(db);
    const QString tables = dialect == Dialect::PostgreSQL
        ? u"SELECT table_name FROM information_schema.tables "
          "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"_s
        : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s;
    if (!query.exec(tables)) {
        const QSqlError error = query.lastError();
        if (error.text().contains(u"locked"_s, Qt::CaseInsensitive)
            || error.nativeErrorCode() == u"5"_s || error.nativeErrorCode() == u"6"_s)
            return Error { tr("it is locked by another program. Close the other program or try "
                              "again in a moment.") };
        if (error.text().contains(u"not a database"_s, Qt::CaseInsensitive))
            return Error { tr("it is not a ClientDesk database.") };
        return Error { tr("it cannot be read (%1).").arg(error.text()) };
    }
    bool hasTables = false;
    bool hasMeta = false;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (table.startsWith(u"sqlite_"_s))
            continue;
        hasTables = true;
        hasMeta = hasMeta || table == u"cd_meta"_s;
    }
    if (!hasTables)
        return 0;
    if (!hasMeta)
        return Error { dialect == Dialect::PostgreSQL
                           ? tr("it holds tables of another program, not a ClientDesk "
                                "database.")
                           : tr("it is an SQLite database of another program, not a ClientDesk "
                                "database.") };
    QSqlQuery meta(db);
    meta.prepare(u"SELECT value FROM cd_meta WHERE key = 'schema_version'"_s);
    if (!meta.exec() || !meta.next())
        return Error { tr("its schema version is missing; the file may be damaged.") };
    bool ok = false;
    const int version = meta.value(0).toString().toInt(&ok);
    if (!ok || version < 1)
        return Error { tr("its schema version “%1” is not valid; the file may be damaged.")
                           .arg(meta.value(0).toString()) };
    return version;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inBody = false;
    bool inDollarQuote = false; // a PL/pgSQL body between $$ and $$
    const QStringList lines = sql.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        if (inDollarQuote)
            continue;
        if (!inBody && trimmed.endsWith(u"BEGIN"_s, Qt::CaseInsensitive)) {
            inBody = true;
            continue;
        }
        if (inBody) {
            if (trimmed.compare(u"END;"_s, Qt::CaseInsensitive) == 0) {
                inBody = false;
                statements.append(current.trimmed());
                current.clear();
            }
            continue;
        }
        if (trimmed.endsWith(u';')) {
            QString statement = current.trimmed();
            statement.chop(1);
            statements.append(statement);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString Migrator::applyDialect(QString sql, Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        sql.replace(u"@ID@"_s, u"INTEGER PRIMARY KEY"_s);
        break;
    case Dialect::PostgreSQL:
        sql.replace(u"@ID@"_s, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
        break;
    }
    return sql;
}

Status Migrator::migrate(const QSqlDatabase &db, Dialect dialect, int fromVersion,
                         const QString &directory)
{
    const auto files = migrationFiles(directory, dialect);
    QList<MigrationFile> pending;
    for (const MigrationFile &file : files) {
        if (file.version > fromVersion)
            pending.append(file);
    }
    if (pending.isEmpty())
        return {};

    TransactionGuard transaction(db, dialect);
    if (!transaction.begin())
        return Error { transaction.error() };

    QSqlQuery query(db);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS cd_meta (key TEXT PRIMARY KEY, "
                    "value TEXT NOT NULL)"_s))
        return Database::sqlError(tr("Creating the version table failed"), query);

    for (const MigrationFile &file : pending) {
        QFile source(file.path);
        if (!source.open(QIODevice::ReadOnly))
            return Error { tr("Migration %1 is missing from this build.").arg(file.version) };
        const QString sql = applyDialect(QString::fromUtf8(source.readAll()), dialect);
        for (const QString &statement : splitStatements(sql)) {
            if (!query.exec(statement)) {
                return Database::sqlError(tr("Migration %1 failed").arg(file.version), query);
            }
        }
    }

    QSqlQuery record(db);
    record.prepare(u"INSERT INTO cd_meta (key, value) VALUES ('schema_version', :version) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    record.bindValue(u":version"_s, QString::number(pending.constLast().version));
    if (!record.exec())
        return Database::sqlError(tr("Recording the schema version failed"), record);
    return transaction.commit();
}

} // namespace cd
