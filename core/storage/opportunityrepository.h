#pragma once

#include "domain/opportunity.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

/// Stores the pipeline: opportunities and every change of their stage, with its date.
///
/// update() edits the details; moveToStage() and reopen() change the stage, recording each
/// change in opportunity_stages so that sales cycles and days in stage can be measured.
/// Writes validate first, run in one transaction with an audit_log row, and are optimistic.
class OpportunityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(cd::OpportunityRepository)

public:
    explicit OpportunityRepository(Database &database);

    static QStringList validate(const Opportunity &opportunity);

    /// Stores a new opportunity at its stage, recorded as reached on the first contact.
    Result<qint64> insert(const Opportunity &opportunity);
    /// Stores changed details; the stage is changed by moveToStage() and reopen().
    Status update(const Opportunity &opportunity);
    /// Moves an open opportunity to `stage` on `on`. Won and lost close it (a loss needs its
    /// reason, a win a value); the probability becomes the stage's default.
    Status moveToStage(qint64 id, OpportunityStage stage, const QDate &on,
                       const QString &lostReason, int rowVersion);
    /// Puts a won or lost opportunity back into an open stage on `on`.
    Status reopen(qint64 id, OpportunityStage stage, const QDate &on, int rowVersion);
    Status remove(qint64 id);

    /// The opportunity with its stage history.
    Result<Opportunity> get(qint64 id) const;
    Result<QList<Opportunity>> listForAccount(qint64 accountId) const;
    /// Every opportunity not won or lost, by expected close.
    Result<QList<Opportunity>> listOpen() const;

private:
    Status changeStage(Opportunity &o, OpportunityStage stage, const QDate &on,
                       const QString &details);
    Result<QList<Opportunity>> fetch(const QString &where, const QString &name,
                                     const QVariant &value) const;

    Database &m_db;
};

} // namespace cd
