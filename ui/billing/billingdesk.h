#pragma once

#include <QObject>

#include <functional>

class QDialog;
class QWidget;

namespace cd {

class Database;
class UserPrompts;

/// What the billing pages share (issue 27): the open database, how they tell the user
/// something, and the printed invoice (the report engine's preview, print and PDF, set by the
/// window). Every write through a billing dialog says so with invoicesChanged(), so every list
/// reads again.
class BillingDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingDesk)

public:
    /// Messages go to `prompts` (which must outlive the desk).
    explicit BillingDesk(UserPrompts &prompts, QObject *parent = nullptr);

    void setPrompts(UserPrompts &prompts) { m_prompts = &prompts; }
    UserPrompts &prompts() const { return *m_prompts; }
    void setDatabase(Database *database);
    Database *database() const { return m_db; }

    /// Opens the printed invoice (preview, print, PDF) for one invoice.
    using PrintInvoice = std::function<void(Database &, qint64 invoiceId, QWidget *parent)>;
    /// Writes the PDFs of these invoices into a folder, off the UI thread (with progress).
    using SavePdfs
        = std::function<void(Database &, const QList<qint64> &invoiceIds, QWidget *parent)>;
    void setPrintInvoice(PrintInvoice print) { m_print = std::move(print); }
    void setSavePdfs(SavePdfs save) { m_savePdfs = std::move(save); }
    bool canPrint() const { return bool(m_print); }
    bool canSavePdfs() const { return bool(m_savePdfs); }
    void printInvoice(qint64 invoiceId, QWidget *parent) const;
    void savePdfs(const QList<qint64> &invoiceIds, QWidget *parent) const;

    /// Runs one of the billing dialogs (void, credit note, payment, a run's review): exec() in
    /// the app; tests replace it to fill the dialog in and press its buttons. Returns the
    /// dialog's result.
    using DialogRunner = std::function<int(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    int exec(QDialog &dialog) const;

    /// Says that invoices or payments were written (the lists read again).
    void notifyChanged() { emit invoicesChanged(); }

signals:
    void databaseChanged();
    void invoicesChanged();
    /// A client's page should show (from the receivables).
    void clientActivated(qint64 accountId);

private:
    UserPrompts *m_prompts;
    Database *m_db = nullptr;
    PrintInvoice m_print;
    SavePdfs m_savePdfs;
    DialogRunner m_runDialog;
};

} // namespace cd
