#pragma once

#include "domain/contract.h"
#include "models/contractlistmodel.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace cd {

class BackgroundTask;
class Database;

/// The Contracts area: tabs whose first is every contract of every client (ContractListModel)
/// with search, filters for status, billing model, manager, "ends or notice within N days"
/// and renewal, sortable and movable columns, Export…, and a double-click that opens the
/// contract's form. The filters and the columns are remembered (QSettings "contracts/…").
/// Other parts of billing add their own tabs with addTab().
class ContractsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractsView)

public:
    explicit ContractsView(QWidget *parent = nullptr);
    ~ContractsView() override;

    /// Works on `database` from now on (or on nothing); the caller keeps it alive.
    void setDatabase(Database *database);
    /// Reads every contract again as of today, keeping filters, order and selection; the
    /// hours used and the time not invoiced follow from a read off the UI thread.
    void reload();
    /// Waits (handling events) until the hours and the time not invoiced are filled in;
    /// false after `timeoutMs` (tests and benchmarks).
    bool waitForTime(int timeoutMs);

    /// Adds a tab after the contract list (e.g. "Invoices", "Receivables"); returns its index.
    int addTab(QWidget *page, const QString &title);
    QTabWidget *tabs() const { return m_tabs; }

    ContractListModel *model() const { return m_model.get(); }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *billingFilter() const { return m_billing; }
    QComboBox *managerFilter() const { return m_manager; }
    QComboBox *withinFilter() const { return m_within; }
    QComboBox *renewalFilter() const { return m_renewal; }
    QToolButton *exportButton() const { return m_export; }
    /// "12 of 372 contracts", or why nothing shows.
    QString countText() const;
    /// The sentence shown instead of the list (no contracts, none matches, an error), or "".
    QString emptyText() const;

    /// Opens the form of a contract; true when it was saved. Tests put their own.
    using Editor = std::function<bool(Database &, const Contract &, QWidget *)>;
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    /// Opens contract `id` in the form and reloads the list when it was saved.
    void openContract(qint64 id);

signals:
    /// A contract changed through the form (the client pages follow on their next show).
    void contractChanged(qint64 contractId);
    /// Start Timer in a contract's form.
    void startTimerRequested(qint64 accountId, qint64 contractId, qint64 requestId);

private:
    QWidget *buildListPage();
    void buildFilters();
    void applyFilter();
    void updateState();
    void readTime();
    void timeRead();
    void fitTimeColumns();
    void saveLayout() const;
    void restoreLayout();

    Database *m_database = nullptr;
    std::unique_ptr<ContractListModel> m_model;
    std::unique_ptr<BackgroundTask> m_timeTask;
    /// Filled by the running read on its thread; the UI thread takes it when it finishes.
    std::shared_ptr<Result<ContractListModel::TimeFigures>> m_timeResult;
    bool m_readTimeAgain = false;
    Editor m_editor;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_billing = nullptr;
    QComboBox *m_manager = nullptr;
    QComboBox *m_within = nullptr;
    QComboBox *m_renewal = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QString m_error;
    bool m_restoring = false;
    bool m_loaded = false;
    bool m_fitColumns = false;
    bool m_fitTimeColumns = false; ///< fitted once their figures have come in
    /// The manager chosen before a restart: the choices exist only once contracts are read.
    QVariant m_storedManager;
};

} // namespace cd
