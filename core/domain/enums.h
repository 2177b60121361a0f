#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// Every enumeration of the domain. The code (`toCode`) is what the database and the CSV
// files hold and what the CHECK constraints in resources/sql list; the label (`toLabel`)
// is the translated text a user sees.

enum class AccountKind { Client, Customer };
enum class AccountStatus { Prospect, Active, Dormant, Former };
enum class LegalForm { Person, Organisation };
enum class Channel { Direct, Reseller, Internal };
enum class ContactRole { DecisionMaker, Buyer, User, Billing };
enum class BillingModel { Retainer, Fixed, Hourly };
enum class ContractStatus { Draft, Active, Expired, Terminated };
enum class Frequency { Once, Weekly, Monthly, Quarterly, Yearly, OnRequest };
enum class RequestType { Request, Revision, Complaint };
enum class RequestPriority { Low, Normal, High, Urgent };
enum class RequestStatus { Open, InProgress, Closed };
enum class OpportunityStage { Lead, Qualified, Proposal, Negotiation, Won, Lost };
enum class DealType { Engagement, Sale };
enum class InteractionType { Call, Meeting, Email, Visit, Note };
enum class UserRole { Manager, AccountManager };

#define CD_DECLARE_ENUM_CODES(Enum)                                                        \
    QString toCode(Enum value);                                                            \
    QString toLabel(Enum value);                                                           \
    template<>                                                                             \
    std::optional<Enum> fromCode<Enum>(const QString &code);                               \
    template<>                                                                             \
    QStringList allCodes<Enum>();

/// Parses a code ("client", "decision_maker") case-insensitively, ignoring surrounding
/// spaces; nullopt when it is not one of the enumeration's codes.
template<typename Enum>
std::optional<Enum> fromCode(const QString &code);

/// All codes of an enumeration in declaration order, e.g. for messages and CHECK lists.
template<typename Enum>
QStringList allCodes();

CD_DECLARE_ENUM_CODES(AccountKind)
CD_DECLARE_ENUM_CODES(AccountStatus)
CD_DECLARE_ENUM_CODES(LegalForm)
CD_DECLARE_ENUM_CODES(Channel)
CD_DECLARE_ENUM_CODES(ContactRole)
CD_DECLARE_ENUM_CODES(BillingModel)
CD_DECLARE_ENUM_CODES(ContractStatus)
CD_DECLARE_ENUM_CODES(Frequency)
CD_DECLARE_ENUM_CODES(RequestType)
CD_DECLARE_ENUM_CODES(RequestPriority)
CD_DECLARE_ENUM_CODES(RequestStatus)
CD_DECLARE_ENUM_CODES(OpportunityStage)
CD_DECLARE_ENUM_CODES(DealType)
CD_DECLARE_ENUM_CODES(InteractionType)
CD_DECLARE_ENUM_CODES(UserRole)

#undef CD_DECLARE_ENUM_CODES

} // namespace cd
