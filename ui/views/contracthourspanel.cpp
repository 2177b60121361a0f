#include "views/contracthourspanel.h"

#include "domain/contracthours.h"
#include "domain/timerules.h"
#include "services/timeservice.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString levelWords(qint64 used, qint64 allowed)
{
    switch (ContractHours::level(used, allowed)) {
    case ContractHours::Level::Within:
        return {};
    case ContractHours::Level::Near:
        return ContractHoursPanel::tr("Over %1\u00a0%").arg(ContractHours::kNearPercent);
    case ContractHours::Level::Spent:
        return used > allowed ? ContractHoursPanel::tr("Hours spent: %1 over")
                                    .arg(TimeRules::formatDuration(used - allowed))
                              : ContractHoursPanel::tr("Hours spent");
    }
    return {};
}

/// A retainer: this month against its included (and carried) minutes, and its months.
Result<ContractHoursPanel::Row> retainerRow(Database &db, const Contract &c, const QDate &month)
{
    ContractHoursPanel::Row row;
    row.contract = c;
    const auto usage = TimeService(db).usage(c.id, month, 12);
    if (!usage)
        return Error { usage.error() };
    const QDate startMonth(c.start.year(), c.start.month(), 1);
    for (const ContractUsage &u : *usage) {
        if (u.month >= startMonth)
            row.trend.append({ u.month, u.usedMinutes, u.allowedMinutes });
    }
    row.allowedMinutes = c.includedMinutes;
    if (!usage->isEmpty() && usage->constLast().month == month) {
        row.usedMinutes = usage->constLast().usedMinutes;
        row.allowedMinutes = usage->constLast().allowedMinutes;
        row.carriedMinutes = usage->constLast().carriedMinutes;
    }
    const QLocale locale;
    row.title = ContractHoursPanel::tr("%1 · retainer · %2")
                    .arg(c.reference, locale.toString(month, u"MMMM yyyy"_s));
    const QString used = TimeRules::formatDuration(row.usedMinutes);
    const QString allowed = TimeRules::formatDuration(row.allowedMinutes);
    const int percent = ContractHours::percent(row.usedMinutes, row.allowedMinutes);
    row.text = row.carriedMinutes > 0
        ? ContractHoursPanel::tr("%1 of %2 hours used this month (%3\u00a0%); %4 of them carried "
                                 "over from last month.")
              .arg(used, allowed, locale.toString(percent),
                   TimeRules::formatDuration(row.carriedMinutes))
        : ContractHoursPanel::tr("%1 of %2 hours used this month (%3\u00a0%).")
              .arg(used, allowed, locale.toString(percent));
    return row;
}

/// A fixed fee: the minutes of its whole term against its budget, and the running total at
/// the end of each of the last 12 months (TimeService gives budgets' minutes as running totals).
Result<ContractHoursPanel::Row> budgetRow(Database &db, const Contract &c, const QDate &month)
{
    ContractHoursPanel::Row row;
    row.contract = c;
    row.allowedMinutes = c.budgetMinutes;
    const auto usage = TimeService(db).usage(c.id, month, 12);
    if (!usage)
        return Error { usage.error() };
    const QDate startMonth(c.start.year(), c.start.month(), 1);
    for (const ContractUsage &u : *usage) {
        if (u.month >= startMonth)
            row.trend.append({ u.month, u.usedMinutes, c.budgetMinutes });
    }
    if (!usage->isEmpty())
        row.usedMinutes = usage->constLast().usedMinutes;
    const QLocale locale;
    row.title = c.end.isValid()
        ? ContractHoursPanel::tr("%1 · fixed fee · %2 – %3")
              .arg(c.reference, locale.toString(c.start, QLocale::ShortFormat),
                   locale.toString(c.end, QLocale::ShortFormat))
        : ContractHoursPanel::tr("%1 · fixed fee · from %2")
              .arg(c.reference, locale.toString(c.start, QLocale::ShortFormat));
    row.text
        = ContractHoursPanel::tr("%1 of the %2-hour budget used (%3\u00a0%).")
              .arg(TimeRules::formatDuration(row.usedMinutes),
                   TimeRules::formatDuration(row.allowedMinutes),
                   locale.toString(ContractHours::percent(row.usedMinutes, row.allowedMinutes)));
    return row;
}

} // namespace

ContractHoursPanel::ContractHoursPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"contractHours"_s);
    m_heading = new QLabel(tr("Hours"), this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setVisible(false);
    m_body = new QWidget(this);
    m_list = new QVBoxLayout(m_body);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_body);
    setVisible(false);
}

bool ContractHoursPanel::tracksHours(const Contract &c)
{
    return c.status == ContractStatus::Active && c.id > 0 && ContractHours::allowedMinutes(c) > 0;
}

void ContractHoursPanel::setContracts(Database &database, const QList<Contract> &contracts,
                                      const QDate &today)
{
    m_rows.clear();
    m_error.clear();
    const QDate month(today.year(), today.month(), 1);
    for (const Contract &c : contracts) {
        if (!tracksHours(c))
            continue;
        auto row = ContractHours::isMonthly(c) ? retainerRow(database, c, month)
                                               : budgetRow(database, c, month);
        if (!row) {
            m_error = tr("The hours of %1 could not be read: %2").arg(c.reference, row.error());
            continue;
        }
        row->levelText = levelWords(row->usedMinutes, row->allowedMinutes);
        m_rows.append(std::move(row).value());
    }
    rebuild();
}

void ContractHoursPanel::rebuild()
{
    qDeleteAll(m_body->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_bars.clear();
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    for (const Row &row : std::as_const(m_rows))
        m_list->addWidget(rowWidget(row));
    setVisible(!m_rows.isEmpty() || !m_error.isEmpty());
}

QWidget *ContractHoursPanel::rowWidget(const Row &row)
{
    auto *box = new QWidget(m_body);
    auto *title = new QLabel(row.title, box);
    title->setTextFormat(Qt::PlainText);
    const ContractHours::Level level = ContractHours::level(row.usedMinutes, row.allowedMinutes);
    // The level in words as well as in colour.
    auto *words = new QLabel(row.levelText, box);
    words->setObjectName(u"hoursLevel"_s);
    words->setTextFormat(Qt::PlainText);
    QFont bold = words->font();
    bold.setBold(true);
    words->setFont(bold);
    QPalette colour = words->palette();
    colour.setColor(QPalette::WindowText, HoursBar::colour(level));
    words->setPalette(colour);
    auto *bar = new HoursBar(box);
    bar->setHours(row.usedMinutes, row.allowedMinutes);
    bar->setAccessibleName(row.title);
    m_bars.append(bar);
    auto *text = new QLabel(row.text, box);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *trend = new HoursTrend(box);
    trend->setMonths(row.trend);
    auto *trendCaption = new QLabel(
        ContractHours::isMonthly(row.contract) ? tr("Last 12 months") : tr("Running total"), box);
    trendCaption->setForegroundRole(QPalette::PlaceholderText);

    auto *head = new QHBoxLayout;
    head->setSpacing(12);
    head->addWidget(title);
    head->addWidget(words);
    head->addStretch(1);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 6);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(0, 1);
    grid->addLayout(head, 0, 0);
    grid->addWidget(trendCaption, 0, 1, Qt::AlignBottom);
    grid->addWidget(bar, 1, 0);
    grid->addWidget(trend, 1, 1, 2, 1, Qt::AlignTop);
    grid->addWidget(text, 2, 0);
    return box;
}

} // namespace cd
