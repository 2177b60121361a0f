#pragma once

#include "result.h"

#include <QLabel>
#include <QPushButton>

#include <optional>

namespace cd {

/// Inserts \a record when it is new (id 0) and updates it otherwise, through \a repository.
/// Returns the record's id, or shows the repository's sentence in \a problemLabel and returns
/// nothing, so a dialog stays open with what was typed. When someone else changed the record
/// since it was read (Error::conflict), \a reload (if any) is shown, so the form can be filled
/// with their version.
template<typename Repository, typename Record>
std::optional<qint64> saveRecord(Repository &&repository, const Record &record,
                                 QLabel *problemLabel, QPushButton *reload = nullptr)
{
    QString error;
    bool conflict = false;
    qint64 id = record.id;
    if (record.id == 0) {
        if (const auto inserted = repository.insert(record))
            id = *inserted;
        else
            error = inserted.error();
    } else if (const Status ok = repository.update(record); !ok) {
        error = ok.error();
        conflict = ok.conflict();
    }
    if (error.isEmpty())
        return id;
    problemLabel->setText(error);
    problemLabel->setVisible(true);
    if (reload)
        reload->setVisible(conflict);
    return std::nullopt;
}

} // namespace cd
