#pragma once

#include "domain/invoice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cd {

class BillingDesk;
class InvoiceLinesEditor;
class WorkChooser;

/// One invoice or credit note. A draft is edited here: client, contract, date, due date (it
/// follows the payment terms of the contract, else Settings, until the user changes it),
/// currency, notes and lines, with the totals before tax, tax and total following every
/// keystroke (InvoiceRules); Save Draft, Issue… (confirmed: it gets its number and cannot be
/// changed afterwards) and Delete Draft. An issued one is read-only with its payments, and
/// offers Void… (a reason is required), Credit Note…, Record Payment… and Print….
class InvoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceDialog)

public:
    /// `invoice`: a stored one (id set; read again here) or a new draft's starting values
    /// (its client, contract).
    InvoiceDialog(BillingDesk &desk, const Invoice &invoice, QWidget *parent = nullptr);

    /// The invoice as the fields say (a draft), totals worked out; the sentence why not in
    /// `problem`.
    Invoice invoice(QString *problem = nullptr) const;
    const Invoice &stored() const { return m_invoice; }

    bool saveDraft();
    bool issue();
    bool deleteDraft();
    bool voidInvoice();
    bool creditNote();
    bool recordPayment();

    WorkChooser *chooser() const { return m_work; }
    QDateEdit *dateEdit() const { return m_date; }
    QDateEdit *dueEdit() const { return m_due; }
    QComboBox *currencyBox() const { return m_currency; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    InvoiceLinesEditor *linesEditor() const { return m_lines; }
    QLabel *netLabel() const { return m_net; }
    QLabel *taxLabel() const { return m_tax; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *problemLabel() const { return m_problem; }
    QTreeWidget *paymentsList() const { return m_payments; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *voidButton() const { return m_void; }
    QPushButton *creditButton() const { return m_credit; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *printButton() const { return m_print; }

private:
    void buildFields();
    void buildButtons();
    void show(const Invoice &invoice);
    void reread();
    void workChanged();
    void dateChanged();
    void updateTotals();
    void updateState();
    void fillPayments();
    void setProblem(const QString &problem);

    BillingDesk &m_desk;
    Invoice m_invoice;
    int m_taxRateBp = 0;
    QString m_taxName;
    bool m_filling = false;
    bool m_dueTouched = false; ///< the user chose the due date: it no longer follows the terms
    WorkChooser *m_work = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_currency = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    InvoiceLinesEditor *m_lines = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QLabel *m_net = nullptr;
    QLabel *m_tax = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_problem = nullptr;
    QTreeWidget *m_payments = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_void = nullptr;
    QPushButton *m_credit = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace cd
