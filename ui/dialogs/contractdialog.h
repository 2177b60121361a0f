#pragma once

#include "domain/contract.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cd {

class ContractHoursPanel;
class Database;
class InstalmentSection;

/// Creates or edits a client's contract. Every change is checked at once with the
/// repository's rules; the problems show under the form as sentences and Save stays
/// disabled until there are none. Saving goes through ContractService, so a duplicate
/// reference (which only the database can see) is reported the same way.
class ContractDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractDialog)

public:
    /// `contract.id` 0 creates a new contract for `contract.accountId`.
    ContractDialog(Database &database, const Contract &contract, QWidget *parent = nullptr);

    /// The contract as the form describes it now.
    Contract contract() const;
    /// The problems shown, one sentence each; empty when the form is valid.
    QStringList problems() const { return m_problems; }
    qint64 savedId() const { return m_savedId; }

    QLineEdit *referenceField() const { return m_reference; }
    QLineEdit *feeField() const { return m_fee; }
    QComboBox *billingModelField() const { return m_model; }
    QDateEdit *startField() const { return m_start; }
    QDateEdit *endField() const { return m_end; }
    QSpinBox *noticeField() const { return m_notice; }
    QSpinBox *hoursField() const { return m_hours; }
    /// A retainer's included hours per month ("20", "20:30", "12.5"), whether unused hours
    /// roll over one month, and the rate of the hours over them; a fixed fee's hour budget.
    /// Shown for their billing model only.
    QLineEdit *includedField() const { return m_included; }
    QCheckBox *rolloverField() const { return m_rollover; }
    QLineEdit *overageField() const { return m_overage; }
    QLineEdit *budgetField() const { return m_budget; }
    /// Payment terms in days from an invoice's date; the lowest value (-1) shows "the firm's
    /// setting" and stores none.
    QSpinBox *paymentTermsField() const { return m_terms; }
    /// A fixed fee's instalments and milestones (shown for fixed fees only).
    InstalmentSection *instalmentSection() const { return m_instalments; }
    /// Shown when someone else changed the contract since the form was filled: reads it again
    /// into the form, dropping the edits made here.
    QPushButton *reloadButton() const { return m_reload; }
    /// A saved retainer's or fixed fee's hours: used / included this month (or used / budget)
    /// as a bar with the trend of the last 12 months, as on the client's page.
    ContractHoursPanel *hoursPanel() const { return m_hoursPanel; }
    /// Starts a timer on this contract (saved contracts only; startTimerRequested()).
    QPushButton *startTimerButton() const { return m_startTimer; }

    void accept() override;

signals:
    /// Start Timer: on this contract of its client (no request).
    void startTimerRequested(qint64 accountId, qint64 contractId, qint64 requestId);

private:
    void fill(const Contract &contract);
    void reload();
    void revalidate();
    /// The time fields, their rows in `form` and what they check.
    void createTimeFields();
    void addTimeRows(QFormLayout *form, const QString &currency);
    QStringList timeProblems() const;
    /// The payment terms field, its text from the firm's setting.
    void createTermsField();
    /// A new contract's reference from the numbering pattern (Settings › Billing).
    void suggestReference(const Contract &contract);

    Database &m_db;
    Contract m_original;
    QStringList m_problems;
    qint64 m_savedId = 0;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_fee = nullptr;
    QLabel *m_feeUnit = nullptr;
    QSpinBox *m_hours = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_included = nullptr;
    QCheckBox *m_rollover = nullptr;
    QLineEdit *m_overage = nullptr;
    QWidget *m_overageRow = nullptr;
    QLineEdit *m_budget = nullptr;
    QDateEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_end = nullptr;
    QCheckBox *m_autoRenew = nullptr;
    QSpinBox *m_renewalMonths = nullptr;
    QSpinBox *m_notice = nullptr;
    QLabel *m_deadline = nullptr;
    QPlainTextEdit *m_scope = nullptr;
    QPlainTextEdit *m_clause = nullptr;
    QSpinBox *m_terms = nullptr;
    InstalmentSection *m_instalments = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reload = nullptr;
    ContractHoursPanel *m_hoursPanel = nullptr;
    QPushButton *m_startTimer = nullptr;
};

} // namespace cd
