#pragma once

#include "services/invoiceservice.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cd {

class BackgroundTask;
class BillingDesk;
class Database;
class InvoiceListModel;

/// The Invoices tab of a client's page (issue 27): the client's invoices and credit notes
/// (number, contract, date, due date, currency, total, paid, owed, state with "Overdue, N
/// days" in red as in the Contracts area's Invoices tab), one line of what the client owes per
/// currency and how much of it is overdue, and a sentence when there are none. A double-click
/// (or Open…) opens the invoice in the billing UI's InvoiceDialog; New Invoice… writes one for
/// this client, Record Payment… and Print/PDF… act on the selected one (BillingDesk). The
/// list is read off the UI thread, again whenever invoices change (BillingDesk).
class ClientInvoices final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientInvoices)

public:
    explicit ClientInvoices(QWidget *parent = nullptr);
    ~ClientInvoices() override;

    /// Where the actions and the "invoices changed" news come from; none: the list only.
    void setDesk(BillingDesk *desk);
    /// Lists the invoices of `accountId` in `database` (read off the UI thread).
    void showAccount(Database *database, qint64 accountId);
    /// Reads the list again (off the UI thread).
    void reload();
    bool isLoading() const;
    /// Waits for the read (tests).
    bool waitForLoaded(int timeoutMs);

    InvoiceListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// "3 invoices. Owed: $1,200.00 ($500.00 overdue); Rp 5,000,000.00 (all overdue)."; what
    /// is read meanwhile; nothing when there are no invoices.
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *emptyLabel() const { return m_empty; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *printButton() const { return m_print; }

    void newInvoice();
    void openInvoice();
    void recordPayment();
    void print();

    /// The one-line summary of rows as the model holds them.
    static QString summaryText(const InvoiceListModel &model);

private:
    void startLoad();
    void loaded();
    void updateState();
    qint64 selectedId() const;
    /// The selected invoice as stored, or none (a sentence was shown).
    std::optional<Invoice> selectedInvoice();

    BillingDesk *m_desk = nullptr;
    Database *m_db = nullptr;
    qint64 m_accountId = 0;
    InvoiceListModel *m_model = nullptr;
    std::unique_ptr<BackgroundTask> m_load;
    std::shared_ptr<Result<QList<InvoiceService::Row>>> m_loading;
    qint64 m_loadingAccount = 0;
    bool m_loadAgain = false;
    bool m_fitColumns = true;
    qint64 m_keepSelected = 0;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace cd
