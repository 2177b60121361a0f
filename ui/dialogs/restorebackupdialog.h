#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace cd {

class Database;

/// File > Restore from Backup…: the automatic backups of the open database, newest first,
/// and the backup policy (automatic or not, how many kept). Accepting means "restore the
/// chosen backup"; the main window does the restoring, as it must close the database first.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)

public:
    explicit RestoreBackupDialog(Database &database, QWidget *parent = nullptr);

    /// The backup chosen, once accepted.
    QString chosenPath() const;

    QTreeWidget *backupList() const { return m_list; }
    QCheckBox *automaticBox() const { return m_automatic; }
    QSpinBox *keepField() const { return m_keep; }
    QPushButton *restoreButton() const { return m_restore; }

    void accept() override;

private:
    void savePolicy();

    Database &m_db;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QCheckBox *m_automatic = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace cd
