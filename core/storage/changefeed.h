#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

namespace cd {

class Database;

/// Tells when others changed the database, so views can refresh. On a server it listens on
/// the channel clientdesk_changes, where every statement that changes a table the views show
/// announces the table's name (migration 4); changes made on this connection are not
/// reported. Announcements arriving close together are gathered into one changed() signal.
/// In a file there is nobody else to hear from: the feed stays inactive.
///
/// Lives in the thread of the database's connection, which needs an event loop.
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    static const QString kChannel;

    /// `gatherMs`: how long to wait for more announcements before reporting.
    explicit ChangeFeed(Database &database, int gatherMs = 500, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Whether the database announces changes and this feed listens.
    bool isActive() const { return m_active; }

signals:
    /// Others changed these tables (sorted names).
    void changed(const QStringList &tables);

private:
    void heard(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void report();

    Database &m_db;
    bool m_active = false;
    QTimer m_gather;
    QSet<QString> m_tables;
};

} // namespace cd
