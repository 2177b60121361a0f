#pragma once

#include "domain/invoice.h"
#include "services/invoiceservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cd {

class BillingDesk;

/// A payment from a client: date (not before the chosen invoice's), amount (what the chosen
/// invoice still owes to start with; typed when none is chosen), method, reference, and how it
/// is allocated over the client's open invoices in that currency (the chosen invoice first,
/// then the oldest first, until the user types the allocations). Recording asks
/// InvoiceService, which refuses an overpayment: its sentence shows under the fields and
/// nothing is written.
class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    enum Column { Number, Date, Due, Owed, Allocated, ColumnCount };

    /// Against `invoice` first.
    PaymentDialog(BillingDesk &desk, const Invoice &invoice, QWidget *parent = nullptr);
    /// From the account in `currency`, to its oldest open invoices first (Receivables).
    PaymentDialog(BillingDesk &desk, qint64 accountId, const QString &currency,
                  QWidget *parent = nullptr);

    /// The payment as the fields say; the sentence why not in `problem`.
    Payment payment(QString *problem = nullptr) const;
    qint64 savedId() const { return m_savedId; }

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *amountField() const { return m_amount; }
    QComboBox *methodBox() const { return m_method; }
    QLineEdit *referenceField() const { return m_reference; }
    QTableWidget *allocationTable() const { return m_allocations; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void build();
    void fillOpenInvoices();
    void allocate();
    void setProblem(const QString &problem);
    QString nothingOwed() const;

    BillingDesk &m_desk;
    qint64 m_accountId = 0;
    QString m_currency;
    std::optional<Invoice> m_invoice; ///< the one chosen, if any
    QList<InvoiceService::Row> m_open; ///< the client's open invoices in the currency, oldest first
    bool m_filling = false;
    bool m_allocationsTouched = false;
    qint64 m_savedId = 0;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QTableWidget *m_allocations = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cd
