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

/// A client report or the portfolio report for a chosen period: preview, print or save as
/// PDF. The data is read off the UI thread; a PDF is also built and written there. The
/// preview and the printer paint through ReportPrinter, as the PDF does.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    /// A client's report (`clientId`), or the portfolio report for 0.
    ReportDialog(Database &database, qint64 clientId, const QString &clientName,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    /// What a report is made from: a client's figures or the portfolio's.
    using Figures = std::variant<ClientReportData, PortfolioReportData>;

    /// Replaceable for tests: where to save the PDF ("" = cancelled).
    using AskPath = std::function<QString(const QString &suggested)>;
    void setAskPath(AskPath ask) { m_askPath = std::move(ask); }

    void preview();
    void print();
    void savePdf();
    /// Paints the report on `printer` (preview and print): data read first when needed.
    Result<int> paintOn(QPrinter *printer);

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QString message() const;
    /// Waits for a PDF being written (tests); false when it did not finish in time.
    bool waitForSave(int timeoutMs = 30000);

private:
    ReportPeriod period() const;
    /// The report's data for the period chosen, read on a BackgroundTask (the dialog waits
    /// with its buttons off); an error as a sentence.
    Result<Figures> read();
    void setBusy(bool busy, const QString &text = {});

    ReportService::Source m_reports; ///< the database, reached anew on the read's thread
    qint64 m_clientId = 0;
    QString m_clientName;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_buttons;
    std::unique_ptr<BackgroundTask> m_task;
    AskPath m_askPath;
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
