#pragma once

#include "result.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

#include <optional>

namespace cd {

// The edit forms' shared parts: saving a record, and Reload after a colleague's change.

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

/// Adds the hidden Reload button to a form's \a buttons: saveRecord() shows it after a refused
/// save over someone else's change; \a text and \a toolTip are the form's own (tr()).
inline QPushButton *addReloadButton(QDialogButtonBox *buttons, const QString &text,
                                    const QString &toolTip, const QString &objectName)
{
    QPushButton *reload = buttons->addButton(text, QDialogButtonBox::ResetRole);
    reload->setObjectName(objectName);
    reload->setToolTip(toolTip);
    reload->hide();
    return reload;
}

/// Reads record \a id again through \a repository and hands it to \a fill, dropping the
/// form's edits, and hides \a reload; or shows why it cannot be read in \a problemLabel.
template<typename Repository, typename Fill>
void reloadRecord(Repository &&repository, qint64 id, QLabel *problemLabel, QPushButton *reload,
                  Fill &&fill)
{
    const auto now = repository.get(id);
    if (!now) {
        problemLabel->setText(now.error());
        problemLabel->setVisible(true);
        return;
    }
    reload->hide();
    fill(*now);
}

/// A form label for a row that is a layout, which QFormLayout gives no buddy: with \a buddy
/// its shortcut reaches the field and the & does not show.
inline QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace cd
