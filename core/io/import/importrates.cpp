// Importing exchange rates: each row says that on `date` one unit of `currency` is worth
// `rate` units of the firm's currency (the Bank Indonesia JISDOR file, for instance, turned
// into date,currency,rate). Every row is checked first: the rate as ExchangeRate::parse reads
// it, a known ISO 4217 code other than the firm's own, a day in the allowed range, and no
// second rate for a currency and day, in the file or stored. Then CurrencyService::addRates
// stores them all, converting again the revenue entries they affect.
#include "domain/exchangerate.h"
#include "domain/money.h"
#include "io/import/importrows.h"
#include "services/currencyservice.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::importing {

namespace {

struct RateKey
{
    QString currency;
    QDate date;
    friend bool operator==(const RateKey &, const RateKey &) = default;
};

size_t qHash(const RateKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.currency, key.date);
}

class RateRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    RateRows(ImportContext &context, Database &database) : ImportRows(context), m_db(database) { }

    Status load(const ImportLookups &) override
    {
        const auto stored = CurrencyService(m_db).rates();
        if (!stored)
            return Error { stored.error() };
        for (const RateEntry &rate : *stored)
            m_stored.insert({ rate.currency, rate.date }, rate.rate);
        return {};
    }

    void check(int line) override
    {
        const qsizetype before = m_ctx.problemCount();
        QString text;
        RateEntry entry;
        if (m_ctx.required(line, u"date"_s, &text))
            entry.date = m_ctx.date(line, u"date"_s);
        if (m_ctx.required(line, u"currency"_s, &text)) {
            entry.currency = m_ctx.currencyCode(line, u"currency"_s);
            if (entry.currency == m_ctx.currency()) {
                m_ctx.problem(line, u"currency"_s,
                              tr("%1 is the firm's currency, which needs no rate (it is always 1)")
                                  .arg(entry.currency));
                entry.currency.clear();
            }
        }
        if (m_ctx.required(line, u"rate"_s, &text)) {
            const Result<ExchangeRate> rate = ExchangeRate::parse(text);
            if (rate)
                entry.rate = *rate;
            else
                m_ctx.problem(line, u"rate"_s, rate.error());
        }
        if (m_ctx.problemCount() != before || entry.currency.isEmpty() || !entry.date.isValid())
            return;
        const RateKey key { entry.currency, entry.date };
        const QString day = entry.date.toString(Qt::ISODate);
        if (const auto stored = m_stored.constFind(key); stored != m_stored.cend()) {
            m_ctx.problem(line, tr("row"),
                          tr("%1 has a rate on %2 already (%3); change it in Settings or leave "
                             "this line out")
                              .arg(entry.currency, day, stored->toPlainString()));
            return;
        }
        if (const auto earlier = m_lines.constFind(key); earlier != m_lines.cend()) {
            m_ctx.problem(line, tr("row"),
                          tr("line %1 has a rate of %2 on %3 already; a currency has one rate a "
                             "day")
                              .arg(*earlier)
                              .arg(entry.currency, day));
            return;
        }
        m_lines.insert(key, line);
        m_pending.append(entry);
    }

    int newRecords() const override { return int(m_pending.size()); }

    QString entity() const override { return u"exchange_rate"_s; }

    Status write(ImportWriter &) override
    {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (!m_ctx.tick())
                return m_ctx.cancelled();
        }
        // In the import's transaction: the audit entry and the rates commit together.
        return CurrencyService(m_db).addRates(m_pending);
    }

private:
    Database &m_db;
    QHash<RateKey, ExchangeRate> m_stored;
    QHash<RateKey, int> m_lines; ///< the line of each rate of the file
    QList<RateEntry> m_pending;
};

} // namespace

std::unique_ptr<ImportRows> rateRows(ImportContext &context, Database &database)
{
    return std::make_unique<RateRows>(context, database);
}

} // namespace cd::importing
