#include "importjob.h"

#include "storage/database.h"

namespace cd {

Result<ImportReport> ImportJob::run(const Database &source, ImportKind kind,
                                    const CsvDocument &document, const ImportOptions &options,
                                    const Importer::Progress &progress)
{
    auto db = source.reopen();
    if (!db)
        return Error { db.error() };
    return Importer(**db).run(kind, document, options, progress);
}

} // namespace cd
