#pragma once

#include "domain/enums.h"
#include "domain/money.h"
#include "domain/unconverted.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace cd {

class Database;

/// A prospect: a potential customer or client with no revenue yet.
struct Prospect
{
    qint64 id = 0;
    QString name;
    AccountKind kind = AccountKind::Customer;
    QString manager;
    QDate since; ///< when it was recorded
    QDate lastContact; ///< null when there was none
    int openOpportunities = 0;
    /// The expected value of the open opportunities in the firm's currency, each converted
    /// at the latest rate on or before the day shown.
    Money openValue;
    /// Open values in a currency without a rate yet (entries counts deals' currencies).
    Unconverted unconvertedValue;
};

/// The prospects of both kinds, most recently contacted first. A prospect stops being one at
/// its first sale (SaleRecorder) or first signed contract (ContractRepository::sign).
class ProspectList final
{
    Q_DECLARE_TR_FUNCTIONS(cd::ProspectList)

public:
    static Result<QList<Prospect>> load(Database &database,
                                        const QDate &today = QDate::currentDate());
};

} // namespace cd
