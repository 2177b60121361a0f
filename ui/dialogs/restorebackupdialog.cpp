#include "dialogs/restorebackupdialog.h"

#include "io/rollingbackups.h"
#include "session/session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

RestoreBackupDialog::RestoreBackupDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_db(database)
{
    setWindowTitle(tr("Restore from Backup"));
    const QString location = Session::locationOf(database);
    auto *intro
        = new QLabel(tr("Backups of %1 in %2. Restoring replaces the database with the backup; the "
                        "database as it is now is kept beside it.")
                         .arg(QDir::toNativeSeparators(location),
                              QDir::toNativeSeparators(RollingBackups::folderFor(location))),
                     this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"backupList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Taken"), tr("Size") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const BackupFile &file : RollingBackups::list(location)) {
        auto *item = new QTreeWidgetItem(m_list,
                                         { locale.toString(file.takenAt, QLocale::LongFormat),
                                           locale.formattedDataSize(file.bytes) });
        item->setData(0, Qt::UserRole, file.path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_empty = new QLabel(tr("There are no backups yet. One is taken when the database is "
                            "opened, at most once a day, while automatic backups are on."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    m_list->setVisible(m_list->topLevelItemCount() > 0);

    m_automatic = new QCheckBox(
        tr("Back up &automatically when the database is opened, at most once a day"), this);
    m_automatic->setObjectName(u"automaticBackups"_s);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(u"keepBackups"_s);
    m_keep->setRange(BackupPolicy::kMinimumKeep, BackupPolicy::kMaximumKeep);
    auto *keepLabel = new QLabel(tr("&Keep the newest"), this);
    keepLabel->setBuddy(m_keep);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep);
    keepRow->addWidget(new QLabel(tr("backups"), this));
    keepRow->addStretch(1);
    const auto policy = RollingBackups(m_db).policy();
    m_automatic->setChecked(policy ? policy->enabled : true);
    m_keep->setValue(policy ? policy->keep : BackupPolicy().keep);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setVisible(!policy);
    if (!policy)
        m_problem->setText(policy.error());
    connect(m_automatic, &QCheckBox::toggled, this, &RestoreBackupDialog::savePolicy);
    connect(m_keep, &QSpinBox::valueChanged, this, &RestoreBackupDialog::savePolicy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setEnabled(false);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_automatic);
    layout->addLayout(keepRow);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 420);
}

QString RestoreBackupDialog::chosenPath() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, Qt::UserRole).toString();
}

void RestoreBackupDialog::accept()
{
    if (!chosenPath().isEmpty())
        QDialog::accept();
}

void RestoreBackupDialog::savePolicy()
{
    const Status ok = RollingBackups(m_db).setPolicy({ m_automatic->isChecked(), m_keep->value() });
    m_problem->setVisible(!ok);
    m_problem->setText(ok ? QString() : ok.error());
}

} // namespace cd
