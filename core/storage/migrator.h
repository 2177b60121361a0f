#pragma once

#include "result.h"
#include "storage/database.h"

#include <QSqlDatabase>
#include <QStringList>

namespace cd {

/// Runs the numbered SQL files of resources/sql (":/sql/NNNN_name.sql"). The dialects differ
/// in two places only: tokens such as @ID@ (applyDialect), and, where a migration cannot be
/// written for both (SQLite and PL/pgSQL triggers), a NNNN_name.postgresql.sql beside it.
///
/// All pending migrations run in one transaction and the reached version is written to
/// cd_meta in that same transaction: a failure leaves the database as it was.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Migrator)

public:
    /// Where the migrations of this build live.
    static QString defaultDirectory();

    /// The highest version this build knows (the number of the last migration file).
    static int latestVersion(const QString &directory = defaultDirectory());

    /// The version recorded in the database; 0 for an empty database. An SQLite database
    /// of another program (tables but no cd_meta) is an error, as is an unreadable one.
    static Result<int> currentVersion(const QSqlDatabase &db, Dialect dialect = Dialect::SQLite);

    /// Applies every migration above `fromVersion`.
    static Status migrate(const QSqlDatabase &db, Dialect dialect, int fromVersion,
                          const QString &directory = defaultDirectory());

    /// Splits a migration file into statements; trigger bodies (BEGIN … END;) and PL/pgSQL
    /// bodies ($$ … $$) stay whole.
    static QStringList splitStatements(const QString &sql);

    /// Replaces the dialect tokens of a migration (e.g. @ID@ for an identity primary key).
    static QString applyDialect(QString sql, Dialect dialect);
};

} // namespace cd
