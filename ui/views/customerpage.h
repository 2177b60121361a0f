#pragma once

#include "domain/account.h"
#include "domain/contact.h"
#include "domain/revenueentry.h"

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cd {

class AccountOpportunities;

class Database;

/// One transactional customer: profile and purchase figures, behaviour tags with the reason
/// each holds, contacts and their roles (who buys is not always who uses), purchase history
/// with products, discounts and promotions, and interactions. Record Sale, Log Interaction,
/// Edit Profile, New Contact and Convert to Client act on it.
class CustomerPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPage)

public:
    explicit CustomerPage(QWidget *parent = nullptr);
    ~CustomerPage() override;

    void setDatabase(Database *database);
    /// Shows the customer with this id; returns false (and says why on the page) if it cannot.
    bool showCustomer(qint64 accountId);
    qint64 customerId() const { return m_accountId; }

    QTabWidget *tabs() const { return m_tabs; }
    QLabel *headerLabel() const { return m_name; }
    QLabel *figuresLabel() const { return m_figures; }
    QTableWidget *tagsTable() const { return m_tags; }
    QTableWidget *contactsTable() const { return m_contacts; }
    AccountOpportunities *opportunities() const { return m_opportunities; }
    QTableWidget *purchasesTable() const { return m_purchases; }
    QTableWidget *interactionsTable() const { return m_interactions; }
    QPushButton *recordSaleButton() const { return m_recordSale; }
    QPushButton *convertButton() const { return m_convert; }
    QPushButton *logInteractionButton() const { return m_logInteraction; }
    QPushButton *newContactButton() const { return m_newContact; }
    QPushButton *editProfileButton() const { return m_editProfile; }
    /// The last message the page showed about an action (errors as sentences).
    QString message() const;

    /// Replaceable so tests can answer the dialogs these actions open.
    using AccountAction = std::function<bool(Database &, qint64 accountId, QWidget *)>;
    void setSaleEditor(AccountAction editor) { m_saleEditor = std::move(editor); }
    void setInteractionEditor(AccountAction editor) { m_interactionEditor = std::move(editor); }
    using ContactEditor = std::function<bool(Database &, const Contact &, QWidget *)>;
    void setContactEditor(ContactEditor editor) { m_contactEditor = std::move(editor); }
    using ProfileEditor = std::function<bool(Database &, const Account &, QWidget *)>;
    void setProfileEditor(ProfileEditor editor) { m_profileEditor = std::move(editor); }
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    /// At most this many purchases are listed, the most recent first.
    static constexpr int kPurchaseRows = 500;

signals:
    void backRequested();
    /// Something of the customer changed (the list's figures are stale).
    void customerChanged(qint64 accountId);
    /// The customer is a client now; its client page should open.
    void converted(qint64 accountId);

private:
    void setDefaultEditors();
    QPushButton *buildHeader(); ///< returns the back button, for buildLayout()
    QWidget *buildOverviewTab();
    QWidget *buildPurchasesTab();
    QWidget *buildContactsTab();
    QWidget *buildInteractionsTab();
    void buildLayout(QPushButton *back);
    void fillProfile(const Account &account);
    void fillContacts();
    void fillPurchases();
    void fillInteractions();
    void recordSale();
    void logInteraction();
    void newContact();
    void editProfile();
    void convertToClient();
    void afterChange(const QString &error);

    Database *m_db = nullptr;
    qint64 m_accountId = 0;
    QString m_accountName;
    AccountAction m_saleEditor;
    AccountAction m_interactionEditor;
    ContactEditor m_contactEditor;
    ProfileEditor m_profileEditor;
    Confirm m_confirm;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_profile = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_tags = nullptr;
    QTableWidget *m_contacts = nullptr;
    QTableWidget *m_purchases = nullptr;
    QLabel *m_purchasesNote = nullptr;
    QTableWidget *m_interactions = nullptr;
    AccountOpportunities *m_opportunities = nullptr;
    QPushButton *m_recordSale = nullptr;
    QPushButton *m_convert = nullptr;
    QPushButton *m_logInteraction = nullptr;
    QPushButton *m_newContact = nullptr;
    QPushButton *m_editProfile = nullptr;
};

} // namespace cd
