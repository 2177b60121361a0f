#pragma once

#include "domain/invoice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cd {

class BillingDesk;
class InvoiceLinesEditor;

/// What the invoice list and the invoice dialog both do to an invoice: each asks first (or
/// opens its dialog through BillingDesk::exec), calls InvoiceService, says why not in a
/// sentence, and tells the desk that invoices changed. True when it was done.
namespace billing {

/// "INV/2026/00042", or "the draft for Acme" for a draft.
QString describe(const Invoice &invoice, const QString &accountName = {});
/// Asks before issuing: "Issue INV/2026/…? It gets its number and cannot be changed
/// afterwards." (for several: their count and totals per currency).
bool confirmIssue(const BillingDesk &desk, const QList<Invoice> &invoices, QWidget *parent);
bool deleteDraft(BillingDesk &desk, const Invoice &invoice, QWidget *parent);
bool voidInvoice(BillingDesk &desk, const Invoice &invoice, QWidget *parent);
bool creditNote(BillingDesk &desk, const Invoice &invoice, QWidget *parent);
bool recordPayment(BillingDesk &desk, const Invoice &invoice, QWidget *parent);

} // namespace billing

/// Voiding an invoice: the reason (required) and what voiding does.
class VoidDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoidDialog)

public:
    VoidDialog(const QString &number, QWidget *parent = nullptr);
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *voidButton() const { return m_void; }

private:
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_void = nullptr;
};

/// A credit note for an invoice: its date, the reason, and the lines to credit (the invoice's
/// lines to start with, amounts as positive numbers), the total credited following them.
class CreditNoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditNoteDialog)

public:
    CreditNoteDialog(BillingDesk &desk, const Invoice &invoice, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    InvoiceLinesEditor *linesEditor() const { return m_lines; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *problemLabel() const { return m_problem; }
    /// The credit note's number once issued.
    const QString &number() const { return m_number; }

    void accept() override;

private:
    void updateTotal();

    BillingDesk &m_desk;
    Invoice m_invoice;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    InvoiceLinesEditor *m_lines = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_problem = nullptr;
    QString m_number;
};

} // namespace cd
