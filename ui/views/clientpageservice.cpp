// The client page's Service tab: the personalised service plan (New, Edit) and the service
// requests (New, Close) with breaches highlighted, each recorded on the page's undo stack
// (see clientpage.cpp for the rest).

#include "views/clientpage.h"

#include "domain/isodate.h"
#include "domain/servicerules.h"
#include "services/serviceplanservice.h"
#include "services/servicerequestservice.h"
#include "views/pagetables.h"
#include "views/undosteps.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace cd {

using namespace pagetables;

QWidget *ClientPage::buildServiceTab()
{
    auto *serviceTab = new QWidget(this);
    auto *serviceLayout = new QVBoxLayout(serviceTab);
    m_newService = new QPushButton(tr("New Service…"), serviceTab);
    m_editService = new QPushButton(tr("Edit…"), serviceTab);
    m_editService->setEnabled(false);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(new QLabel(tr("Personalised service plan"), serviceTab));
    planRow->addStretch(1);
    planRow->addWidget(m_newService);
    planRow->addWidget(m_editService);
    serviceLayout->addLayout(planRow);
    serviceLayout->addWidget(m_plan, 1);
    connect(m_newService, &QPushButton::clicked, this, &ClientPage::newService);
    connect(m_editService, &QPushButton::clicked, this, &ClientPage::editService);
    connect(m_plan, &QTableWidget::itemActivated, this, &ClientPage::editService);
    connect(m_plan, &QTableWidget::itemSelectionChanged, this,
            [this] { m_editService->setEnabled(m_plan->selectionModel()->hasSelection()); });
    m_closeRequest = new QPushButton(tr("Close Request"), serviceTab);
    m_newRequest = new QPushButton(tr("New Request…"), serviceTab);
    connect(m_newRequest, &QPushButton::clicked, this, &ClientPage::newRequest);
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(new QLabel(tr("Requests, revisions and complaints"), serviceTab));
    requestRow->addStretch(1);
    requestRow->addWidget(m_newRequest);
    requestRow->addWidget(m_closeRequest);
    serviceLayout->addLayout(requestRow);
    serviceLayout->addWidget(m_requests, 2);
    connect(m_closeRequest, &QPushButton::clicked, this, &ClientPage::closeRequest);
    connect(m_requests, &QTableWidget::itemSelectionChanged, this, &ClientPage::updateOtherActions);
    return serviceTab;
}

void ClientPage::fillService()
{
    const auto items = ServicePlanService(*m_db).listForAccount(m_accountId);
    m_planList = items ? *items : QList<ServiceItem>();
    m_plan->setRowCount(items ? int(items->size()) : 0);
    for (int r = 0; items && r < items->size(); ++r) {
        const ServiceItem &i = items->at(r);
        setRow(m_plan, r,
               { i.title, i.customisation, toLabel(i.frequency),
                 tr("%1 hours").arg(QLocale().toString(i.responseHours)), i.consultant });
    }
    m_plan->resizeColumnsToContents();
    fillRequests();
    updateOtherActions();
}

void ClientPage::fillRequests()
{
    const auto requests = ServiceRequestService(*m_db).listForAccount(m_accountId);
    m_requestList = requests ? *requests : QList<ServiceRequest>();
    m_requests->setRowCount(requests ? int(requests->size()) : 0);
    const QDateTime now = QDateTime::currentDateTime();
    for (int r = 0; requests && r < requests->size(); ++r) {
        const ServiceRequest &s = requests->at(r);
        const bool breached = ServiceRules::isBreached(s, now);
        QString level;
        if (s.status == RequestStatus::Closed)
            level = breached ? tr("Answered late") : tr("Met");
        else
            level = breached ? tr("Past due") : tr("Open, on time");
        setRow(m_requests, r,
               { shortDateTime(s.openedAt), toLabel(s.type), s.title, toLabel(s.priority),
                 shortDateTime(s.dueAt), shortDateTime(s.closedAt), level });
        if (breached) {
            QFont bold = m_requests->item(r, 6)->font();
            bold.setBold(true);
            m_requests->item(r, 6)->setFont(bold);
            m_requests->item(r, 6)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
    }
    m_requests->resizeColumnsToContents();
}

void ClientPage::closeRequest()
{
    const int row = m_requests->currentRow();
    if (row < 0 || row >= m_requestList.size())
        return;
    const ServiceRequest request = m_requestList.at(row);
    if (!m_confirm(tr("Close the request “%1” now?").arg(request.title)))
        return;
    const QDateTime closedAt = QDateTime::currentDateTime();
    const Status ok = ServiceRequestService(*m_db).close(request.id, closedAt, request.rowVersion);
    if (!ok) {
        // Someone else may have closed or changed it: the list shows it as it is now saved.
        fillService();
        m_message->setText(ok.error());
        m_message->show();
        return;
    }
    m_message->hide();
    fillService();
    fillRevenue();
    emit clientChanged(m_accountId);
    auto version = std::make_shared<int>(request.rowVersion + 1);
    Database *db = m_db;
    pushChange(
        tr("Close “%1”").arg(request.title),
        [db, version, request]() -> Status {
            if (Status reopened = ServiceRequestService(*db).reopen(request.id, *version);
                !reopened)
                return reopened;
            ++*version;
            return {};
        },
        [db, version, request, closedAt]() -> Status {
            if (Status closed = ServiceRequestService(*db).close(request.id, closedAt, *version);
                !closed)
                return closed;
            ++*version;
            return {};
        });
}

void ClientPage::newService()
{
    if (!m_db)
        return;
    ServiceItem item;
    item.accountId = m_accountId;
    // The plan belongs to the current contract, when there is one.
    for (const Contract &c : std::as_const(m_contractList)) {
        if (c.status == ContractStatus::Active) {
            item.contractId = c.id;
            break;
        }
    }
    QSet<qint64> known;
    for (const ServiceItem &existing : std::as_const(m_planList))
        known.insert(existing.id);
    if (!m_serviceEditor(*m_db, item, this))
        return;
    fillService();
    for (const ServiceItem &added : std::as_const(m_planList)) {
        if (known.contains(added.id))
            continue;
        auto kept = std::make_shared<ServiceItem>(added);
        pushChange(tr("New service %1").arg(added.title),
                   undosteps::takeOut<ServicePlanService>(m_db, kept),
                   undosteps::reinsert<ServicePlanService>(m_db, kept));
    }
}

void ClientPage::editService()
{
    const int row = m_plan->currentRow();
    if (!m_db || row < 0 || row >= m_planList.size())
        return;
    const ServiceItem before = m_planList.at(row);
    if (!m_serviceEditor(*m_db, before, this))
        return;
    fillService();
    const auto after = ServicePlanService(*m_db).get(before.id);
    if (!after)
        return;
    auto [undo, redo] = undosteps::restore<ServicePlanService>(m_db, before, *after);
    pushChange(tr("Edit service %1").arg(before.title), std::move(undo), std::move(redo));
}

void ClientPage::newRequest()
{
    if (!m_db)
        return;
    QSet<qint64> known;
    for (const ServiceRequest &r : std::as_const(m_requestList))
        known.insert(r.id);
    if (!m_requestEditor(*m_db, m_accountId, this))
        return;
    m_message->hide();
    fillService();
    fillRevenue();
    emit clientChanged(m_accountId);
    for (const ServiceRequest &opened : std::as_const(m_requestList)) {
        if (known.contains(opened.id))
            continue;
        auto kept = std::make_shared<ServiceRequest>(opened);
        pushChange(tr("New request “%1”").arg(opened.title),
                   undosteps::takeOut<ServiceRequestService>(m_db, kept),
                   undosteps::reinsert<ServiceRequestService>(m_db, kept));
    }
}

} // namespace cd
