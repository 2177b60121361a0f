#pragma once

#include "domain/enums.h"
#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

/// One stage change of an opportunity, with the day it happened.
struct StageChange
{
    OpportunityStage stage = OpportunityStage::Lead;
    QDate changedOn;

    friend bool operator==(const StageChange &, const StageChange &) = default;
};

/// A deal in the pipeline: a client engagement or a customer sale (see docs/design.md).
struct Opportunity
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString title;
    DealType dealType = DealType::Engagement;
    Money expectedValue;
    int probability = 10; ///< percent, 0–100
    OpportunityStage stage = OpportunityStage::Lead;
    QDate firstContact;
    QDate expectedClose;
    QDate closedOn; ///< set while won or lost
    QString lostReason;
    std::optional<qint64> ownerId;
    QString nextStep;
    std::optional<qint64> contractId;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
    QList<StageChange> history; ///< oldest first; read by OpportunityRepository::get()

    friend bool operator==(const Opportunity &, const Opportunity &) = default;
};

} // namespace cd
