#include "domain/contracthours.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd {

ContractHours::Level ContractHours::level(qint64 used, qint64 allowed)
{
    if (allowed <= 0)
        return Level::Within;
    if (used * 100 >= qint64(kFullPercent) * allowed)
        return Level::Spent;
    if (used * 100 >= qint64(kNearPercent) * allowed)
        return Level::Near;
    return Level::Within;
}

int ContractHours::percent(qint64 used, qint64 allowed)
{
    if (allowed <= 0 || used <= 0)
        return 0;
    return int(std::min<qint64>(used * 100 / allowed, 1000000));
}

QString ContractHours::levelText(Level level)
{
    switch (level) {
    case Level::Within:
        return {};
    case Level::Near:
        return tr("Over %1\u00a0%").arg(kNearPercent);
    case Level::Spent:
        return tr("Hours spent");
    }
    return {};
}

Result<int> ContractHours::parseHours(const QString &text, const QString &what)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Error { tr("Enter %1.").arg(what) };
    static const QRegularExpression clock(u"^(\\d{1,7}):([0-5]\\d)$"_s);
    static const QRegularExpression decimal(u"^(\\d{1,7})(?:[.,](\\d{1,6}))?\\s*(h)?$"_s);
    static const QRegularExpression parts(u"^(?:(\\d{1,7})\\s*h)?\\s*(?:(\\d{1,9})\\s*m)?$"_s);
    qint64 minutes = -1;
    if (const auto m = clock.match(t); m.hasMatch()) {
        minutes = m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong();
    } else if (const auto d = decimal.match(t); d.hasMatch()) {
        minutes = d.captured(1).toLongLong() * 60;
        if (const QString fraction = d.captured(2); !fraction.isEmpty()) {
            // fraction ÷ 10^n hours in minutes, rounded half away from zero.
            qint64 scale = 1;
            for (qsizetype i = 0; i < fraction.size(); ++i)
                scale *= 10;
            minutes += (fraction.toLongLong() * 60 * 2 + scale) / (2 * scale);
        }
    } else if (const auto p = parts.match(t); p.hasMatch() && !t.isEmpty()
               && (p.capturedLength(1) > 0 || p.capturedLength(2) > 0)) {
        minutes = p.captured(1).toLongLong() * 60 + p.captured(2).toLongLong();
    }
    if (minutes < 0)
        return Error {
            tr("“%1” is not a number of hours: type %2 as 40, 40:30 or 12.5.").arg(t, what)
        };
    if (minutes == 0)
        return Error { tr("Enter more than 0 hours for %1.").arg(what) };
    if (minutes > kMaxMinutes)
        return Error { tr("%1 can be at most %2 hours.")
                           .arg(what.left(1).toUpper() + what.mid(1),
                                QLocale().toString(kMaxMinutes / 60)) };
    return int(minutes);
}

QDate ContractHours::runOutDate(qint64 used, qint64 allowed, const QDate &from, const QDate &today,
                                const QDate &until)
{
    if (used >= allowed)
        return today;
    if (used <= 0 || !from.isValid() || !today.isValid())
        return {};
    const qint64 days = std::max<qint64>(1, from.daysTo(today) + 1);
    // remaining ÷ (used ÷ days), rounded up to whole days.
    const qint64 more = ((allowed - used) * days + used - 1) / used;
    const QDate out = today.addDays(more);
    return until.isValid() && out > until ? until : out;
}

int ContractHours::allowedMinutes(const Contract &contract)
{
    switch (contract.billingModel) {
    case BillingModel::Retainer:
        return contract.includedMinutes;
    case BillingModel::Fixed:
        return contract.budgetMinutes;
    case BillingModel::Hourly:
        break;
    }
    return 0;
}

} // namespace cd
