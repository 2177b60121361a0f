#include "workchooser.h"

#include "services/accountservice.h"
#include "services/contractservice.h"
#include "services/servicerequestservice.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QSignalBlocker>

namespace cd {

WorkChooser::WorkChooser(Database &database, bool withRequest, QWidget *parent)
    : QWidget(parent), m_db(database), m_withRequest(withRequest)
{
    m_account = new QComboBox(this);
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    m_account->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_account->completer()->setFilterMode(Qt::MatchContains);
    m_account->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_account->setAccessibleName(tr("Account"));
    m_account->setMinimumContentsLength(28);
    m_contract = new QComboBox(this);
    m_contract->setAccessibleName(tr("Contract"));
    m_request = new QComboBox(this);
    m_request->setAccessibleName(tr("Service request"));
    m_request->setVisible(withRequest);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Contract:"), m_contract);
    if (withRequest)
        form->addRow(tr("&Request:"), m_request);
    fillAccounts();
    fillWork();
    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        fillWork();
        emit changed();
    });
    connect(m_contract, &QComboBox::currentIndexChanged, this, &WorkChooser::changed);
    connect(m_request, &QComboBox::currentIndexChanged, this, &WorkChooser::changed);
}

void WorkChooser::fillAccounts()
{
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    const auto accounts = AccountService(m_db).list();
    if (!accounts) {
        m_problem = accounts.error();
        return;
    }
    QList<Account> sorted = *accounts;
    std::sort(sorted.begin(), sorted.end(), [](const Account &a, const Account &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    for (const Account &account : std::as_const(sorted))
        m_account->addItem(account.name, account.id);
    if (sorted.isEmpty())
        m_problem = tr("There are no clients or customers yet: add one first.");
    m_account->setCurrentIndex(-1);
}

void WorkChooser::fillWork()
{
    const QSignalBlocker contractBlocker(m_contract);
    const QSignalBlocker requestBlocker(m_request);
    m_contract->clear();
    m_request->clear();
    m_contract->addItem(tr("(no contract)"), qint64(0));
    m_request->addItem(tr("(no request)"), qint64(0));
    const qint64 account = accountId();
    if (account == 0)
        return;
    if (const auto contracts = ContractService(m_db).listForAccount(account)) {
        for (const Contract &contract : *contracts)
            m_contract->addItem(contract.reference, contract.id);
    }
    if (m_withRequest) {
        if (const auto requests = ServiceRequestService(m_db).listForAccount(account)) {
            for (const ServiceRequest &request : *requests)
                m_request->addItem(request.title, request.id);
        }
    }
}

void WorkChooser::setWork(qint64 accountId, qint64 contractId, qint64 requestId)
{
    const int at = m_account->findData(accountId);
    m_account->setCurrentIndex(at); // fills the contracts and requests
    if (const int c = m_contract->findData(contractId); c >= 0)
        m_contract->setCurrentIndex(c);
    if (const int r = m_request->findData(requestId); r >= 0)
        m_request->setCurrentIndex(r);
}

qint64 WorkChooser::accountId() const
{
    // What is typed must name an account: a half-typed name chooses none.
    if (m_account->currentIndex() < 0
        || m_account->currentText() != m_account->itemText(m_account->currentIndex()))
        return 0;
    return m_account->currentData().toLongLong();
}

qint64 WorkChooser::contractId() const
{
    return m_contract->currentData().toLongLong();
}

qint64 WorkChooser::requestId() const
{
    return m_withRequest ? m_request->currentData().toLongLong() : 0;
}

} // namespace cd
