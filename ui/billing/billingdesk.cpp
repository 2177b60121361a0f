#include "billingdesk.h"

#include <QDialog>

namespace cd {

BillingDesk::BillingDesk(UserPrompts &prompts, QObject *parent)
    : QObject(parent), m_prompts(&prompts)
{ }

void BillingDesk::setDatabase(Database *database)
{
    if (m_db == database)
        return;
    m_db = database;
    emit databaseChanged();
}

int BillingDesk::exec(QDialog &dialog) const
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec();
}

void BillingDesk::printInvoice(qint64 invoiceId, QWidget *parent) const
{
    if (m_db && m_print)
        m_print(*m_db, invoiceId, parent);
}

void BillingDesk::savePdfs(const QList<qint64> &invoiceIds, QWidget *parent) const
{
    if (m_db && m_savePdfs && !invoiceIds.isEmpty())
        m_savePdfs(*m_db, invoiceIds, parent);
}

} // namespace cd
