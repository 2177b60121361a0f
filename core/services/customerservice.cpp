#include "customerservice.h"

#include "storage/customerstats.h"
#include "storage/database.h"
#include "storage/segmentrepository.h"

namespace cd {

Result<QList<Segment>> CustomerService::segments() const
{
    return SegmentRepository(m_db).list();
}

Result<qint64> CustomerService::saveSegment(const QString &name, const CustomerFilter &filter)
{
    return SegmentRepository(m_db).save(name, filter);
}

Status CustomerService::removeSegment(qint64 id)
{
    return SegmentRepository(m_db).remove(id);
}

Result<bool> CustomerService::tagsCurrent(const QDate &today) const
{
    return CustomerStats(m_db).isCurrent(today);
}

CustomerService::TagRefresh CustomerService::tagRefreshJob() const
{
    return [reopener = m_db.reopener()](const std::function<bool(int)> &progress,
                                        const std::function<bool()> &cancelled) -> Status {
        auto db = reopener.open();
        if (!db)
            return Error { db.error() };
        const Status ok = CustomerStats(**db).refreshAll(QDate::currentDate(), progress);
        if (!ok && cancelled())
            return {};
        return ok;
    };
}

} // namespace cd
