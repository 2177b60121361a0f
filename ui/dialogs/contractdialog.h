#pragma once

#include "domain/contract.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace cd {

class Database;

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
    /// Shown when someone else changed the contract since the form was filled: reads it again
    /// into the form, dropping the edits made here.
    QPushButton *reloadButton() const { return m_reload; }

    void accept() override;

private:
    void fill(const Contract &contract);
    void reload();
    void revalidate();

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
    QDateEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_end = nullptr;
    QCheckBox *m_autoRenew = nullptr;
    QSpinBox *m_renewalMonths = nullptr;
    QSpinBox *m_notice = nullptr;
    QLabel *m_deadline = nullptr;
    QPlainTextEdit *m_scope = nullptr;
    QPlainTextEdit *m_clause = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace cd
