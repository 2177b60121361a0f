#include "saleservice.h"

#include "storage/accountrepository.h"
#include "storage/productrepository.h"
#include "storage/salerecorder.h"
#include "storage/settingsrepository.h"

#include <algorithm>

namespace cd {

QStringList SaleService::validate(const Sale &sale)
{
    return SaleRecorder::validate(sale);
}

Result<QList<qint64>> SaleService::record(const Sale &sale)
{
    return SaleRecorder(m_db).record(sale);
}

SaleService::Choices SaleService::choices(qint64 accountId) const
{
    Choices choices;
    choices.firmCurrency = SettingsRepository(m_db).firmCurrency();
    if (const auto products = ProductRepository(m_db).list(true); products)
        choices.products = *products;
    if (const auto accounts = AccountRepository(m_db).list(); accounts) {
        QList<Account> sorted = *accounts;
        std::sort(sorted.begin(), sorted.end(), [](const Account &a, const Account &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        for (const Account &a : std::as_const(sorted)) {
            if (a.kind == AccountKind::Customer || a.id == accountId)
                choices.customers.append(a);
        }
    }
    return choices;
}

} // namespace cd
