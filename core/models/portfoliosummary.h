#pragma once

#include "domain/unconverted.h"
#include "domain/money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace cd {

class Database;
class PortfolioQuery;

/// The figures of the dashboard: how many accounts of each kind, the work that is open and
/// the revenue of the last twelve months by account kind, in the firm's currency (every
/// entry converted by the one rule; what has no rate is counted and named in revenueNote()).
///
/// Loading is cheap on a large database: counts use the indexes on (kind, status),
/// (status, due_at) and (follow_up_done, follow_up_on); revenue comes from the monthly rollup
/// for whole months and from the entries only for the two months the year cuts
/// (RevenueAnalytics::byPeriod).
class PortfolioSummary final
{
    Q_DECLARE_TR_FUNCTIONS(cd::PortfolioSummary)

public:
    /// One figure the dashboard shows, in the order it shows them.
    enum class Figure {
        Clients, ///< kind 'client', status active or dormant
        Customers, ///< kind 'customer', status active or dormant
        Prospects, ///< status 'prospect', either kind
        ActiveContracts, ///< contracts with status 'active'
        OpenRequests, ///< service requests not closed
        OverdueRequests, ///< not closed and due_at before now
        FollowUpsDue, ///< interactions with follow_up_on on or before today, not done
        StaleOpportunities, ///< open deals with no stage change or interaction for long
        ClientRevenue, ///< revenue booked as client revenue in the last 12 months
        CustomerRevenue, ///< revenue booked as customer revenue in the last 12 months
        TotalRevenue, ///< both together
    };

    /// Reads the summary as of `now` (requests past due compare with the time of day;
    /// follow-ups and revenue with the date).
    static Result<PortfolioSummary> load(Database &db, const QDateTime &now);
    /// As above, with the current time of day on `today`.
    static Result<PortfolioSummary> load(Database &db, QDate today);

    static QList<Figure> allFigures();
    /// The translated caption of a figure, e.g. "Requests past due".
    static QString label(Figure figure);
    /// True for the money figures.
    static bool isMoney(Figure figure);

    /// The count of a count figure; 0 for a money figure.
    qint64 count(Figure figure) const;
    /// The amount of a money figure; a zero Money for a count figure.
    Money money(Figure figure) const;
    /// The value formatted for people in `locale`: "1,234" or "IDR 12,500,000.00".
    QString formattedValue(Figure figure, const QLocale &locale = QLocale()) const;

    /// Every account, whatever its kind and status; 0 means an empty portfolio.
    qint64 accounts() const { return m_accounts; }
    /// First and last day of the revenue period (both included).
    QDate revenueFrom() const { return m_revenueFrom; }
    QDate revenueTo() const { return m_revenueTo; }
    /// The currency of the revenue figures: the firm's ('currency' setting, IDR without one).
    const QString &currency() const { return m_currency; }
    /// The revenue entries of the last 12 months that could not be converted, by currency.
    const Unconverted &unconverted() const { return m_unconverted; }
    /// "3 USD entries from before the first USD rate, 12,000.00 USD, are not in these figures
    /// — add rates in Settings."; "" when every entry converted.
    QString revenueNote(const QLocale &locale = QLocale()) const
    {
        return m_unconverted.note(Unconverted::What::Entries, m_firstRates, locale);
    }
    QDateTime asOf() const { return m_asOf; }

private:
    /// The revenue of the last 12 months, converted.
    Status readRevenue(Database &db, const QDate &today);

    qint64 m_accounts = 0;
    qint64 m_clients = 0;
    qint64 m_customers = 0;
    qint64 m_prospects = 0;
    qint64 m_activeContracts = 0;
    qint64 m_openRequests = 0;
    qint64 m_overdueRequests = 0;
    qint64 m_followUpsDue = 0;
    qint64 m_staleOpportunities = 0;
    qint64 m_clientRevenueMinor = 0;
    qint64 m_customerRevenueMinor = 0;
    qint64 m_totalRevenueMinor = 0;
    QString m_currency;
    Unconverted m_unconverted;
    QHash<QString, QDate> m_firstRates;
    QDate m_revenueFrom;
    QDate m_revenueTo;
    QDateTime m_asOf;
};

} // namespace cd
