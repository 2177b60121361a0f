#pragma once

#include "domain/account.h"
#include "domain/opportunity.h"
#include "domain/user.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cd {

class Database;

/// Creates or edits an opportunity: account, title, deal type, expected value, probability
/// (the stage's default until changed), first contact, expected close, owner and next step.
/// A new one also gets its starting stage; an existing one changes stage on the board.
/// Checked with the pipeline's rules (OpportunityService) as the user types.
class OpportunityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunityDialog)

public:
    /// A new opportunity, for `accountId` when it is not 0.
    OpportunityDialog(Database &database, qint64 accountId, QWidget *parent = nullptr);
    /// Edits a stored opportunity.
    OpportunityDialog(Database &database, const Opportunity &opportunity,
                      QWidget *parent = nullptr);

    Opportunity opportunity() const;
    qint64 savedId() const { return m_savedId; }
    QStringList problems() const { return m_problems; }

    QComboBox *accountField() const { return m_account; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *valueField() const { return m_value; }
    QSpinBox *probabilityField() const { return m_probability; }
    QComboBox *stageField() const { return m_stage; }
    QDateEdit *firstContactField() const { return m_firstContact; }
    QCheckBox *expectedCloseBox() const { return m_hasExpectedClose; }
    QDateEdit *expectedCloseField() const { return m_expectedClose; }
    QLabel *problemLabel() const { return m_problemLabel; }
    /// Shown when someone else changed the opportunity since the form was filled: reads it
    /// again into the form, dropping the edits made here.
    QPushButton *reloadButton() const { return m_reload; }

    void accept() override;

private:
    void build(qint64 accountId);
    void buildAccountField(const QList<Account> &accounts, qint64 accountId, bool isNew);
    /// Title, deal type, stage, probability and value; returns the value's row.
    QLayout *buildDealFields(bool isNew);
    /// First contact and expected close; returns the expected close's row.
    QLayout *buildDateFields();
    /// The problem label and the buttons.
    void buildButtons();
    void connectFields();
    void fill(const Opportunity &opportunity);
    void reload();
    void revalidate();
    void accountChanged();

    Database &m_db;
    Opportunity m_original;
    QString m_currency;
    QString m_firmCurrency;
    QLabel *m_currencyLabel = nullptr;
    qint64 m_savedId = 0;
    bool m_dealTypeTouched = false;
    QStringList m_problems;
    QList<User> m_users; ///< for the owner list
    QComboBox *m_account = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_dealType = nullptr;
    QComboBox *m_stage = nullptr;
    QSpinBox *m_probability = nullptr;
    QLineEdit *m_value = nullptr;
    QDateEdit *m_firstContact = nullptr;
    QCheckBox *m_hasExpectedClose = nullptr;
    QDateEdit *m_expectedClose = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_nextStep = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace cd
