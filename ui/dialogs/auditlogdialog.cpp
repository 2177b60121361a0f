#include "dialogs/auditlogdialog.h"

#include "models/auditlogmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

AuditLogDialog::AuditLogDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_model(new AuditLogModel(database, this))
{
    setWindowTitle(tr("Audit Log"));
    m_record = new QComboBox(this);
    m_record->setObjectName(u"auditRecord"_s);
    m_record->addItem(tr("All records"), QString());
    for (const auto &[entity, label] : AuditLogModel::recordKinds())
        m_record->addItem(label, entity);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"auditSearch"_s);
    m_search->setPlaceholderText(tr("Name, user or change"));
    m_search->setClearButtonEnabled(true);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"auditStatus"_s);

    auto *filters = new QHBoxLayout;
    auto *recordLabel = new QLabel(tr("&Records:"), this);
    recordLabel->setBuddy(m_record);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(recordLabel);
    filters->addWidget(m_record);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_record, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateStatus();
    });
    reload();
    resize(900, 520);
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::reload()
{
    const Status ok = m_model->reload(m_record->currentData().toString());
    if (!ok) {
        m_status->setText(ok.error());
        return;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->resizeSection(
        AuditLogModel::Details,
        std::max(m_table->horizontalHeader()->sectionSize(AuditLogModel::Details), 200));
    updateStatus();
}

void AuditLogDialog::updateStatus()
{
    const QLocale locale;
    if (m_model->rowCount() == 0) {
        m_status->setText(tr("No changes are recorded yet."));
        return;
    }
    QString text;
    if (m_proxy->rowCount() != m_model->rowCount())
        text = tr("%1 of %2 changes match.")
                   .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount()));
    else if (m_model->rowCount() == 1)
        text = tr("One change.");
    else
        text = tr("%1 changes, newest first.").arg(locale.toString(m_model->rowCount()));
    if (m_model->limited())
        text += u' '
            + tr("Only the newest %1 are read; choose a kind of record to go further back.")
                  .arg(locale.toString(AuditLogModel::kLimit));
    m_status->setText(text);
}

} // namespace cd
