#pragma once

#include "domain/account.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class Database;

/// How two accounts resemble each other.
enum class DuplicateReason { Name, Email, Phone, TaxId };

/// The rules that make two accounts a likely duplicate. Each account is reduced to keys;
/// two accounts sharing any key are a likely pair:
/// - name: lower case, accents and punctuation removed, spacing collapsed, and legal-form
///   words (PT, CV, Tbk, Ltd, LLC, GmbH, Inc, …) dropped, so "PT. Maju Jaya, Tbk" and
///   "maju  jaya" match; a name that is nothing but legal-form words keeps them;
/// - email: trimmed, lower case;
/// - phone: the last nine digits (so "+62 21 555-0123" matches "(021) 5550123"); numbers with
///   fewer than seven digits are ignored;
/// - tax id: letters and digits only, upper case ("01.234.567.8-901.000" = "012345678901000").
class DuplicateRules final
{
    Q_DECLARE_TR_FUNCTIONS(cd::DuplicateRules)

public:
    static QString nameKey(const QString &name);
    static QString emailKey(const QString &email);
    static QString phoneKey(const QString &phone);
    static QString taxIdKey(const QString &taxId);

    /// "same name", "same email", … for people.
    static QString describe(DuplicateReason reason);
    static QString describe(const QList<DuplicateReason> &reasons);
};

/// Finds likely duplicates among accounts added to it. Lookups are hash-based, so checking
/// ten thousand accounts against each other takes milliseconds.
class DuplicateIndex final
{
public:
    struct Match
    {
        qint64 key = 0; ///< what the caller passed to add(): an account id or a row number
        QList<DuplicateReason> reasons;
    };

    void add(qint64 key, const Account &account);
    /// The accounts added so far that resemble `account`, by key.
    QList<Match> matches(const Account &account) const;
    bool isEmpty() const { return m_names.isEmpty() && m_others.isEmpty(); }

private:
    QHash<QString, QList<qint64>> m_names;
    QHash<QString, QList<qint64>> m_others; // "e:…", "p:…", "t:…"
};

/// A likely duplicate pair of stored accounts.
struct DuplicatePair
{
    Account first; ///< the older account (lower id)
    Account second; ///< the newer one
    QList<DuplicateReason> reasons;
};

/// What merging keeps of a duplicate: the fields `target` leaves empty (industry, city, region,
/// country, tax id, email, phone, notes, own currency, account manager, referred-by) are
/// taken from `source`. A referral to `target` itself is not taken.
void fillEmptyFields(Account &target, const Account &source);

/// The likely duplicate pairs across a whole database, oldest first.
Result<QList<DuplicatePair>> findDuplicateAccounts(Database &database);

} // namespace cd
