#pragma once

#include "domain/contact.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class Database;

/// Adds or edits a contact of an account with the roles that make plain who decides, who
/// buys, who uses the service and who receives the invoices.
class ContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDialog)

public:
    /// `contact.id` 0 adds a new contact to `contact.accountId`.
    ContactDialog(Database &database, const Contact &contact, QWidget *parent = nullptr);

    Contact contact() const;
    QStringList problems() const { return m_problems; }
    qint64 savedId() const { return m_savedId; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QCheckBox *roleBox(ContactRole role) const { return m_roles.value(role); }
    /// Shown when someone else changed the contact since the form was filled: reads it again
    /// into the form, dropping the edits made here.
    QPushButton *reloadButton() const { return m_reload; }

    void accept() override;

private:
    void fill(const Contact &contact);
    void reload();
    void revalidate();

    Database &m_db;
    Contact m_original;
    QStringList m_problems;
    qint64 m_savedId = 0;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QMap<ContactRole, QCheckBox *> m_roles;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace cd
