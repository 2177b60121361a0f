#pragma once

#include "io/importer.h"
#include "result.h"

namespace cd {

class Database;

/// An import (Importer) run for a worker thread: on a connection of its own to the same
/// database as `source`, so nothing of the caller's connection is touched there. All or
/// nothing, as Importer::run(); a failure to connect comes back as the error.
class ImportJob final
{
public:
    static Result<ImportReport> run(const Database &source, ImportKind kind,
                                    const CsvDocument &document, const ImportOptions &options,
                                    const Importer::Progress &progress = {});
};

} // namespace cd
