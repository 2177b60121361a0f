#pragma once

#include "services/billingrunservice.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd {

class BackgroundTask;
class BillingDesk;

/// "Bill Period…": a month (last month to start with) and, if wanted, another date for its
/// invoices; the run's proposals are worked out off the UI thread (Cancel stops waiting).
/// Then the review: a tree of the proposed drafts (client, contract, total) with their lines,
/// each draft and each line can be unchecked, a line's description and amount typed over;
/// "Create Drafts" stores them, "Create and Issue…" also issues them in one step (after
/// confirming their count and totals per currency) and then offers to save them as PDFs.
class BillPeriodDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillPeriodDialog)

public:
    enum Column { What, Contract, Kind, Amount, ColumnCount };

    explicit BillPeriodDialog(BillingDesk &desk, QWidget *parent = nullptr);
    ~BillPeriodDialog() override;

    /// "YYYY-MM" of the month chosen.
    QString period() const;
    /// Starts working out the proposals (off the UI thread).
    void propose();
    bool isProposing() const;
    /// Waits for the proposals (tests).
    bool waitForProposed(int timeoutMs);
    /// The proposals as reviewed: unchecked ones and lines left out, typed descriptions and
    /// amounts in, totals worked out; or the sentence naming what is wrong.
    Result<QList<BillingRunService::Proposal>> reviewed() const;
    /// Starts storing the reviewed drafts (and issuing them with `issue`, after asking) off
    /// the UI thread, in one transaction; false when refused before anything started (the
    /// problem shown). When stored the dialog is accepted; a failure is shown in it.
    bool create(bool issue);
    bool isStoring() const;
    /// Closes the dialog unless the drafts are being stored.
    void reject() override;
    /// Waits for the drafts to be stored (tests).
    bool waitForStored(int timeoutMs);

    const QList<qint64> &createdIds() const { return m_created; }
    const QStringList &issuedNumbers() const { return m_issued; }

    QComboBox *monthBox() const { return m_month; }
    QCheckBox *dateBox() const { return m_useDate; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *proposeButton() const { return m_propose; }
    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *issueButton() const { return m_issue; }

private:
    void buildChoosePage();
    void buildReviewPage();
    void proposed();
    void fillTree(const BillingRunService::Run &run);
    void updateSummary();
    /// reviewed(), each with the index of its proposal in the run.
    Result<QList<std::pair<int, BillingRunService::Proposal>>> review() const;
    void setProblem(const QString &problem);
    void setBusy(bool busy);
    void setStoring(bool storing);
    void stored();

    BillingDesk &m_desk;
    std::unique_ptr<BackgroundTask> m_task;
    std::shared_ptr<Result<BillingRunService::Run>> m_running;
    /// Storing the reviewed drafts: the ids created and the numbers issued, or the error.
    struct Stored
    {
        bool issue = false;
        QList<qint64> ids;
        Result<QStringList> numbers = QStringList();
    };
    std::unique_ptr<BackgroundTask> m_store;
    std::shared_ptr<Stored> m_stored;
    BillingRunService::Run m_run;
    QList<qint64> m_created;
    QStringList m_issued;
    bool m_filling = false;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_month = nullptr;
    QCheckBox *m_useDate = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_chooseHint = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_propose = nullptr;
    QPushButton *m_cancel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_close = nullptr;
    QProgressBar *m_storeProgress = nullptr;
};

} // namespace cd
