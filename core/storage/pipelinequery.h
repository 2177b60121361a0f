#pragma once

#include "domain/enums.h"
#include "domain/money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

class Database;

/// An opportunity as the pipeline shows it: the deal, its account and owner, and the dates
/// its staleness is judged by.
struct PipelineDeal
{
    qint64 id = 0;
    QString title;
    qint64 accountId = 0;
    QString accountName;
    AccountKind accountKind = AccountKind::Customer;
    DealType dealType = DealType::Engagement;
    OpportunityStage stage = OpportunityStage::Lead;
    Money value;
    int probability = 0;
    QDate expectedClose;
    QDate closedOn;
    std::optional<qint64> ownerId;
    QString ownerName;
    QString nextStep;
    int rowVersion = 0;
    QDate stageSince; ///< the day of the last stage change
    QDate lastInteraction; ///< the account's, open deals only
};

/// Reads the pipeline (PipelineModel) in one query: each deal with its last stage change and
/// its account's last interaction.
class PipelineQuery final
{
    Q_DECLARE_TR_FUNCTIONS(cd::PipelineQuery)

public:
    explicit PipelineQuery(Database &database);

    /// The open deals and those closed on or after `closedSince`, by id; only deal `id`
    /// (or nothing) when it is given.
    Result<QList<PipelineDeal>> deals(const QDate &closedSince,
                                      std::optional<qint64> id = std::nullopt) const;

private:
    Database &m_db;
};

} // namespace cd
