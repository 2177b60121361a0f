#pragma once

#include "domain/billingsettings.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {

/// Settings' Billing tab (issue 27): how invoices, credit notes and contracts are numbered
/// (each pattern with a live example, "INV/2026/00001", or the sentence saying what is wrong
/// with it), the payment terms in days, the tax's name and rate, and whether prices include
/// it. SettingsDialog stores them with the other firm settings (SettingsService::FirmSettings,
/// one transaction). Read-only for those who may not change the firm's settings (on a
/// server, everyone but managers).
class BillingSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BillingSettingsPage)

public:
    BillingSettingsPage(const BillingSettings &stored, bool canChange, QWidget *parent = nullptr);

    /// The settings as the fields say.
    BillingSettings settings() const;
    void setSettings(const BillingSettings &settings);
    /// What is wrong with the fields, one sentence each (empty when they can be saved).
    QStringList problems() const;

    QLineEdit *invoicePatternField() const { return m_invoice; }
    QLineEdit *creditNotePatternField() const { return m_creditNote; }
    QLineEdit *contractPatternField() const { return m_contract; }
    /// The example or the problem under each pattern.
    QLabel *invoiceExample() const { return m_invoiceExample; }
    QLabel *creditNoteExample() const { return m_creditNoteExample; }
    QLabel *contractExample() const { return m_contractExample; }
    QSpinBox *paymentTermsField() const { return m_terms; }
    QDoubleSpinBox *taxRateField() const { return m_rate; }
    QLineEdit *taxLabelField() const { return m_label; }
    QCheckBox *pricesIncludeTaxField() const { return m_includesTax; }

private:
    QLineEdit *addPattern(QLineEdit *&field, QLabel *&example);
    void showExample(const QLineEdit *field, QLabel *example) const;

    QLineEdit *m_invoice = nullptr;
    QLineEdit *m_creditNote = nullptr;
    QLineEdit *m_contract = nullptr;
    QLabel *m_invoiceExample = nullptr;
    QLabel *m_creditNoteExample = nullptr;
    QLabel *m_contractExample = nullptr;
    QSpinBox *m_terms = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QLineEdit *m_label = nullptr;
    QCheckBox *m_includesTax = nullptr;
};

} // namespace cd
