#include "views/worklistview.h"

#include "models/clientagendamodel.h"
#include "services/interactionservice.h"
#include "services/userservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// Missed and overdue rows in red (their State column says so in words too).
class OverdueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(WorklistModel::OverdueRole).toBool()
            && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
    }
};

} // namespace

WorklistView::WorklistView(QWidget *parent) : QWidget(parent)
{
    auto *back
        = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Dashboard"), this);
    back->setObjectName(u"worklistBack"_s);
    connect(back, &QPushButton::clicked, this, &WorklistView::backRequested);
    auto *title = new QLabel(tr("Needs attention"), this);
    title->setObjectName(u"pageTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    using Kind = ClientAgendaModel::Kind;
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"));
    for (const auto &[kind, text] :
         { std::pair { Kind::NoticeDeadline, tr("Notice deadlines and renewals") },
           std::pair { Kind::FollowUp, tr("Follow-ups") },
           std::pair { Kind::RequestPastDue, tr("Requests past their service level") },
           std::pair { Kind::AtRisk, tr("Clients at risk") },
           std::pair { Kind::Hours, tr("Hours at 80 % or more") },
           std::pair { Kind::InvoiceOverdue, tr("Invoices overdue") } })
        m_kind->addItem(text, int(kind));
    m_manager = new QComboBox(this);
    m_manager->setAccessibleName(tr("Account manager"));
    m_account = new QLineEdit(this);
    m_account->setPlaceholderText(tr("Account"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setClearButtonEnabled(true);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WorklistView::applyFilter);
    connect(m_manager, &QComboBox::currentIndexChanged, this, &WorklistView::applyFilter);
    connect(m_account, &QLineEdit::textChanged, this, &WorklistView::applyFilter);

    m_count = new QLabel(this);
    m_count->setObjectName(u"worklistCount"_s);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_table = new QTableView(this);
    m_table->setObjectName(u"worklistTable"_s);
    m_table->setModel(&m_model);
    m_table->setItemDelegate(new OverdueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit accountActivated(index.data(WorklistModel::AccountIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorklistView::updateActions);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &WorklistView::updateActions);

    m_done = new QPushButton(tr("Follow-up &Done"), this);
    m_snooze = new QPushButton(tr("&Snooze a Week"), this);
    m_snooze->setToolTip(tr("Move the follow-up %1 days on from today or from its date, "
                            "whichever is later")
                             .arg(snoozeDays));
    connect(m_done, &QPushButton::clicked, this, &WorklistView::markDone);
    connect(m_snooze, &QPushButton::clicked, this, &WorklistView::snooze);

    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(back, 0, Qt::AlignTop);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_manager);
    filters->addWidget(m_account, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_done);
    actions->addWidget(m_snooze);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    updateActions();
}

void WorklistView::setDatabase(Database *database)
{
    m_db = database;
    fillManagers();
}

void WorklistView::setAgenda(ClientAgendaModel *agenda)
{
    if (m_agenda)
        disconnect(m_agenda, nullptr, this, nullptr);
    m_agenda = agenda;
    if (agenda)
        connect(agenda, &QAbstractItemModel::modelReset, this, &WorklistView::refill);
    refill();
}

void WorklistView::refill()
{
    m_model.setItems(m_agenda ? m_agenda->items() : QList<ClientAgendaModel::Item>(),
                     QDate::currentDate());
    applyFilter();
    if (!m_fitted && m_model.rowCount() > 0) {
        // Once: the columns as wide as their contents, long names capped.
        m_fitted = true;
        m_table->resizeColumnsToContents();
        QHeaderView *header = m_table->horizontalHeader();
        header->resizeSection(WorklistModel::AccountColumn,
                              std::min(header->sectionSize(WorklistModel::AccountColumn), 260));
    }
}

void WorklistView::fillManagers()
{
    const QVariant current = m_manager->currentData();
    const QSignalBlocker blocker(m_manager);
    m_manager->clear();
    m_manager->addItem(tr("All account managers"));
    if (m_db) {
        if (const auto users = UserService(*m_db).list(true)) {
            for (const User &user : *users)
                m_manager->addItem(user.name, user.id);
        }
    }
    m_manager->setCurrentIndex(std::max(0, m_manager->findData(current)));
}

void WorklistView::applyFilter()
{
    WorklistModel::Filter filter;
    if (m_kind->currentData().isValid())
        filter.kind = ClientAgendaModel::Kind(m_kind->currentData().toInt());
    if (m_manager->currentData().isValid())
        filter.managerId = m_manager->currentData().toLongLong();
    filter.account = m_account->text().trimmed();
    m_model.setFilter(filter);
    const QLocale locale;
    m_count->setText(
        tr("Items: %1 (missed or overdue: %2)")
            .arg(locale.toString(m_model.rowCount()), locale.toString(m_model.overdueCount())));
}

std::optional<ClientAgendaModel::Item> WorklistView::selectedFollowUp() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const ClientAgendaModel::Item &item = m_model.itemAt(rows.first().row());
    if (item.kind != ClientAgendaModel::Kind::FollowUp || item.recordId == 0)
        return std::nullopt;
    return item;
}

void WorklistView::updateActions()
{
    const bool followUp = m_db && selectedFollowUp().has_value();
    m_done->setEnabled(followUp);
    m_snooze->setEnabled(followUp);
}

void WorklistView::markDone()
{
    const auto item = selectedFollowUp();
    if (!item || !m_db)
        return;
    if (const Status ok = InteractionService(*m_db).setFollowUpDone(item->recordId, true); !ok) {
        showMessage(ok.error());
        return;
    }
    showMessage({});
    emit changed();
}

void WorklistView::snooze()
{
    const auto item = selectedFollowUp();
    if (!item || !m_db)
        return;
    const QDate from = std::max(QDate::currentDate(), item->date);
    if (const Status ok
        = InteractionService(*m_db).setFollowUpOn(item->recordId, from.addDays(snoozeDays));
        !ok) {
        showMessage(ok.error());
        return;
    }
    showMessage({});
    emit changed();
}

void WorklistView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString WorklistView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace cd
