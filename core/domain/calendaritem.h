#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cd {

/// A dated thing to act on about an account, as the calendar file holds it (issue 29): a
/// contract's notice deadline, its automatic renewal or its end, a follow-up, or a service
/// request's due time under its service level.
struct CalendarItem
{
    enum class Kind { NoticeDeadline, Renewal, ContractEnd, FollowUp, RequestDue };

    Kind kind = Kind::NoticeDeadline;
    qint64 recordId = 0; ///< the contract, interaction or service request
    qint64 accountId = 0;
    QString account; ///< the account's name
    QString title; ///< the contract's reference, the follow-up's subject, the request's title
    QDate date; ///< the day to act by (for RequestDue, the due time's local day)
    QDateTime dueAt; ///< RequestDue only: the due time
    QDate contractEnd; ///< NoticeDeadline, Renewal, ContractEnd: the end of the term
    bool autoRenew = false; ///< NoticeDeadline: whether the contract renews without notice
};

} // namespace cd
