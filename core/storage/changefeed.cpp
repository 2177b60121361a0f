#include "storage/changefeed.h"

#include "storage/database.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace cd {

const QString ChangeFeed::kChannel = u"clientdesk_changes"_s;

ChangeFeed::ChangeFeed(Database &database, int gatherMs, QObject *parent)
    : QObject(parent), m_db(database)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(gatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ChangeFeed::report);
    if (m_db.dialect() != Dialect::PostgreSQL)
        return;
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(driver, &QSqlDriver::notification, this, &ChangeFeed::heard);
    m_active = driver->subscribeToNotification(kChannel);
}

ChangeFeed::~ChangeFeed()
{
    if (!m_active)
        return;
    if (QSqlDriver *driver = m_db.connection().driver())
        driver->unsubscribeFromNotification(kChannel);
}

void ChangeFeed::heard(const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &payload)
{
    if (name != kChannel || source == QSqlDriver::SelfSource)
        return;
    m_tables.insert(payload.toString());
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeFeed::report()
{
    QStringList tables(m_tables.cbegin(), m_tables.cend());
    m_tables.clear();
    tables.sort();
    emit changed(tables);
}

} // namespace cd
