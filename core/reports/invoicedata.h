#pragma once

#include "domain/account.h"
#include "domain/invoice.h"
#include "reports/reportdata.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// Everything a printed invoice or credit note shows (issue 27, docs/design.md "Billing"): the
/// invoice as InvoiceService gives it, who it is from (the firm's profile: tax id, bank) and
/// to (the account, its billing contact), the contract it bills and, for a credit note, the
/// invoice it corrects.
struct InvoiceReportData
{
    FirmProfile firm;
    Invoice invoice;
    Account account;
    /// The account's first contact with the billing role ("" without one), and the address
    /// the invoice goes to: that contact's email, else the account's.
    QString billingContact;
    QString billingEmail;
    QString contractReference; ///< "" without a contract
    QString contractTitle;
    /// A credit note: the number and date of the invoice it corrects.
    QString correctsNumber;
    QDate correctsDate;
    QString taxLabel = QStringLiteral("PPN"); ///< 'billing.tax_label'
    /// What the credit notes issued for it take off (positive), and what is still owed: total
    /// − paid − credited (InvoiceService's rule). Empty: total − paid.
    qint64 creditedMinor = 0;
    std::optional<qint64> owedMinor;
    QDate printedOn;
};

/// Reads an invoice's printed form: InvoiceService and the repositories, never the UI.
class InvoiceData final
{
    Q_DECLARE_TR_FUNCTIONS(cd::InvoiceData)

public:
    static Result<InvoiceReportData> read(Database &database, qint64 invoiceId, const QDate &today);
    /// The invoice or credit note with this number (as InvoiceService::byNumber finds it).
    static Result<qint64> findNumber(Database &database, const QString &number);
    /// Every invoice and credit note (not drafts) dated from..to, both included, by date and
    /// number: a batch. Each with its number.
    static Result<QList<std::pair<qint64, QString>>> dated(Database &database, const QDate &from,
                                                           const QDate &to);
};

} // namespace cd
