#include "views/accountopportunities.h"

#include "dialogs/opportunitydialog.h"
#include "domain/opportunityrules.h"
#include "services/opportunityservice.h"
#include "views/pagetables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

AccountOpportunities::AccountOpportunities(QWidget *parent) : QWidget(parent)
{
    m_table = pagetables::makeTable({ tr("Opportunity"), tr("Stage"), tr("Value"),
                                      tr("Probability"), tr("Expected close"), tr("Next step") },
                                    this);
    m_table->setObjectName(u"accountOpportunities"_s);
    m_new = new QPushButton(tr("New &Opportunity…"), this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_new, &QPushButton::clicked, this, &AccountOpportunities::newOpportunity);
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { editOpportunity(row); });
}

bool AccountOpportunities::showAccount(Database *database, qint64 accountId)
{
    m_db = database;
    m_accountId = accountId;
    m_table->setRowCount(0);
    m_new->setEnabled(database != nullptr);
    if (!database)
        return false;
    // Open deals first (soonest expected close first), then the closed, latest first.
    const auto deals = OpportunityService(*database).listForAccount(accountId);
    if (!deals) {
        m_summary->setText(deals.error());
        return false;
    }
    const QLocale locale;
    int open = 0;
    int won = 0;
    int lost = 0;
    m_table->setRowCount(int(deals->size()));
    for (int row = 0; row < deals->size(); ++row) {
        const Opportunity &o = deals->at(row);
        QString stage = toLabel(o.stage);
        if (OpportunityRules::isClosed(o.stage))
            stage = tr("%1 on %2").arg(stage, pagetables::shortDate(o.closedOn));
        pagetables::setRow(m_table, row,
                           { o.title, stage, o.expectedValue.format(locale),
                             locale.toString(o.probability) + locale.percent(),
                             pagetables::shortDate(o.expectedClose), o.nextStep },
                           { 2, 3 });
        m_table->item(row, 0)->setData(kIdRole, o.id);
        open += OpportunityRules::isClosed(o.stage) ? 0 : 1;
        won += o.stage == OpportunityStage::Won ? 1 : 0;
        lost += o.stage == OpportunityStage::Lost ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(deals->isEmpty() ? tr("No opportunities yet.")
                                        : tr("%1 open, %2 won, %3 lost")
                                              .arg(locale.toString(open), locale.toString(won),
                                                   locale.toString(lost)));
    return true;
}

QString AccountOpportunities::summary() const
{
    return m_summary->text();
}

void AccountOpportunities::newOpportunity()
{
    if (!m_db)
        return;
    OpportunityDialog dialog(*m_db, m_accountId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showAccount(m_db, m_accountId);
    emit changed();
}

void AccountOpportunities::editOpportunity(int row)
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    if (!m_db || !item)
        return;
    const auto o = OpportunityService(*m_db).get(item->data(kIdRole).toLongLong());
    if (!o) {
        m_summary->setText(o.error());
        return;
    }
    OpportunityDialog dialog(*m_db, *o, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showAccount(m_db, m_accountId);
    emit changed();
}

} // namespace cd
