#pragma once

#include "domain/customerfilter.h"
#include "domain/segment.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace cd {

class Database;

/// The Customers area's use cases besides the list itself: the saved segments shared by
/// everyone using the database, and keeping the purchase figures and behaviour tags current
/// (CustomerStats).
class CustomerService final
{
public:
    explicit CustomerService(Database &database) : m_db(database) { }

    /// Every saved segment, by name.
    Result<QList<Segment>> segments() const;
    /// Saves `filter` under `name` (trimmed), replacing the filter of a segment of that name.
    Result<qint64> saveSegment(const QString &name, const CustomerFilter &filter);
    Status removeSegment(qint64 id);

    /// True when the figures and tags were computed for `today` with the thresholds and the
    /// currency now in settings.
    Result<bool> tagsCurrent(const QDate &today) const;

    /// Recomputes every customer's figures and tags for the day it runs, in one pass and one
    /// transaction; `progress` gets 0–100 and returns false to cancel (nothing changes then).
    /// A failure once `cancelled()` says so is no failure: the run was cancelled.
    using TagRefresh = std::function<Status(const std::function<bool(int)> &progress,
                                            const std::function<bool()> &cancelled)>;
    /// The recomputation as a job for a worker thread: it runs on a connection of its own to
    /// this database and touches nothing of the caller's.
    TagRefresh tagRefreshJob() const;

private:
    Database &m_db;
};

} // namespace cd
