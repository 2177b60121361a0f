#pragma once

#include "domain/account.h"
#include "reports/recentreports.h"
#include "result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QUrl;

namespace cd {

class BackgroundTask;
class Database;

/// The Reports area (issue 29): the reports the app makes — a client's, the portfolio's, the
/// client reports of a manager as a batch, and the invoices (printed from the Contracts
/// area) — each opening its dialog with the period and options, preview, print and PDF; the
/// folder reports go to by default; and the reports made on this computer lately (name,
/// period, when, where) to open, show in their folder, make again or take off the list. The
/// clients to choose from are read off the UI thread.
class ReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    explicit ReportsView(QWidget *parent = nullptr);
    ~ReportsView() override;

    /// The database the reports are made from, or none.
    void setDatabase(Database *database);
    /// Reads the clients and the recent reports again (the area is shown).
    void reload();
    /// Waits for the clients being read (tests); false when they did not come in time.
    bool waitForLoaded(int timeoutMs);

    /// Replaceable for tests: runs a report dialog (exec() by default) and returns its result;
    /// asks for a folder ("" = cancelled); opens a file or folder with the desktop.
    using DialogRunner = std::function<int(QDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    using FolderChooser = std::function<QString(const QString &current)>;
    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    using Opener = std::function<bool(const QUrl &)>;
    void setOpener(Opener opener) { m_open = std::move(opener); }

    void makeClientReport();
    void makePortfolioReport();
    void makeClientBatch();
    void chooseFolder();
    /// The recent report on `row`: opened (a PDF, or a batch's folder), its folder shown, made
    /// again with the same choices, or taken off the list (the file stays).
    void openRecent(int row);
    void showRecentFolder(int row);
    void makeAgain(int row);
    void forgetRecent(int row);

    QComboBox *clientBox() const { return m_client; }
    QPushButton *clientReportButton() const { return m_clientReport; }
    QPushButton *portfolioButton() const { return m_portfolio; }
    QPushButton *batchButton() const { return m_batch; }
    QPushButton *invoicesButton() const { return m_invoices; }
    QLabel *folderLabel() const { return m_folder; }
    QPushButton *folderButton() const { return m_changeFolder; }
    QTableWidget *recentTable() const { return m_recent; }
    QLabel *recentEmptyLabel() const { return m_recentEmpty; }
    QPushButton *openButton() const { return m_openRecent; }
    QPushButton *showFolderButton() const { return m_showFolder; }
    QPushButton *makeAgainButton() const { return m_makeAgain; }
    QPushButton *forgetButton() const { return m_forget; }
    QLabel *messageLabel() const { return m_message; }

    enum RecentColumn { Report, Period, Made, Place, RecentColumnCount };

signals:
    /// Invoices…: the Contracts area's invoices, where they are chosen and printed.
    void invoicesRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildMakers();
    QWidget *buildRecent();
    void startLoad();
    void loaded();
    void fillRecent();
    void updateState();
    void setMessage(const QString &text);
    /// Runs a report dialog and shows the recent reports again afterwards.
    void run(QDialog &dialog);
    /// The entry on `row` of the recent list, if it is one.
    const RecentReports::Entry *recentAt(int row) const;

    Database *m_db = nullptr;
    std::unique_ptr<BackgroundTask> m_load;
    std::shared_ptr<Result<QList<Account>>> m_loading;
    bool m_loadAgain = false;
    QList<RecentReports::Entry> m_entries;
    DialogRunner m_runDialog;
    FolderChooser m_chooseFolder;
    Opener m_open;
    QComboBox *m_client = nullptr;
    QPushButton *m_clientReport = nullptr;
    QPushButton *m_portfolio = nullptr;
    QPushButton *m_batch = nullptr;
    QPushButton *m_invoices = nullptr;
    QLabel *m_folder = nullptr;
    QPushButton *m_changeFolder = nullptr;
    QStackedWidget *m_recentStack = nullptr;
    QTableWidget *m_recent = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QPushButton *m_openRecent = nullptr;
    QPushButton *m_showFolder = nullptr;
    QPushButton *m_makeAgain = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cd
