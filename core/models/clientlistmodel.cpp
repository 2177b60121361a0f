#include "models/clientlistmodel.h"

#include "domain/contract.h"
#include "domain/contractrules.h"
#include "storage/clientlistquery.h"
#include "storage/exchangeratestore.h"
#include "storage/revenuequeries.h"
#include "storage/settingsrepository.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

using Row = ClientListModel::Row;

QHash<qint64, Row> rowsOf(const QList<ClientListQuery::Client> &clients, const QString &currency)
{
    QHash<qint64, Row> figures;
    figures.reserve(clients.size());
    for (const ClientListQuery::Client &client : clients) {
        Row row;
        row.id = client.id;
        row.name = client.name;
        row.industry = client.industry;
        row.region = client.region;
        row.status = client.status;
        row.manager = client.manager;
        row.managerId = client.managerId;
        row.monthlyRecurring = Money(0, currency);
        row.annualValue = Money(0, currency);
        figures.insert(row.id, row);
    }
    return figures;
}

/// Adds the active contracts' recurring revenue (converted at today's rate) and next notice
/// deadline to their clients, by core's rules; returns, by client, whether the renewal of
/// that deadline's contract is decided (it renews automatically).
QHash<qint64, bool> addContracts(QHash<qint64, Row> &figures, const QList<Contract> &contracts,
                                 const QDate &today, const RateTable &rates)
{
    const QString &currency = rates.firmCurrency();
    QHash<qint64, bool> renewalDecided;
    for (const Contract &c : contracts) {
        const auto it = figures.find(c.accountId);
        if (it == figures.end())
            continue;
        ++it->activeContracts;
        // A fee converts at the latest rate on or before today; without one it is named.
        const Money monthly = ContractRules::monthlyRecurringRevenue(c);
        if (const auto converted = rates.convert(monthly.minorUnits(), monthly.currency(), today)) {
            it->monthlyRecurring = Money(it->monthlyRecurring.minorUnits() + *converted, currency);
            it->annualValue = Money(it->annualValue.minorUnits() + *converted * 12, currency);
        } else {
            it->unconvertedFees.add(monthly.currency(), 1, monthly.minorUnits());
        }
        const QDate deadline = ContractRules::noticeDeadline(c);
        if (deadline.isValid() && deadline >= today
            && (!it->noticeDeadline.isValid() || deadline < it->noticeDeadline)) {
            it->noticeDeadline = deadline;
            renewalDecided[it->id] = c.autoRenew;
        }
    }
    return renewalDecided;
}

/// What the health rules look at besides a row's own figures.
struct HealthInputs
{
    QHash<qint64, bool> renewalDecided;
    QHash<qint64, int> closedLate;
    QHash<qint64, ClientListQuery::Revenue> revenue;
    QHash<qint64, ClientListQuery::OverdueInvoices> overdue;
};

void assessHealth(QHash<qint64, Row> &figures, const QDate &today, const HealthWeights &weights,
                  const HealthInputs &inputs)
{
    for (Row &row : figures) {
        ClientHealth::Signals s;
        s.hasActiveContract = row.activeContracts > 0;
        if (row.lastContact.isValid())
            s.daysSinceLastContact = row.lastContact.daysTo(today);
        s.openRequestsPastDue = row.openRequestsPastDue;
        s.requestsClosedLateLast90Days = inputs.closedLate.value(row.id);
        if (row.noticeDeadline.isValid()) {
            s.noticeDeadline = row.noticeDeadline;
            s.daysUntilNoticeDeadline = today.daysTo(row.noticeDeadline);
            s.renewalDecided = inputs.renewalDecided.value(row.id);
        }
        const ClientListQuery::Revenue money = inputs.revenue.value(row.id);
        s.revenueLast12Months = money.last12Months;
        s.revenuePrevious12Months = money.previous12Months;
        row.unconvertedRevenue = money.unconverted;
        if (const auto overdue = inputs.overdue.find(row.id); overdue != inputs.overdue.end()) {
            s.invoicesOverdue = overdue->count;
            s.daysMostOverdue = overdue->oldestDue.daysTo(today);
        }
        row.health = ClientHealth::assess(s, weights);
    }
}

} // namespace

ClientListModel::ClientListModel(Database &database, QObject *parent)
    : SortedRowsModel(parent), m_db(database)
{ }

ClientListModel::~ClientListModel() = default;

Result<QHash<qint64, ClientListModel::Row>>
ClientListModel::computeFigures(Database &database, const QDate &today, std::optional<qint64> only)
{
    const Result<RateTable> rates = ExchangeRateStore(database).load();
    if (!rates)
        return Error { rates.error() };
    const QString currency = rates->firmCurrency();
    const Result<HealthWeights> weights = SettingsRepository(database).healthWeights();
    if (!weights)
        return Error { weights.error() };
    // Every read below narrows to one client when `only` is given.
    const ClientListQuery query(database, only);
    const auto clients = query.clients();
    if (!clients)
        return Error { clients.error() };
    QHash<qint64, Row> figures = rowsOf(*clients, currency);

    HealthInputs inputs;
    const auto contracts = query.activeContracts();
    if (!contracts)
        return Error { contracts.error() };
    inputs.renewalDecided = addContracts(figures, *contracts, today, *rates);

    const QDateTime endOfToday(today, QTime(23, 59, 59));
    const auto open = query.openRequests(endOfToday);
    if (!open)
        return Error { open.error() };
    for (auto it = open->cbegin(); it != open->cend(); ++it) {
        if (const auto row = figures.find(it.key()); row != figures.end()) {
            row->openRequests = it->open;
            row->openRequestsPastDue = it->pastDue;
        }
    }
    auto late = query.requestsClosedLate(QDateTime(today.addDays(-90), QTime(0, 0)));
    if (!late)
        return Error { late.error() };
    inputs.closedLate = std::move(late).value();

    const auto contacts = query.lastContacts(endOfToday);
    if (!contacts)
        return Error { contacts.error() };
    for (auto it = contacts->cbegin(); it != contacts->cend(); ++it) {
        if (const auto row = figures.find(it.key()); row != figures.end())
            row->lastContact = it.value();
    }

    auto revenue = query.revenue(today);
    if (!revenue)
        return Error { revenue.error() };
    inputs.revenue = std::move(revenue).value();
    auto overdue = query.overdueInvoices(today);
    if (!overdue)
        return Error { overdue.error() };
    inputs.overdue = std::move(overdue).value();
    assessHealth(figures, today, *weights, inputs);
    return figures;
}

Result<ClientListModel::Row> ClientListModel::figuresFor(Database &database, qint64 accountId,
                                                         const QDate &today)
{
    auto figures = computeFigures(database, today, accountId);
    if (!figures)
        return Error { figures.error() };
    if (!figures->contains(accountId))
        return Error { tr("There is no client with id %1.").arg(accountId) };
    return figures->value(accountId);
}

Status ClientListModel::reload(const QDate &today)
{
    auto figures = computeFigures(m_db, today, std::nullopt);
    if (!figures)
        return Error { figures.error() };
    auto firstRates = RevenueQueries(m_db).firstRates(tr("Reading the exchange rates failed"));
    if (!firstRates)
        return Error { firstRates.error() };
    m_today = today;
    beginResetModel();
    m_rows.clear();
    m_figures = std::move(figures).value();
    m_firstRates = std::move(firstRates).value();
    endResetModel();
    return setFilter(m_filter);
}

Status ClientListModel::setFilter(const ClientFilter &filter)
{
    const auto ids = ClientListQuery::matchingIds(m_db, filter);
    if (!ids)
        return Error { ids.error() };
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    for (qint64 id : *ids) {
        const auto it = m_figures.constFind(id);
        if (it == m_figures.constEnd())
            continue; // added since the last reload
        if (filter.health && it->health.level() != *filter.health)
            continue;
        m_rows.append(&*it);
    }
    applySort();
    endResetModel();
    return {};
}

const ClientListModel::Row *ClientListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

QStringList ClientListModel::industries() const
{
    QStringList values;
    for (const Row &row : m_figures) {
        if (!row.industry.isEmpty() && !values.contains(row.industry))
            values.append(row.industry);
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

QStringList ClientListModel::regions() const
{
    QStringList values;
    for (const Row &row : m_figures) {
        if (!row.region.isEmpty() && !values.contains(row.region))
            values.append(row.region);
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

QList<std::pair<qint64, QString>> ClientListModel::managers() const
{
    QHash<qint64, QString> byId;
    for (const Row &row : m_figures) {
        if (row.managerId)
            byId.insert(*row.managerId, row.manager);
    }
    QList<std::pair<qint64, QString>> values;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        values.append({ it.key(), it.value() });
    std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) {
        return a.second.compare(b.second, Qt::CaseInsensitive) < 0;
    });
    return values;
}

int ClientListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->id == id)
            return i;
    }
    return -1;
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case Name:
        return row.name.toLower();
    case Industry:
        return row.industry.toLower();
    case Manager:
        return row.manager.toLower();
    case ActiveContracts:
        return row.activeContracts;
    case MonthlyRecurring:
        return row.monthlyRecurring.minorUnits();
    case AnnualValue:
        return row.annualValue.minorUnits();
    case NoticeDeadline:
        return row.noticeDeadline.isValid() ? row.noticeDeadline.toJulianDay()
                                            : std::numeric_limits<qint64>::max();
    case OpenRequests:
        return row.openRequests;
    case Health:
        return row.health.score();
    case LastContact:
        return row.lastContact.isValid() ? row.lastContact.toJulianDay() : 0;
    }
    return {};
}

QVariant ClientListModel::display(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return row.name;
    case Industry:
        return row.industry;
    case Manager:
        return row.manager;
    case ActiveContracts:
        return locale.toString(row.activeContracts);
    // Without an active contract there is nothing recurring: an empty cell, not "0.00".
    case MonthlyRecurring:
        return row.activeContracts > 0 ? row.monthlyRecurring.format(locale) : QString();
    case AnnualValue:
        return row.activeContracts > 0 ? row.annualValue.format(locale) : QString();
    case NoticeDeadline:
        if (!row.noticeDeadline.isValid())
            return QString();
        return tr("%1 (%2)").arg(locale.toString(row.noticeDeadline, QLocale::ShortFormat),
                                 ContractRules::whenText(m_today.daysTo(row.noticeDeadline)));
    case OpenRequests:
        if (row.openRequestsPastDue > 0)
            return tr("%1 (%2 late)")
                .arg(locale.toString(row.openRequests), locale.toString(row.openRequestsPastDue));
        return locale.toString(row.openRequests);
    case Health:
        return ClientHealth::label(row.health.level());
    case LastContact:
        return row.lastContact.isValid() ? locale.toString(row.lastContact, QLocale::ShortFormat)
                                         : tr("never");
    }
    return {};
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = *m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return row.id;
    case HealthLevelRole:
        return int(row.health.level());
    case Qt::ToolTipRole:
        if ((index.column() == MonthlyRecurring || index.column() == AnnualValue)
            && !row.unconvertedFees.isEmpty())
            return row.unconvertedFees.sentences(Unconverted::What::Contracts, {}).join(u'\n');
        if (index.column() == Health) {
            QString tip = row.health.reasons().isEmpty()
                ? tr("Score %1 of 100: nothing needs attention.").arg(row.health.score())
                : tr("Score %1 of 100:").arg(row.health.score()) + u"\n• "_s
                    + row.health.reasons().join(u"\n• "_s);
            // Health compares revenue: say what it could not count.
            if (!row.unconvertedRevenue.isEmpty())
                tip += u"\n"_s
                    + row.unconvertedRevenue.sentences(Unconverted::What::Entries, m_firstRates)
                          .join(u'\n');
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ActiveContracts:
        case MonthlyRecurring:
        case AnnualValue:
        case OpenRequests:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Client");
    case Industry:
        return tr("Industry");
    case Manager:
        return tr("Account manager");
    case ActiveContracts:
        return tr("Active contracts");
    case MonthlyRecurring:
        return tr("Monthly recurring");
    case AnnualValue:
        return tr("Annual value");
    case NoticeDeadline:
        return tr("Next notice deadline");
    case OpenRequests:
        return tr("Open requests");
    case Health:
        return tr("Health");
    case LastContact:
        return tr("Last contact");
    }
    return {};
}

QStringList ClientListModel::conversionNotes(const QLocale &locale) const
{
    Unconverted fees, revenue;
    for (const Row &row : m_figures) {
        fees.add(row.unconvertedFees);
        revenue.add(row.unconvertedRevenue);
    }
    return fees.sentences(Unconverted::What::Contracts, {}, locale)
        + revenue.sentences(Unconverted::What::Entries, m_firstRates, locale);
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    sortKeepingSelection(m_rows, [&] {
        m_sortColumn = column;
        m_sortOrder = order;
        applySort();
    });
}

void ClientListModel::applySort()
{
    sortRows(
        m_rows, m_sortOrder, [this](const Row &row) { return sortValue(row, m_sortColumn); },
        [](const Row &a, const Row &b) { return a.name.toLower() < b.name.toLower(); });
}

} // namespace cd
