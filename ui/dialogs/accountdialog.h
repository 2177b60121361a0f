#pragma once

#include "domain/account.h"
#include "io/duplicates.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cd {

class Database;

/// Creates a new account (a client from the clients list). Every change is checked with
/// AccountService's rules; the problems show under the form and Save stays disabled
/// until there are none.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    AccountDialog(Database &database, AccountKind kind, QWidget *parent = nullptr);
    /// Edits an existing account's profile; Save updates it (optimistically).
    AccountDialog(Database &database, const Account &existing, QWidget *parent = nullptr);

    Account account() const;
    QStringList problems() const { return m_problems; }
    qint64 savedId() const { return m_savedId; }

    QLineEdit *nameField() const { return m_name; }
    QComboBox *industryField() const { return m_industry; }
    QComboBox *managerField() const { return m_manager; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *cityField() const { return m_city; }
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *taxIdField() const { return m_taxId; }
    /// The notice about likely duplicates of a new account, and the box that allows one.
    QLabel *duplicateLabel() const { return m_duplicateLabel; }
    QCheckBox *createAnywayBox() const { return m_createAnyway; }

    /// Shown when someone else changed the account since the form was filled: reads the
    /// account again into the form, dropping the edits made here.
    QPushButton *reloadButton() const { return m_reload; }

    void accept() override;

private:
    void fill(const Account &existing);
    void reload();
    void revalidate();
    void lookForDuplicates();

    Database &m_db;
    AccountKind m_kind;
    Account m_existing; ///< id 0 when creating
    QStringList m_problems;
    qint64 m_savedId = 0;
    QLineEdit *m_name = nullptr;
    QComboBox *m_legalForm = nullptr;
    QComboBox *m_industry = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_manager = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_taxId = nullptr;
    QPushButton *m_reload = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_duplicateLabel = nullptr;
    QCheckBox *m_createAnyway = nullptr;
    std::optional<DuplicateIndex> m_duplicates; ///< the stored accounts, built on first use
    QHash<qint64, Account> m_stored;
    bool m_looksDuplicate = false;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
