#pragma once

#include "domain/exchangerate.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace cd {

/// Settings > Exchange rates > Add… or Edit…: the day, the currency and the rate, typed in the
/// user's locale ("16.245,50" in Bahasa Indonesia). The rate is checked as it is typed once
/// the field has been left: the sentence under it says what is wrong, or what the rate means
/// ("1 USD = 16,245.50 IDR"). OK stores it through the saver; when that refuses, the dialog
/// stays open with the reason.
class RateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateDialog)

public:
    /// Stores a rate; returns the reason it was not stored, empty on success.
    using Saver = std::function<QString(const RateEntry &)>;

    RateDialog(const QString &firmCurrency, Saver saver, QWidget *parent = nullptr);

    /// Edit…: shows a stored rate.
    void setRate(const RateEntry &rate);

    /// What the fields hold when it can be stored, else nullopt with the reason in problem().
    std::optional<RateEntry> rateEntry() const;
    /// The sentence under the rate field (a problem, or what the rate means).
    QString rateNote() const;
    /// Why the last OK did not store (the saver's reason), else empty.
    QString saveProblem() const;

    QDateEdit *dateField() const { return m_date; }
    QComboBox *currencyField() const { return m_currency; }
    QLineEdit *rateField() const { return m_rate; }

    void accept() override;

private:
    void updateNote();
    Result<ExchangeRate> typedRate() const;
    QString currencyProblem() const;

    QString m_firm;
    Saver m_saver;
    QDateEdit *m_date = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_rate = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_problem = nullptr;
    bool m_rateLeft = false; ///< the rate field was left once: its sentence shows from then on
};

} // namespace cd
