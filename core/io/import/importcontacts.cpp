// Importing contacts: each row names its account, a name and optionally a job title, email,
// phone and roles (codes separated by '|').
#include "domain/contact.h"
#include "domain/email.h"
#include "io/import/importrows.h"
#include "storage/importstore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::importing {

namespace {

struct PendingContact
{
    int line = 0;
    qint64 accountId = 0;
    QString name, jobTitle, email, phone;
    QList<ContactRole> roles;
};

class ContactRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    using ImportRows::ImportRows;

    void check(int line) override
    {
        const qsizetype before = m_ctx.problemCount();
        PendingContact pending;
        pending.line = line;
        const AccountRef *owner = m_ctx.account(line, u"account"_s);
        m_ctx.required(line, u"name"_s, &pending.name);
        pending.jobTitle = m_ctx.value(u"job_title"_s);
        pending.email = m_ctx.value(u"email"_s);
        pending.phone = m_ctx.value(u"phone"_s);
        if (!pending.email.isEmpty() && !isEmailAddress(pending.email))
            m_ctx.problem(line, u"email"_s,
                          tr("%1 is not an email address").arg(quoted(pending.email)));
        for (const QString &part : m_ctx.value(u"roles"_s).split(u'|', Qt::SkipEmptyParts)) {
            const std::optional<ContactRole> role = fromCode<ContactRole>(part);
            if (!role)
                m_ctx.problem(
                    line, u"roles"_s,
                    tr("%1 is not one of %2")
                        .arg(quoted(part.trimmed()), allCodes<ContactRole>().join(u", "_s)));
            else if (!pending.roles.contains(*role))
                pending.roles.append(*role);
        }
        if (m_ctx.problemCount() != before || !owner)
            return;
        std::sort(pending.roles.begin(), pending.roles.end());
        pending.accountId = owner->id;
        m_pending.append(pending);
    }

    int newRecords() const override { return int(m_pending.size()); }

    QString entity() const override { return u"contact"_s; }

    Status write(ImportWriter &writer) override
    {
        return m_ctx.writeRows(m_pending, [&writer](const PendingContact &c) -> Status {
            const auto id
                = writer.contact(c.accountId, c.name, c.jobTitle, c.email, c.phone, c.roles);
            return id ? Status() : Status(Error { id.error() });
        });
    }

private:
    QList<PendingContact> m_pending;
};

} // namespace

std::unique_ptr<ImportRows> contactRows(ImportContext &context)
{
    return std::make_unique<ContactRows>(context);
}

} // namespace cd::importing
