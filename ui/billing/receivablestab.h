#pragma once

#include <QDialog>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cd {

class AgingModel;
class BillingDesk;
class InvoiceListModel;

/// The receivables: what each client owes by currency and by days past due (not due yet,
/// 1–30, 31–60, 61–90, over 90; InvoiceService::aging on today), with a total per currency.
/// A double-click lists that client's open invoices. Export… like the other lists.
class ReceivablesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceivablesTab)

public:
    explicit ReceivablesTab(BillingDesk &desk, QWidget *parent = nullptr);
    ~ReceivablesTab() override;

    /// Reads the aging again.
    void reload();
    /// Lists the open invoices of the client on `row` (a dialog).
    void openClient(int row);
    /// Records a payment from the client on `row` in its currency, to its oldest open
    /// invoices first.
    void recordPayment(int row);

    AgingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *emptyLabel() const { return m_empty; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *payButton() const { return m_pay; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// The client row selected, or -1 (none, or a total).
    int selectedClientRow() const;
    void updateButtons();

    BillingDesk &m_desk;
    AgingModel *m_model = nullptr;
    bool m_stale = true;
    bool m_fitColumns = false; ///< no saved layout: fit the columns to the first rows
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_pay = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

/// One client's open invoices in one currency (from the receivables): a double-click opens
/// the invoice; Record Payment… against the selected one, or the oldest first.
class OpenInvoicesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenInvoicesDialog)

public:
    OpenInvoicesDialog(BillingDesk &desk, qint64 accountId, const QString &name,
                       const QString &currency, QWidget *parent = nullptr);

    void reload();
    InvoiceListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    BillingDesk &m_desk;
    qint64 m_accountId = 0;
    QString m_currency;
    InvoiceListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_pay = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cd
