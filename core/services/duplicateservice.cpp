#include "duplicateservice.h"

#include "services/recordsteps.h"
#include "storage/settingsrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kNotDuplicatesKey = u"duplicates_not_duplicates"_s;

QString pairKey(qint64 a, qint64 b)
{
    return u"%1-%2"_s.arg(std::min(a, b)).arg(std::max(a, b));
}

} // namespace

Result<QStringList> DuplicateService::notDuplicates() const
{
    const auto stored = SettingsRepository(m_db).value(kNotDuplicatesKey, QString());
    if (!stored)
        return Error { stored.error() };
    return stored->split(u',', Qt::SkipEmptyParts);
}

Result<QList<DuplicatePair>> DuplicateService::likelyPairs() const
{
    const auto pairs = findDuplicateAccounts(m_db);
    if (!pairs)
        return pairs;
    // A setting that cannot be read hides nothing.
    const auto marked = notDuplicates();
    const QStringList ignored = marked ? *marked : QStringList();
    QList<DuplicatePair> shown;
    for (const DuplicatePair &pair : *pairs) {
        if (!ignored.contains(pairKey(pair.first.id, pair.second.id)))
            shown.append(pair);
    }
    return shown;
}

Status DuplicateService::markNotDuplicates(qint64 firstId, qint64 secondId)
{
    TransactionGuard guard(m_db);
    if (const Status ok = guard.begin(); !ok)
        return ok;
    auto marked = notDuplicates();
    if (!marked)
        return Error { marked.error() };
    marked->append(pairKey(firstId, secondId));
    if (const Status ok = SettingsRepository(m_db).setValue(kNotDuplicatesKey, marked->join(u','));
        !ok)
        return ok;
    return guard.commit();
}

Result<MergeSummary> DuplicateService::merge(qint64 survivorId, qint64 duplicateId)
{
    return AccountMerger(m_db).merge(survivorId, duplicateId);
}

} // namespace cd
