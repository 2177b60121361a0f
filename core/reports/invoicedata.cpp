#include "reports/invoicedata.h"

#include "services/invoiceservice.h"
#include "services/settingsservice.h"
#include "storage/accountrepository.h"
#include "storage/contactrepository.h"
#include "storage/contractrepository.h"
#include "storage/database.h"

namespace cd {

Result<InvoiceReportData> InvoiceData::read(Database &database, qint64 invoiceId,
                                            const QDate &today)
{
    InvoiceReportData data;
    data.printedOn = today;
    const InvoiceService invoices(database);
    Result<Invoice> invoice = invoices.get(invoiceId);
    if (!invoice)
        return Error { invoice.error() };
    data.invoice = std::move(*invoice);
    Result<FirmProfile> firm = FirmProfile::load(database);
    if (!firm)
        return Error { firm.error() };
    data.firm = std::move(*firm);
    Result<Account> account = AccountRepository(database).get(data.invoice.accountId);
    if (!account)
        return Error { account.error() };
    data.account = std::move(*account);
    data.billingEmail = data.account.email;
    const Result<QList<Contact>> contacts
        = ContactRepository(database).listForAccount(data.account.id);
    if (!contacts)
        return Error { contacts.error() };
    for (const Contact &contact : *contacts) {
        if (contact.roles.contains(ContactRole::Billing)) {
            data.billingContact = contact.name;
            if (!contact.email.isEmpty())
                data.billingEmail = contact.email;
            break;
        }
    }
    if (data.invoice.contractId) {
        const Result<Contract> contract
            = ContractRepository(database).get(*data.invoice.contractId);
        if (!contract)
            return Error { contract.error() };
        data.contractReference = contract->reference;
        data.contractTitle = contract->title;
    }
    if (data.invoice.creditForId) {
        const Result<Invoice> corrected = invoices.get(*data.invoice.creditForId);
        if (!corrected)
            return Error { corrected.error() };
        data.correctsNumber = corrected->number;
        data.correctsDate = corrected->date;
    }
    // What is owed, as the invoice list works it out (credit notes taken off).
    if (data.invoice.series == InvoiceSeries::Invoice && !data.invoice.number.isEmpty()) {
        InvoiceService::Filter filter;
        filter.accountId = data.invoice.accountId;
        filter.search = data.invoice.number;
        const Result<QList<InvoiceService::Row>> rows = invoices.list(filter, today);
        if (!rows)
            return Error { rows.error() };
        for (const InvoiceService::Row &row : *rows) {
            if (row.id != data.invoice.id)
                continue;
            const bool owing = row.state == InvoiceState::Issued
                || row.state == InvoiceState::PartlyPaid || row.state == InvoiceState::Paid;
            if (owing) {
                data.owedMinor = row.owedMinor;
                data.creditedMinor = row.totalMinor - row.paidMinor - row.owedMinor;
            }
        }
    }
    const Result<BillingSettings> billing = SettingsService(database).billingSettings();
    if (!billing)
        return Error { billing.error() };
    data.taxLabel = billing->taxLabel;
    return data;
}

Result<qint64> InvoiceData::findNumber(Database &database, const QString &number)
{
    const Result<Invoice> invoice = InvoiceService(database).byNumber(number.trimmed());
    if (!invoice)
        return Error { invoice.error() };
    return invoice->id;
}

Result<QList<std::pair<qint64, QString>>> InvoiceData::dated(Database &database, const QDate &from,
                                                             const QDate &to)
{
    InvoiceService::Filter filter;
    filter.from = from;
    filter.to = to;
    const Result<QList<InvoiceService::Row>> rows = InvoiceService(database).list(filter, to);
    if (!rows)
        return Error { rows.error() };
    QList<std::pair<qint64, QString>> out;
    for (const InvoiceService::Row &row : *rows) {
        if (row.state != InvoiceState::Draft)
            out.append({ row.id, row.number });
    }
    return out;
}

} // namespace cd
