#pragma once

#include "domain/contracthours.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace cd {

/// A bar of hours used against hours allowed (a retainer's month, a fixed fee's budget),
/// with 80 % and 100 % marked by a line and its words; its colour says the level (blue
/// within, amber from 80 %, red from 100 %) and so does the text beside it, never the colour
/// alone.
class HoursBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoursBar)

public:
    explicit HoursBar(QWidget *parent = nullptr);

    void setHours(qint64 usedMinutes, qint64 allowedMinutes);
    qint64 usedMinutes() const { return m_used; }
    qint64 allowedMinutes() const { return m_allowed; }
    ContractHours::Level level() const { return ContractHours::level(m_used, m_allowed); }

    /// The colour of a level (shared with the trend and the texts beside them).
    static QColor colour(ContractHours::Level level);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qint64 m_used = 0;
    qint64 m_allowed = 0;
};

/// The last months of a contract as small bars, each month's used hours against its allowed
/// ones (the 100 % line dashed), coloured by level; its tooltip lists the months.
class HoursTrend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoursTrend)

public:
    struct Month
    {
        QDate month; ///< its first day
        qint64 usedMinutes = 0;
        qint64 allowedMinutes = 0;
    };

    explicit HoursTrend(QWidget *parent = nullptr);

    void setMonths(const QList<Month> &months);
    const QList<Month> &months() const { return m_months; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Month> m_months;
};

} // namespace cd
