#pragma once

#include "domain/segment.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

/// Stores saved segments. Names are unique, case-insensitively, and stored trimmed.
class SegmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::SegmentRepository)

public:
    explicit SegmentRepository(Database &database);

    static QStringList validate(const QString &name, const CustomerFilter &filter);

    /// Saves `filter` under `name`, replacing the filter of a segment of that name.
    Result<qint64> save(const QString &name, const CustomerFilter &filter);
    Status remove(qint64 id);
    /// Every segment, by name.
    Result<QList<Segment>> list() const;

private:
    Database &m_db;
};

} // namespace cd
