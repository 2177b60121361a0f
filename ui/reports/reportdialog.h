#pragma once

#include "reports/clientreport.h"
#include "reports/reportdata.h"
#include "result.h"
#include "services/reportservice.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <variant>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressBar;
class QPushButton;

namespace cd {

class BackgroundTask;
class Database;
class ReportBatch;

/// A client report or the portfolio report for a chosen period, or an issued invoice or
/// credit note (issue 27): preview, print or save as PDF. The data is read off the UI thread;
/// a PDF is also built and written there. The preview and the printer paint through
/// ReportPrinter, as the PDF does (the same paper, the same "Page X of Y").
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    /// A client's report (`clientId`), or the portfolio report for 0.
    ReportDialog(Database &database, qint64 clientId, const QString &clientName,
                 QWidget *parent = nullptr);
    /// The printed invoice or credit note `invoiceId` (InvoiceReport): no period to choose.
    /// Its number and client are read off the UI thread as the dialog opens (the buttons wait
    /// for them); a draft is refused (it has no number yet), and so is an invoice not found.
    static std::unique_ptr<ReportDialog> forInvoice(Database &database, qint64 invoiceId,
                                                    QWidget *parent = nullptr);
    ~ReportDialog() override;

    /// What a report is made from: a client's figures, the portfolio's, or an invoice.
    using Figures = std::variant<ClientReportData, PortfolioReportData, InvoiceReportData>;

    /// Replaceable for tests: where to save the PDF ("" = cancelled).
    using AskPath = std::function<QString(const QString &suggested)>;
    void setAskPath(AskPath ask) { m_askPath = std::move(ask); }
    /// Replaceable for tests: runs the preview (a QPrintPreviewDialog) and the print dialog (a
    /// QPrintDialog) instead of exec(); returns the dialog's result.
    using DialogRunner = std::function<int(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    void preview();
    void print();
    void savePdf();
    /// Paints the report on `printer` (preview and print): data read first when needed.
    Result<int> paintOn(QPrinter *printer);

    /// The period's fields; null for an invoice.
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QString heading() const;
    QString message() const;
    /// The Preview…, Print… and Save as PDF… buttons.
    QList<QPushButton *> actionButtons() const { return m_buttons; }
    /// Waits for what the dialog does off the UI thread (a PDF being written, the invoice
    /// being read as the dialog opens; tests); false when it did not finish in time.
    bool waitForSave(int timeoutMs = 30000);

    /// What the dialog prints.
    enum class Kind { Client, Portfolio, Invoice };

private:
    ReportDialog(Database &database, Kind kind, qint64 id, const QString &name, QWidget *parent);
    /// The invoice's number and client, read as the dialog opens.
    void readInvoiceHeading();
    QString suggestedFileName() const;
    QString previewTitle() const;
    ReportPeriod period() const;
    /// The report's data for the period chosen, read on a BackgroundTask (the dialog waits
    /// with its buttons off); an error as a sentence.
    Result<Figures> read();
    void setBusy(bool busy, const QString &text = {});

    ReportService::Source m_reports; ///< the database, reached anew on the read's thread
    QString m_location; ///< the database's, for the recent reports
    Kind m_kind;
    qint64 m_id = 0; ///< the client's or the invoice's
    QString m_name; ///< the client's name, or the invoice's number once read
    bool m_creditNote = false;
    QLabel *m_heading = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_buttons;
    std::unique_ptr<BackgroundTask> m_task;
    AskPath m_askPath;
    DialogRunner m_runDialog;
    QString m_savedMessage;
};

/// Every active client of one manager (or all) into a folder of PDFs, with progress and Cancel.
class BatchReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchReportDialog)

public:
    BatchReportDialog(Database &database, QWidget *parent = nullptr);
    ~BatchReportDialog() override;

    /// The manager (0: all), period and folder, as a recent batch had them.
    void setChoice(qint64 managerId, const QDate &from, const QDate &to, const QString &folder);
    QComboBox *managerBox() const { return m_manager; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QString message() const;
    bool isRunning() const;
    /// Waits for the batch (tests); false when it did not finish in time.
    bool waitForFinished(int timeoutMs = 60000);

    void start();

private:
    Database &m_database;
    QComboBox *m_manager = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_folder = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    std::unique_ptr<ReportBatch> m_batch;
};

} // namespace cd
