#pragma once

#include "reports/reportdata.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class Database;

/// Settings > Firm Profile: the name, address and logo every report carries in its header, and
/// the tax id (NPWP) and bank details printed on invoices.
class FirmProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmProfileDialog)

public:
    explicit FirmProfileDialog(Database &database, QWidget *parent = nullptr);

    /// Replaceable for tests: the picture file to use as logo ("" = cancelled).
    using AskFile = std::function<QString()>;
    void setAskFile(AskFile ask) { m_askFile = std::move(ask); }

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *addressField() const { return m_address; }
    QLineEdit *taxIdField() const { return m_taxId; }
    QLineEdit *bankField() const { return m_bank; }
    QLineEdit *accountNameField() const { return m_accountName; }
    QLineEdit *accountNumberField() const { return m_accountNumber; }
    QPlainTextEdit *paymentNoteField() const { return m_paymentNote; }
    QString message() const;
    /// Reads a picture for the logo (scaled to at most 600 × 300, kept as PNG); false after
    /// saying why when the file is not a picture.
    bool chooseLogo();
    void removeLogo();
    /// Stores the profile; false after saying why.
    bool save();

private:
    void showLogo();

    Database &m_database;
    FirmProfile m_profile;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_taxId = nullptr;
    QLineEdit *m_bank = nullptr;
    QLineEdit *m_accountName = nullptr;
    QLineEdit *m_accountNumber = nullptr;
    QPlainTextEdit *m_paymentNote = nullptr;
    QLabel *m_logo = nullptr;
    QLabel *m_message = nullptr;
    AskFile m_askFile;
};

} // namespace cd
