#pragma once

#include "domain/contact.h"
#include "domain/interaction.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class Database;

/// Logs a call, meeting, email, visit or note with a client, optionally with a follow-up
/// date that becomes a reminder. Checked with InteractionService's rules as the user types.
class InteractionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionDialog)

public:
    InteractionDialog(Database &database, qint64 accountId, const QList<Contact> &contacts,
                      QWidget *parent = nullptr);

    Interaction interaction() const;
    QStringList problems() const { return m_problems; }
    QLineEdit *subjectField() const { return m_subject; }
    QCheckBox *followUpBox() const { return m_hasFollowUp; }
    QDateEdit *followUpField() const { return m_followUp; }

    void accept() override;

private:
    void revalidate();

    Database &m_db;
    qint64 m_accountId;
    QStringList m_problems;
    QComboBox *m_type = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_contact = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_hasFollowUp = nullptr;
    QDateEdit *m_followUp = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cd
