#include "domain/enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace cd {

namespace {

struct Entry
{
    const char16_t *code;
    const char *label; // source text for QCoreApplication::translate("cd::Enums", …)
};

template<typename Enum, std::size_t N>
QString codeOf(const std::array<Entry, N> &entries, Enum value)
{
    return QString::fromUtf16(entries.at(static_cast<std::size_t>(value)).code);
}

template<typename Enum, std::size_t N>
QString labelOf(const std::array<Entry, N> &entries, Enum value)
{
    return QCoreApplication::translate("cd::Enums",
                                       entries.at(static_cast<std::size_t>(value)).label);
}

template<typename Enum, std::size_t N>
std::optional<Enum> parse(const std::array<Entry, N> &entries, const QString &code)
{
    const QString wanted = code.trimmed();
    for (std::size_t i = 0; i < N; ++i) {
        if (wanted.compare(QString::fromUtf16(entries[i].code), Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template<std::size_t N>
QStringList codes(const std::array<Entry, N> &entries)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(N));
    for (const Entry &e : entries)
        list.append(QString::fromUtf16(e.code));
    return list;
}

// QT_TRANSLATE_NOOP marks the labels for lupdate.
const std::array<Entry, 2> kAccountKind{{
    {u"client", QT_TRANSLATE_NOOP("cd::Enums", "Client")},
    {u"customer", QT_TRANSLATE_NOOP("cd::Enums", "Customer")},
}};
const std::array<Entry, 4> kAccountStatus{{
    {u"prospect", QT_TRANSLATE_NOOP("cd::Enums", "Prospect")},
    {u"active", QT_TRANSLATE_NOOP("cd::Enums", "Active")},
    {u"dormant", QT_TRANSLATE_NOOP("cd::Enums", "Dormant")},
    {u"former", QT_TRANSLATE_NOOP("cd::Enums", "Former")},
}};
const std::array<Entry, 2> kLegalForm{{
    {u"person", QT_TRANSLATE_NOOP("cd::Enums", "Person")},
    {u"organisation", QT_TRANSLATE_NOOP("cd::Enums", "Organisation")},
}};
const std::array<Entry, 3> kChannel{{
    {u"direct", QT_TRANSLATE_NOOP("cd::Enums", "Direct")},
    {u"reseller", QT_TRANSLATE_NOOP("cd::Enums", "Reseller")},
    {u"internal", QT_TRANSLATE_NOOP("cd::Enums", "Internal")},
}};
const std::array<Entry, 4> kContactRole{{
    {u"decision_maker", QT_TRANSLATE_NOOP("cd::Enums", "Decision maker")},
    {u"buyer", QT_TRANSLATE_NOOP("cd::Enums", "Buyer")},
    {u"user", QT_TRANSLATE_NOOP("cd::Enums", "User")},
    {u"billing", QT_TRANSLATE_NOOP("cd::Enums", "Billing")},
}};
const std::array<Entry, 3> kBillingModel{{
    {u"retainer", QT_TRANSLATE_NOOP("cd::Enums", "Monthly retainer")},
    {u"fixed", QT_TRANSLATE_NOOP("cd::Enums", "Fixed fee")},
    {u"hourly", QT_TRANSLATE_NOOP("cd::Enums", "Hourly rate")},
}};
const std::array<Entry, 4> kContractStatus{{
    {u"draft", QT_TRANSLATE_NOOP("cd::Enums", "Draft")},
    {u"active", QT_TRANSLATE_NOOP("cd::Enums", "Active")},
    {u"expired", QT_TRANSLATE_NOOP("cd::Enums", "Expired")},
    {u"terminated", QT_TRANSLATE_NOOP("cd::Enums", "Terminated")},
}};
const std::array<Entry, 6> kFrequency{{
    {u"once", QT_TRANSLATE_NOOP("cd::Enums", "Once")},
    {u"weekly", QT_TRANSLATE_NOOP("cd::Enums", "Weekly")},
    {u"monthly", QT_TRANSLATE_NOOP("cd::Enums", "Monthly")},
    {u"quarterly", QT_TRANSLATE_NOOP("cd::Enums", "Quarterly")},
    {u"yearly", QT_TRANSLATE_NOOP("cd::Enums", "Yearly")},
    {u"on_request", QT_TRANSLATE_NOOP("cd::Enums", "On request")},
}};
const std::array<Entry, 3> kRequestType{{
    {u"request", QT_TRANSLATE_NOOP("cd::Enums", "Request")},
    {u"revision", QT_TRANSLATE_NOOP("cd::Enums", "Revision")},
    {u"complaint", QT_TRANSLATE_NOOP("cd::Enums", "Complaint")},
}};
const std::array<Entry, 4> kRequestPriority{{
    {u"low", QT_TRANSLATE_NOOP("cd::Enums", "Low")},
    {u"normal", QT_TRANSLATE_NOOP("cd::Enums", "Normal")},
    {u"high", QT_TRANSLATE_NOOP("cd::Enums", "High")},
    {u"urgent", QT_TRANSLATE_NOOP("cd::Enums", "Urgent")},
}};
const std::array<Entry, 3> kRequestStatus{{
    {u"open", QT_TRANSLATE_NOOP("cd::Enums", "Open")},
    {u"in_progress", QT_TRANSLATE_NOOP("cd::Enums", "In progress")},
    {u"closed", QT_TRANSLATE_NOOP("cd::Enums", "Closed")},
}};
const std::array<Entry, 6> kOpportunityStage{{
    {u"lead", QT_TRANSLATE_NOOP("cd::Enums", "Lead")},
    {u"qualified", QT_TRANSLATE_NOOP("cd::Enums", "Qualified")},
    {u"proposal", QT_TRANSLATE_NOOP("cd::Enums", "Proposal")},
    {u"negotiation", QT_TRANSLATE_NOOP("cd::Enums", "Negotiation")},
    {u"won", QT_TRANSLATE_NOOP("cd::Enums", "Won")},
    {u"lost", QT_TRANSLATE_NOOP("cd::Enums", "Lost")},
}};
const std::array<Entry, 2> kDealType{{
    {u"engagement", QT_TRANSLATE_NOOP("cd::Enums", "Client engagement")},
    {u"sale", QT_TRANSLATE_NOOP("cd::Enums", "Customer sale")},
}};
const std::array<Entry, 5> kInteractionType{{
    {u"call", QT_TRANSLATE_NOOP("cd::Enums", "Call")},
    {u"meeting", QT_TRANSLATE_NOOP("cd::Enums", "Meeting")},
    {u"email", QT_TRANSLATE_NOOP("cd::Enums", "Email")},
    {u"visit", QT_TRANSLATE_NOOP("cd::Enums", "Visit")},
    {u"note", QT_TRANSLATE_NOOP("cd::Enums", "Note")},
}};
const std::array<Entry, 2> kUserRole{{
    {u"manager", QT_TRANSLATE_NOOP("cd::Enums", "Manager")},
    {u"account_manager", QT_TRANSLATE_NOOP("cd::Enums", "Account manager")},
}};

} // namespace

#define CD_DEFINE_ENUM_CODES(Enum, table)                                                  \
    QString toCode(Enum value) { return codeOf(table, value); }                            \
    QString toLabel(Enum value) { return labelOf(table, value); }                          \
    template<>                                                                             \
    std::optional<Enum> fromCode<Enum>(const QString &code)                                \
    {                                                                                      \
        return parse<Enum>(table, code);                                                   \
    }                                                                                      \
    template<>                                                                             \
    QStringList allCodes<Enum>()                                                           \
    {                                                                                      \
        return codes(table);                                                               \
    }

CD_DEFINE_ENUM_CODES(AccountKind, kAccountKind)
CD_DEFINE_ENUM_CODES(AccountStatus, kAccountStatus)
CD_DEFINE_ENUM_CODES(LegalForm, kLegalForm)
CD_DEFINE_ENUM_CODES(Channel, kChannel)
CD_DEFINE_ENUM_CODES(ContactRole, kContactRole)
CD_DEFINE_ENUM_CODES(BillingModel, kBillingModel)
CD_DEFINE_ENUM_CODES(ContractStatus, kContractStatus)
CD_DEFINE_ENUM_CODES(Frequency, kFrequency)
CD_DEFINE_ENUM_CODES(RequestType, kRequestType)
CD_DEFINE_ENUM_CODES(RequestPriority, kRequestPriority)
CD_DEFINE_ENUM_CODES(RequestStatus, kRequestStatus)
CD_DEFINE_ENUM_CODES(OpportunityStage, kOpportunityStage)
CD_DEFINE_ENUM_CODES(DealType, kDealType)
CD_DEFINE_ENUM_CODES(InteractionType, kInteractionType)
CD_DEFINE_ENUM_CODES(UserRole, kUserRole)

#undef CD_DEFINE_ENUM_CODES

} // namespace cd
