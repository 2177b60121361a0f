#pragma once

#include "charts/hoursbar.h"
#include "domain/contract.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace cd {

class Database;

/// The hours of a client's active retainers with included hours (used / included this month,
/// the minutes carried over from last month included) and fixed fees with an hour budget
/// (used / budget over the term), each as a bar with 80 % and 100 % marked, its words, and the
/// trend of the last 12 months. Read through TimeService (a few indexed sums per contract);
/// hidden when the client has no such contract.
class ContractHoursPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractHoursPanel)

public:
    /// What one contract's bar shows.
    struct Row
    {
        Contract contract;
        qint64 usedMinutes = 0;
        qint64 allowedMinutes = 0; ///< included + carried this month, or the budget
        qint64 carriedMinutes = 0; ///< retainers only
        QList<HoursTrend::Month> trend; ///< the last 12 months, oldest first
        QString title; ///< "C-1 · Retainer · December 2026"
        QString text; ///< "17:00 of 20:00 hours used (85 %)"
        QString levelText; ///< "Over 80 %", "Hours spent: 2:30 over" or ""
    };

    explicit ContractHoursPanel(QWidget *parent = nullptr);

    /// Shows the hours of `contracts` (those that track hours) as of `today`.
    void setContracts(Database &database, const QList<Contract> &contracts, const QDate &today);
    const QList<Row> &rows() const { return m_rows; }
    QList<HoursBar *> bars() const { return m_bars; }
    /// Why the hours could not be read; empty when they were.
    QString error() const { return m_error; }

    /// Whether a contract's hours are tracked: active, a retainer with included hours or a
    /// fixed fee with a budget.
    static bool tracksHours(const Contract &contract);

private:
    void rebuild();
    QWidget *rowWidget(const Row &row);

    QList<Row> m_rows;
    QList<HoursBar *> m_bars;
    QString m_error;
    QLabel *m_heading = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_list = nullptr;
};

} // namespace cd
