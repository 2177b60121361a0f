#pragma once

#include "domain/contract.h"
#include "domain/invoice.h"
#include "services/contractservice.h"

#include <QDialog>
#include <QGroupBox>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;

/// One instalment or milestone of a fixed fee: kind, description, due date, amount and, for
/// a milestone, the day it was done. Checks as the user types (ContractService's rules on
/// the contract as the contract form describes it); OK stays disabled until nothing is wrong.
class InstalmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstalmentDialog)

public:
    InstalmentDialog(const Contract &contract, const Instalment &instalment,
                     QWidget *parent = nullptr);

    Instalment instalment() const;
    QStringList problems() const { return m_problems; }

    QComboBox *kindField() const { return m_kind; }
    QLineEdit *descriptionField() const { return m_description; }
    QDateEdit *dueField() const { return m_due; }
    QLineEdit *amountField() const { return m_amount; }
    QCheckBox *doneField() const { return m_done; }
    QDateEdit *doneOnField() const { return m_doneOn; }

private:
    void revalidate();

    Contract m_contract;
    Instalment m_original;
    QStringList m_problems;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_description = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_amount = nullptr;
    QCheckBox *m_done = nullptr;
    QDateEdit *m_doneOn = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// The contract form's schedule of a fixed fee: its instalments and milestones in a table
/// with Add…, Edit… and Remove, and their sum against the fee. Each change is saved at once
/// through ContractService (not with the contract's Save); an instalment an invoice holds
/// shows the invoice and can no longer be changed or removed.
class InstalmentSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstalmentSection)

public:
    InstalmentSection(Database &database, QWidget *parent = nullptr);

    /// The contract as the form describes it now (its id, term and currency; the fee the
    /// sum is compared with). Reads its schedule again when the contract is another one.
    void setContract(const Contract &contract);
    /// Reads the schedule again.
    void reload();

    const QList<ContractService::ScheduledInstalment> &schedule() const { return m_schedule; }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    /// "Scheduled: … of the fee …".
    QString sumText() const;
    /// The last refusal or error, or "".
    QString messageText() const;

    /// Opens the instalment form; true and `instalment` filled when accepted. Tests put
    /// their own; `confirm` asks before a removal.
    using Editor = std::function<bool(const Contract &, Instalment &, QWidget *)>;
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    void setConfirm(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    void addInstalment();
    void editInstalment();
    void removeInstalment();

private:
    void fillTable();
    void updateState();
    const ContractService::ScheduledInstalment *selected() const;
    void showMessage(const QString &text);

    Database &m_db;
    Contract m_contract;
    QList<ContractService::ScheduledInstalment> m_schedule;
    Editor m_editor;
    std::function<bool(const QString &)> m_confirm;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_sum = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace cd
