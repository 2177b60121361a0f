#include "services/automaticbackup.h"

#include "io/rollingbackups.h"
#include "storage/database.h"
#include "storage/integritycheck.h"

namespace cd {

Result<AutomaticBackup::Outcome> AutomaticBackup::run(const QString &location)
{
    // A file the check cannot read is left to opening, which says why in its own words.
    if (const auto found = IntegrityCheck::fileDamage(location); found && !found->isEmpty())
        return Outcome { *found, std::nullopt };
    auto db = Database::open(location, { Database::Mode::MustExist, 5000 });
    if (!db)
        return Error { db.error() };
    auto backup = RollingBackups(**db).runIfDue();
    if (!backup)
        return Error { backup.error() };
    return Outcome { {}, *backup };
}

} // namespace cd
