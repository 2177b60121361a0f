#pragma once

#include "domain/account.h"
#include "domain/contact.h"
#include "domain/contract.h"
#include "domain/interaction.h"
#include "domain/serviceitem.h"
#include "domain/servicerequest.h"
#include "result.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QToolButton;
class QUndoStack;

namespace cd {

class AccountOpportunities;
class BillingDesk;
class ClientInvoices;
class ContractHoursPanel;

class Database;

/// One client: profile, contacts and their roles, contracts (new, edit, sign, renew,
/// terminate, delete), its invoices and what it owes, the personalised service plan, service
/// requests with breaches highlighted, the timeline of interactions and a revenue summary.
class ClientPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientPage)

public:
    explicit ClientPage(QWidget *parent = nullptr);
    ~ClientPage() override;

    void setDatabase(Database *database);
    /// The billing UI the Invoices tab opens invoices and payments with (the window's); it
    /// also says when invoices change. Without one the tab only lists.
    void setBillingDesk(BillingDesk *desk);
    /// Shows the client with this id; returns false (and says why on the page) if it cannot.
    bool showClient(qint64 accountId);
    qint64 clientId() const { return m_accountId; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *contactsTable() const { return m_contacts; }
    AccountOpportunities *opportunities() const { return m_opportunities; }
    QTableWidget *contractsTable() const { return m_contracts; }
    /// The Invoices tab: the client's invoices and credit notes, what it owes.
    ClientInvoices *invoices() const { return m_invoices; }
    /// The hours of the active retainers and fixed fees, above the contracts table.
    ContractHoursPanel *contractHours() const { return m_hours; }
    QTableWidget *requestsTable() const { return m_requests; }
    QTableWidget *timelineTable() const { return m_timeline; }
    QLabel *headerLabel() const { return m_name; }
    QLabel *healthLabel() const { return m_health; }
    QLabel *revenueLabel() const { return m_revenue; }
    QPushButton *newContractButton() const { return m_newContract; }
    QPushButton *startTimerButton() const { return m_startTimer; }
    QPushButton *renewContractButton() const { return m_renewContract; }
    QPushButton *terminateContractButton() const { return m_terminateContract; }
    QPushButton *deleteContractButton() const { return m_deleteContract; }
    QPushButton *signContractButton() const { return m_signContract; }
    /// Shown while the client's conversion from customer can still be undone.
    QPushButton *undoConversionButton() const { return m_undoConversion; }
    /// The last message the page showed about an action (errors as sentences).
    QString message() const;
    /// The contract selected in the contracts table, if any.
    const Contract *selectedContract() const;

    /// Replaceable so tests can answer the dialogs these actions open.
    using ContractEditor = std::function<bool(Database &, const Contract &, QWidget *)>;
    void setContractEditor(ContractEditor editor) { m_editor = std::move(editor); }
    /// Logs an interaction (InteractionDialog by default); replaceable for tests.
    using InteractionEditor = std::function<bool(Database &, qint64 accountId, QWidget *)>;
    void setInteractionEditor(InteractionEditor editor) { m_interactionEditor = std::move(editor); }
    QPushButton *logInteractionButton() const { return m_logInteraction; }
    QPushButton *followUpDoneButton() const { return m_followUpDone; }
    QPushButton *closeRequestButton() const { return m_closeRequest; }
    QPushButton *newRequestButton() const { return m_newRequest; }
    QPushButton *editProfileButton() const { return m_editProfile; }
    QPushButton *newContactButton() const { return m_newContact; }
    QPushButton *newServiceButton() const { return m_newService; }
    QPushButton *editServiceButton() const { return m_editService; }
    QTableWidget *planTable() const { return m_plan; }
    /// Adds or edits a service plan line (ServiceItemDialog by default); replaceable for tests.
    using ServiceEditor = std::function<bool(Database &, const ServiceItem &, QWidget *)>;
    void setServiceEditor(ServiceEditor editor) { m_serviceEditor = std::move(editor); }
    QPushButton *editContactButton() const { return m_editContact; }
    /// Adds or edits a contact (ContactDialog by default); replaceable for tests.
    using ContactEditor = std::function<bool(Database &, const Contact &, QWidget *)>;
    void setContactEditor(ContactEditor editor) { m_contactEditor = std::move(editor); }
    /// Edits the client's profile (AccountDialog by default); replaceable for tests.
    using ProfileEditor = std::function<bool(Database &, const Account &, QWidget *)>;
    void setProfileEditor(ProfileEditor editor) { m_profileEditor = std::move(editor); }
    /// Records a new request (RequestDialog by default); replaceable for tests.
    using RequestEditor = std::function<bool(Database &, qint64 accountId, QWidget *)>;
    void setRequestEditor(RequestEditor editor) { m_requestEditor = std::move(editor); }
    /// The page's edits, undoable with Ctrl+Z and redoable with Ctrl+Shift+Z.
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Asks a yes/no question; replaceable for tests.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    struct Termination
    {
        QDate on;
        QString reason;
    };
    /// Asks when and why a contract ends; nothing when the user cancels. Replaceable for tests.
    using AskTermination = std::function<std::optional<Termination>(const Contract &contract)>;
    void setAskTermination(AskTermination ask) { m_askTermination = std::move(ask); }

signals:
    void backRequested();
    /// Something of the client changed (the list's figures are stale).
    void clientChanged(qint64 accountId);
    /// The client is a customer again (Undo Conversion); its customer page should open.
    void conversionUndone(qint64 accountId);
    /// The user asked for this client's printed report.
    void reportRequested(qint64 accountId);
    /// Start Timer: on this client, and the contract or request selected in its tab (0: none).
    void startTimerRequested(qint64 accountId, qint64 contractId, qint64 requestId);

private:
    // Building the page, in the order its widgets are made (clientpage.cpp; the Contracts
    // tab in clientpagecontracts.cpp, the Service tab in clientpageservice.cpp).
    void setDefaultEditors();
    void buildHeader();
    void buildTables();
    QWidget *buildContractsTab();
    QWidget *buildServiceTab();
    QWidget *buildTimelineTab();
    QWidget *buildProfileTab();
    QWidget *buildContactsTab();
    void buildUndo();
    void buildLayout();
    std::optional<Termination> askTerminationDialog(const Contract &contract);

    void fillProfile();
    void fillContacts();
    void fillContracts();
    void fillService();
    void fillRequests();
    void fillTimeline();
    void fillRevenue();
    void updateContractActions();
    void newContract();
    void editContract();
    void signContract();
    void renewContract();
    void terminateContract();
    void deleteContract();
    void afterChange(const QString &error);
    void logInteraction();
    void markFollowUpDone();
    void closeRequest();
    void newRequest();
    void editProfile();
    void newContact();
    void newService();
    void editService();
    void editContact();
    void updateOtherActions();
    void pushChange(const QString &text, std::function<Status()> undo,
                    std::function<Status()> redo);
    void pushContractChange(const QString &text, const Contract &before, qint64 id);
    void refreshAfterUndo();
    void updateConversionAction();
    void undoConversion();

    Database *m_db = nullptr;
    qint64 m_accountId = 0;
    QString m_currency; ///< the firm's
    QString m_accountCurrency; ///< the client's own (the firm's when it has none)
    QList<Contract> m_contractList;
    QList<Interaction> m_interactionList;
    QList<ServiceRequest> m_requestList;
    InteractionEditor m_interactionEditor;
    RequestEditor m_requestEditor;
    ProfileEditor m_profileEditor;
    ContactEditor m_contactEditor;
    ServiceEditor m_serviceEditor;
    QList<ServiceItem> m_planList;
    QList<Contact> m_contactList;
    ContractEditor m_editor;
    Confirm m_confirm;
    AskTermination m_askTermination;

    QPushButton *m_back = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_health = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_profile = nullptr;
    QTableWidget *m_contacts = nullptr;
    AccountOpportunities *m_opportunities = nullptr;
    ClientInvoices *m_invoices = nullptr;
    BillingDesk *m_desk = nullptr;
    QTableWidget *m_contracts = nullptr;
    ContractHoursPanel *m_hours = nullptr;
    QTableWidget *m_plan = nullptr;
    QTableWidget *m_requests = nullptr;
    QPushButton *m_startTimer = nullptr;
    QTableWidget *m_timeline = nullptr;
    QLabel *m_revenue = nullptr;
    QPushButton *m_newContract = nullptr;
    QPushButton *m_editContract = nullptr;
    QPushButton *m_signContract = nullptr;
    QPushButton *m_undoConversion = nullptr;
    QPushButton *m_renewContract = nullptr;
    QPushButton *m_terminateContract = nullptr;
    QPushButton *m_deleteContract = nullptr;
    QPushButton *m_logInteraction = nullptr;
    QPushButton *m_followUpDone = nullptr;
    QPushButton *m_closeRequest = nullptr;
    QPushButton *m_newRequest = nullptr;
    QPushButton *m_editProfile = nullptr;
    QPushButton *m_newContact = nullptr;
    QPushButton *m_newService = nullptr;
    QPushButton *m_editService = nullptr;
    QPushButton *m_editContact = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    bool m_pushing = false; ///< a change is being recorded, not undone or redone
};

} // namespace cd
