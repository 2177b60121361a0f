#pragma once

#include "services/invoiceservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cd {

class BackgroundTask;
class BillingDesk;
class InvoiceListModel;

/// The Contracts area's invoices and credit notes: filters for the state (overdue too), the
/// invoice date from and to and a search (number, client, contract), remembered like the
/// other lists' filters; sortable columns; Export…; a double-click opens the invoice; New
/// Invoice…, Bill Period…, Record Payment…, Void…, Credit Note…, Print/PDF… and Delete Draft on
/// the selected one. Print/PDF… on one invoice opens its preview, print and PDF dialog; on
/// several (Ctrl or Shift and a click) it writes them into a folder as PDFs; never on drafts.
/// The list is read off the UI thread.
class InvoicesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoicesTab)

public:
    explicit InvoicesTab(BillingDesk &desk, QWidget *parent = nullptr);
    ~InvoicesTab() override;

    /// Reads the list again (off the UI thread).
    void reload();
    /// The filter the fields say.
    InvoiceService::Filter currentFilter() const;
    bool isLoading() const;
    /// Waits for the read (tests).
    bool waitForLoaded(int timeoutMs);
    /// Lists only this client's invoices (0: every client), e.g. from the receivables.
    void showClient(qint64 accountId, const QString &name);

    InvoiceListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *stateFilter() const { return m_state; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *billButton() const { return m_bill; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *voidButton() const { return m_void; }
    QPushButton *creditButton() const { return m_credit; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *countLabel() const { return m_count; }
    QLabel *emptyLabel() const { return m_empty; }

    void newInvoice();
    void billPeriod();
    void openInvoice();
    void recordPayment();
    void voidInvoice();
    void creditNote();
    void print();
    void deleteDraft();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    void buildButtons();
    void startLoad();
    void loaded();
    void updateState();
    /// Print/PDF…: one invoice (not a draft) printed, or several saved as PDFs.
    void updatePrint();
    void saveFilter() const;
    void restoreFilter();
    /// The selected invoice's id; 0 when none or several are selected.
    qint64 selectedId() const;
    QList<qint64> selectedIds() const;
    /// The selected invoice as stored, or none (a sentence was shown).
    std::optional<Invoice> selectedInvoice();

    BillingDesk &m_desk;
    InvoiceListModel *m_model = nullptr;
    std::unique_ptr<BackgroundTask> m_load;
    std::shared_ptr<Result<QList<InvoiceService::Row>>> m_loading;
    bool m_loadAgain = false;
    bool m_stale = true; ///< read again when next shown
    bool m_restoring = false;
    bool m_fitColumns = false;
    qint64 m_keepSelected = 0;
    qint64 m_client = 0;
    QString m_clientName;
    QComboBox *m_state = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPushButton *m_clearClient = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_bill = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_void = nullptr;
    QPushButton *m_credit = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace cd
