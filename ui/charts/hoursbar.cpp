#include "charts/hoursbar.h"

#include "domain/timerules.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

constexpr int kBarHeight = 14;

} // namespace

HoursBar::HoursBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HoursBar::setHours(qint64 usedMinutes, qint64 allowedMinutes)
{
    m_used = std::max<qint64>(0, usedMinutes);
    m_allowed = std::max<qint64>(0, allowedMinutes);
    setAccessibleDescription(
        tr("%1 of %2 hours used (%3\u00a0%)")
            .arg(TimeRules::formatDuration(m_used), TimeRules::formatDuration(m_allowed))
            .arg(ContractHours::percent(m_used, m_allowed)));
    update();
}

QColor HoursBar::colour(ContractHours::Level level)
{
    switch (level) {
    case ContractHours::Level::Within:
        return QColor(0x1f, 0x5f, 0xa8); // the clients' blue
    case ContractHours::Level::Near:
        return QColor(0xad, 0x6a, 0x00); // an amber dark enough for text on white
    case ContractHours::Level::Spent:
        return QColor(0xc6, 0x28, 0x28); // the app's warning red
    }
    return {};
}

QSize HoursBar::sizeHint() const
{
    return { 360, kBarHeight + fontMetrics().height() + 6 };
}

QSize HoursBar::minimumSizeHint() const
{
    return { 160, sizeHint().height() };
}

void HoursBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF track(0.5, 0.5, width() - 1.0, kBarHeight);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(track, 3, 3);
    if (m_allowed <= 0)
        return;
    // The scale reaches 100 %, or the hours used when they are more.
    const qreal scale = qreal(std::max(m_used, m_allowed));
    const qreal usedWidth = track.width() * qreal(m_used) / scale;
    if (usedWidth > 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour(level()));
        p.drawRoundedRect(QRectF(track.left(), track.top(), usedWidth, track.height()), 3, 3);
    }
    // 80 % and 100 %: a line across the bar and its words under it.
    const QFontMetrics metrics = fontMetrics();
    for (const int percent : { ContractHours::kNearPercent, ContractHours::kFullPercent }) {
        const qreal x = track.left() + track.width() * qreal(m_allowed) * percent / 100.0 / scale;
        p.setPen(QPen(palette().color(QPalette::WindowText), 1.5));
        p.drawLine(QPointF(x, track.top() - 0.5), QPointF(x, track.bottom() + 3));
        const QString label = tr("%1\u00a0%").arg(percent);
        const int w = metrics.horizontalAdvance(label);
        const qreal left = std::clamp(x - w / 2.0, 0.0, qreal(width() - w));
        p.drawText(QPointF(left, track.bottom() + 3 + metrics.ascent()), label);
    }
}

HoursTrend::HoursTrend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void HoursTrend::setMonths(const QList<Month> &months)
{
    m_months = months;
    const QLocale locale;
    QStringList lines { tr("Hours used per month:") };
    for (const Month &m : months)
        lines.append(tr("%1: %2 of %3 (%4\u00a0%)")
                         .arg(locale.toString(m.month, u"MMM yyyy"_s),
                              TimeRules::formatDuration(m.usedMinutes),
                              TimeRules::formatDuration(m.allowedMinutes))
                         .arg(ContractHours::percent(m.usedMinutes, m.allowedMinutes)));
    setToolTip(lines.join(u'\n'));
    setAccessibleDescription(toolTip());
    update();
}

QSize HoursTrend::sizeHint() const
{
    return { 12 * 9 + 4, 40 };
}

void HoursTrend::paintEvent(QPaintEvent *)
{
    if (m_months.isEmpty())
        return;
    QPainter p(this);
    qint64 top = 1;
    for (const Month &m : std::as_const(m_months))
        top = std::max({ top, m.usedMinutes, m.allowedMinutes });
    const qreal h = height() - 2.0;
    const qreal slot = qreal(width()) / qreal(m_months.size());
    const qreal bar = std::max(2.0, slot - 2.0);
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const Month &m = m_months.at(i);
        const qreal x = i * slot + 1;
        const qreal barHeight = h * qreal(m.usedMinutes) / qreal(top);
        p.fillRect(QRectF(x, 1 + h - barHeight, bar, barHeight),
                   HoursBar::colour(ContractHours::level(m.usedMinutes, m.allowedMinutes)));
        if (m.allowedMinutes > 0) { // the month's 100 %
            const qreal y = 1 + h - h * qreal(m.allowedMinutes) / qreal(top);
            p.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
            p.drawLine(QPointF(x - 0.5, y), QPointF(x + bar + 0.5, y));
        }
    }
}

} // namespace cd
