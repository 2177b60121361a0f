#include "services/currencyservice.h"

#include "storage/exchangeratestore.h"

namespace cd {

Result<RateTable> CurrencyService::rateTable() const
{
    return ExchangeRateStore(m_db).load();
}

} // namespace cd
