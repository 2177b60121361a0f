#pragma once

#include "domain/serviceitem.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cd {

class Database;

/// Adds or edits a line of a client's personalised service plan: what is delivered, how it
/// is tailored to this client, how often, the agreed response time and the consultant.
class ServiceItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceItemDialog)

public:
    /// `item.id` 0 adds a new line to the plan of `item.accountId`.
    ServiceItemDialog(Database &database, const ServiceItem &item, QWidget *parent = nullptr);

    ServiceItem item() const;
    QStringList problems() const { return m_problems; }
    QLineEdit *titleField() const { return m_title; }
    QSpinBox *responseField() const { return m_response; }
    /// Shown when someone else changed the service since the form was filled: reads it again
    /// into the form, dropping the edits made here.
    QPushButton *reloadButton() const { return m_reload; }

    void accept() override;

private:
    void fill(const ServiceItem &item);
    void reload();
    void revalidate();

    Database &m_db;
    ServiceItem m_original;
    QStringList m_problems;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_customisation = nullptr;
    QComboBox *m_frequency = nullptr;
    QSpinBox *m_response = nullptr;
    QLineEdit *m_consultant = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace cd
