#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>

// A database of its own on the throwaway PostgreSQL server of scripts/test
// ($CLIENTDESK_TEST_POSTGRES, e.g. postgresql://postgres@127.0.0.1:5433/clientdesk_test):
// created empty for one test and dropped afterwards. Tests QSKIP when no server is given.
class ScratchPostgres final
{
public:
    static QString serverUrl() { return qEnvironmentVariable("CLIENTDESK_TEST_POSTGRES"); }

    /// Empty, or a copy of `copyOf`, another scratch database nobody is connected to.
    explicit ScratchPostgres(const ScratchPostgres *copyOf = nullptr)
        : m_name(u"cd_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(16))
    {
        if (serverUrl().isEmpty())
            return;
        m_ok = admin(copyOf ? u"CREATE DATABASE %1 TEMPLATE %2"_qs.arg(m_name, copyOf->m_name)
                            : u"CREATE DATABASE %1"_qs.arg(m_name));
    }
    ~ScratchPostgres()
    {
        if (m_ok)
            admin(u"DROP DATABASE %1 WITH (FORCE)"_qs.arg(m_name));
    }
    Q_DISABLE_COPY_MOVE(ScratchPostgres)

    bool ok() const { return m_ok; }
    const QString &error() const { return m_error; }
    /// The address of the scratch database.
    QString url() const
    {
        QUrl url(serverUrl());
        url.setPath(u"/"_qs + m_name);
        return url.toString();
    }
    /// Runs a statement on the scratch database over a connection of its own.
    bool exec(const QString &sql) { return run(url(), sql); }

private:
    bool admin(const QString &sql) { return run(serverUrl(), sql); }
    bool run(const QString &address, const QString &sql)
    {
        const QUrl url(address);
        const QString connection = u"scratch-"_qs + QUuid::createUuid().toString();
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            if (db.open()) {
                QSqlQuery query(db);
                done = query.exec(sql);
                if (!done)
                    m_error = query.lastError().text();
                db.close();
            } else {
                m_error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return done;
    }

    QString m_name;
    QString m_error;
    bool m_ok = false;
};
