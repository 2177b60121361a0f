#include "models/contractlistmodel.h"

#include "domain/contractrules.h"
#include "domain/timerules.h"
#include "storage/contractlistquery.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

using Row = ContractListModel::Row;
using NoticeMark = ContractListModel::NoticeMark;

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

void addNotice(Row &row, const QDate &today)
{
    const Contract &c = row.contract;
    row.noticeDeadline = ContractRules::noticeDeadline(c);
    if (!row.noticeDeadline.isValid())
        return;
    row.daysToNotice = today.daysTo(row.noticeDeadline);
    if (c.status != ContractStatus::Active)
        return;
    if (row.daysToNotice < 0 && c.end >= today)
        row.noticeMark = NoticeMark::Missed;
    else if (row.daysToNotice >= 0 && row.daysToNotice <= ContractListModel::kNoticeSoonDays)
        row.noticeMark = NoticeMark::Soon;
}

/// The hours an active contract counts, by ContractHours and TimeRules: a retainer's this
/// month (what it carries depends on every month since its start), a fixed fee's budget.
void addHours(Row &row, const ContractListModel::TimeFigures::Minutes &minutes, const QDate &month)
{
    const Contract &c = row.contract;
    if (c.status != ContractStatus::Active)
        return;
    if (c.billingModel == BillingModel::Retainer && c.includedMinutes > 0) {
        const QDate from
            = c.rollover && c.start.isValid() ? std::min(firstOfMonth(c.start), month) : month;
        QList<qint64> used;
        for (QDate m = from; m <= month; m = m.addMonths(1))
            used.append(minutes.perMonth.value(m));
        const TimeRules::RetainerMonth last
            = TimeRules::retainerMonths(c.includedMinutes, c.rollover, used).constLast();
        row.tracksHours = true;
        row.usedMinutes = last.usedMinutes;
        row.allowedMinutes = qint64(last.includedMinutes) + last.carriedMinutes;
    } else if (c.billingModel == BillingModel::Fixed && c.budgetMinutes > 0) {
        row.tracksHours = true;
        row.budget = true;
        row.usedMinutes = minutes.total;
        row.allowedMinutes = c.budgetMinutes;
    }
}

void addUninvoiced(Row &row, const QHash<QString, ContractListModel::TimeFigures::Open> &byCurrency)
{
    const QString &currency = row.contract.fee.currency();
    row.uninvoiced = Money(0, currency);
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        if (it.key() == currency) {
            row.uninvoiced = Money(it->minor, currency);
            row.uninvoicedEntries = it->entries;
        } else {
            row.uninvoicedElsewhere.insert(it.key(), it->minor);
        }
    }
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

ContractListModel::ContractListModel(QObject *parent) : SortedRowsModel(parent) { }

ContractListModel::~ContractListModel() = default;

Result<ContractListModel::Snapshot> ContractListModel::loadContracts(Database &database,
                                                                     const QDate &today)
{
    const auto contracts = ContractListQuery(database).contracts();
    if (!contracts)
        return Error { contracts.error() };
    Snapshot snapshot;
    snapshot.today = today;
    snapshot.rows.reserve(contracts->size());
    for (const ContractListQuery::Row &read : *contracts) {
        Row row;
        row.contract = read.contract;
        row.accountName = read.accountName;
        row.managerId = read.managerId;
        row.manager = read.manager;
        row.monthly = ContractRules::monthlyRecurringRevenue(row.contract);
        row.uninvoiced = Money(0, row.contract.fee.currency());
        addNotice(row, today);
        snapshot.rows.append(std::move(row));
    }
    return snapshot;
}

Result<ContractListModel::TimeFigures> ContractListModel::loadTime(Database &database,
                                                                   const QDate &today)
{
    const ContractListQuery query(database);
    const auto minutes = query.trackedMinutes(firstOfMonth(today));
    if (!minutes)
        return Error { minutes.error() };
    const auto uninvoiced = query.uninvoicedTime(today);
    if (!uninvoiced)
        return Error { uninvoiced.error() };
    TimeFigures figures;
    figures.today = today;
    for (auto it = minutes->cbegin(); it != minutes->cend(); ++it)
        figures.minutes.insert(it.key(), { it->perMonth, it->total });
    for (auto it = uninvoiced->cbegin(); it != uninvoiced->cend(); ++it) {
        auto &byCurrency = figures.uninvoiced[it.key()];
        for (auto open = it->cbegin(); open != it->cend(); ++open)
            byCurrency.insert(open.key(), { open->minor, open->entries });
    }
    return figures;
}

void ContractListModel::addTime(Row &row, const TimeFigures &figures)
{
    static const TimeFigures::Minutes none;
    static const QHash<QString, TimeFigures::Open> nothing;
    const auto used = figures.minutes.constFind(row.contract.id);
    addHours(row, used != figures.minutes.cend() ? *used : none, firstOfMonth(figures.today));
    const auto open = figures.uninvoiced.constFind(row.contract.id);
    addUninvoiced(row, open != figures.uninvoiced.cend() ? *open : nothing);
    row.timeRead = true;
}

Result<ContractListModel::Snapshot> ContractListModel::load(Database &database, const QDate &today)
{
    auto snapshot = loadContracts(database, today);
    if (!snapshot)
        return snapshot;
    const auto figures = loadTime(database, today);
    if (!figures)
        return Error { figures.error() };
    for (Row &row : snapshot->rows)
        addTime(row, *figures);
    return snapshot;
}

void ContractListModel::setTimeFigures(const TimeFigures &figures)
{
    if (figures.today != m_snapshot.today)
        return;
    for (Row &row : m_snapshot.rows)
        addTime(row, figures);
    if (m_sortColumn == HoursUsed || m_sortColumn == Uninvoiced)
        sortKeepingSelection(m_rows, [this] { applySort(); });
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, HoursUsed), index(int(m_rows.size()) - 1, Uninvoiced));
}

void ContractListModel::setSnapshot(Snapshot snapshot)
{
    beginResetModel();
    m_rows.clear();
    m_snapshot = std::move(snapshot);
    for (const Row &row : std::as_const(m_snapshot.rows)) {
        if (matches(row))
            m_rows.append(&row);
    }
    applySort();
    endResetModel();
}

Status ContractListModel::reload(Database &database, const QDate &today)
{
    auto snapshot = load(database, today);
    if (!snapshot)
        return Error { snapshot.error() };
    setSnapshot(std::move(snapshot).value());
    return {};
}

bool ContractListModel::matches(const Row &row) const
{
    const ContractListFilter &f = m_filter;
    const Contract &c = row.contract;
    if (f.status && c.status != *f.status)
        return false;
    if (f.billingModel && c.billingModel != *f.billingModel)
        return false;
    if (f.managerId && row.managerId != f.managerId)
        return false;
    if (f.autoRenew && c.autoRenew != *f.autoRenew)
        return false;
    if (f.withinDays) {
        const QDate &today = m_snapshot.today;
        const QDate last = today.addDays(std::max(0, *f.withinDays));
        const auto within = [&](const QDate &day) {
            return day.isValid() && day >= today && day <= last;
        };
        if (!within(c.end) && !within(row.noticeDeadline))
            return false;
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty() && !row.accountName.contains(search, Qt::CaseInsensitive)
        && !c.reference.contains(search, Qt::CaseInsensitive)
        && !c.title.contains(search, Qt::CaseInsensitive))
        return false;
    return true;
}

void ContractListModel::setFilter(const ContractListFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    for (const Row &row : std::as_const(m_snapshot.rows)) {
        if (matches(row))
            m_rows.append(&row);
    }
    applySort();
    endResetModel();
}

const ContractListModel::Row *ContractListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int ContractListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->contract.id == id)
            return i;
    }
    return -1;
}

QList<std::pair<qint64, QString>> ContractListModel::managers() const
{
    QHash<qint64, QString> byId;
    for (const Row &row : m_snapshot.rows) {
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

QString ContractListModel::noticeText(const Row &row)
{
    if (!row.noticeDeadline.isValid())
        return {};
    const QString date = shortDate(row.noticeDeadline);
    switch (row.noticeMark) {
    case NoticeMark::Missed:
        return tr("%1, missed %2").arg(date, ContractRules::whenText(row.daysToNotice));
    case NoticeMark::Soon:
        return tr("%1, soon: %2").arg(date, ContractRules::whenText(row.daysToNotice));
    case NoticeMark::None:
        break;
    }
    // Days left only while they matter: an ended contract's deadline is history.
    if (row.contract.status == ContractStatus::Active
        || row.contract.status == ContractStatus::Draft)
        return tr("%1 (%2)").arg(date, ContractRules::whenText(row.daysToNotice));
    return date;
}

QString ContractListModel::hoursText(const Row &row)
{
    if (!row.tracksHours)
        return {};
    const QString used = TimeRules::formatDuration(row.usedMinutes);
    const QString allowed = TimeRules::formatDuration(row.allowedMinutes);
    const int percent = ContractHours::percent(row.usedMinutes, row.allowedMinutes);
    const QString level
        = ContractHours::levelText(ContractHours::level(row.usedMinutes, row.allowedMinutes));
    const QString text = row.budget ? tr("%1 of %2 budget (%3 %)").arg(used, allowed).arg(percent)
                                    : tr("%1 of %2 (%3 %)").arg(used, allowed).arg(percent);
    return level.isEmpty() ? text : tr("%1, %2").arg(text, level.toLower());
}

int ContractListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContractListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractListModel::sortValue(const Row &row, int column) const
{
    const Contract &c = row.contract;
    constexpr qint64 kLast = std::numeric_limits<qint64>::max();
    switch (column) {
    case Client:
        return row.accountName.toLower();
    case Reference:
        return c.reference.toLower();
    case Title:
        return c.title.toLower();
    case StatusColumn:
        return int(c.status);
    case BillingModelColumn:
        return int(c.billingModel);
    // Amounts in different currencies sort by their digits: the list does not convert.
    case Fee:
        return c.fee.minorUnits();
    case Monthly:
        return row.monthly.minorUnits();
    case Start:
        return c.start.isValid() ? c.start.toJulianDay() : kLast;
    case End:
        return c.end.isValid() ? c.end.toJulianDay() : kLast;
    case Renewal:
        return c.autoRenew ? c.renewalMonths : -1;
    case NoticeDeadline:
        return row.noticeDeadline.isValid() ? row.noticeDeadline.toJulianDay() : kLast;
    case HoursUsed:
        // By share used; contracts without hours last.
        return row.tracksHours && row.allowedMinutes > 0
            ? double(row.usedMinutes) / double(row.allowedMinutes)
            : -1.0;
    case Uninvoiced:
        return row.uninvoiced.minorUnits();
    case Owner:
        return row.manager.toLower();
    }
    return {};
}

QVariant ContractListModel::display(const Row &row, int column) const
{
    const QLocale locale;
    const Contract &c = row.contract;
    switch (column) {
    case Client:
        return row.accountName;
    case Reference:
        return c.reference;
    case Title:
        return c.title;
    case StatusColumn:
        return toLabel(c.status);
    case BillingModelColumn:
        return toLabel(c.billingModel);
    case Fee:
        switch (c.billingModel) {
        case BillingModel::Retainer:
            return tr("%1 / month").arg(c.fee.format(locale));
        case BillingModel::Hourly:
            return tr("%1 / hour").arg(c.fee.format(locale));
        case BillingModel::Fixed:
            return c.fee.format(locale);
        }
        return {};
    case Monthly:
        return row.monthly.format(locale);
    case Start:
        return shortDate(c.start);
    case End:
        return c.end.isValid() ? shortDate(c.end) : tr("open-ended");
    case Renewal:
        return c.autoRenew ? tr("automatic, %1 months").arg(c.renewalMonths) : tr("by hand");
    case NoticeDeadline:
        return noticeText(row);
    case HoursUsed:
        return row.timeRead ? hoursText(row) : tr("…");
    case Uninvoiced:
        if (!row.timeRead)
            return tr("…");
        return row.uninvoiced.isZero() ? QString() : row.uninvoiced.format(locale);
    case Owner:
        return row.manager;
    }
    return {};
}

QVariant ContractListModel::toolTip(const Row &row, int column) const
{
    const QLocale locale;
    const Contract &c = row.contract;
    if (column == NoticeDeadline && row.noticeDeadline.isValid())
        return tr("Notice of %1 days before the end on %2 must be given by %3.")
            .arg(c.noticeDays)
            .arg(locale.toString(c.end, QLocale::LongFormat),
                 locale.toString(row.noticeDeadline, QLocale::LongFormat));
    if (column == HoursUsed && row.tracksHours)
        return row.budget ? tr("Hours logged over the whole term against the hour budget.")
                          : tr("Hours logged this month against the hours the retainer includes "
                               "(with those carried over from last month).");
    if (column == Uninvoiced) {
        QStringList lines;
        if (row.uninvoicedEntries > 0)
            lines.append(tr("%1 billable time entries up to today that no invoice holds yet.")
                             .arg(locale.toString(row.uninvoicedEntries)));
        for (auto it = row.uninvoicedElsewhere.cbegin(); it != row.uninvoicedElsewhere.cend(); ++it)
            lines.append(tr("Also %1 of time logged in another currency.")
                             .arg(Money(it.value(), it.key()).format(locale)));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    return {};
}

QVariant ContractListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = *m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case SortRole:
        return sortValue(row, column);
    case IdRole:
        return row.contract.id;
    case AccountIdRole:
        return row.contract.accountId;
    case NoticeMarkRole:
        return int(row.noticeMark);
    case HoursLevelRole:
        return row.tracksHours
            ? QVariant(int(ContractHours::level(row.usedMinutes, row.allowedMinutes)))
            : QVariant();
    case Qt::TextAlignmentRole:
        switch (column) {
        case Fee:
        case Monthly:
        case Uninvoiced:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant ContractListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Client:
        return tr("Client");
    case Reference:
        return tr("Reference");
    case Title:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case BillingModelColumn:
        return tr("Billing");
    case Fee:
        return tr("Fee");
    case Monthly:
        return tr("Monthly value");
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Renewal:
        return tr("Renewal");
    case NoticeDeadline:
        return tr("Notice deadline");
    case HoursUsed:
        return tr("Hours used");
    case Uninvoiced:
        return tr("Not invoiced");
    case Owner:
        return tr("Owner");
    }
    return {};
}

void ContractListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    sortKeepingSelection(m_rows, [this] { applySort(); });
}

void ContractListModel::applySort()
{
    sortRows(
        m_rows, m_sortOrder, [this](const Row &row) { return sortValue(row, m_sortColumn); },
        [](const Row &a, const Row &b) {
            if (const int byClient = a.accountName.compare(b.accountName, Qt::CaseInsensitive))
                return byClient < 0;
            return a.contract.reference < b.contract.reference;
        });
}

} // namespace cd
