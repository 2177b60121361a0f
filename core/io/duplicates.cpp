#include "io/duplicates.h"

#include "storage/accountrepository.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

// Words that say what legal form a business has, not who it is (Indonesian, English,
// German, Dutch, French, Malaysian and Singaporean forms). Compared after lower-casing and
// removing punctuation, so "P.T." and "Tbk." are "pt" and "tbk".
const QSet<QString> &legalFormWords()
{
    static const QSet<QString> words {
        u"pt"_s,   u"cv"_s,          u"tbk"_s, u"ud"_s,      u"persero"_s, u"perum"_s,
        u"ltd"_s,  u"limited"_s,     u"llc"_s, u"llp"_s,     u"inc"_s,     u"incorporated"_s,
        u"corp"_s, u"corporation"_s, u"co"_s,  u"company"_s, u"plc"_s,     u"gmbh"_s,
        u"ag"_s,   u"kg"_s,          u"bv"_s,  u"nv"_s,      u"sa"_s,      u"sarl"_s,
        u"pte"_s,  u"sdn"_s,         u"bhd"_s, u"pty"_s,
    };
    return words;
}

QString withoutAccents(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

constexpr int kPhoneDigits = 9;
constexpr int kPhoneMinimumDigits = 7;

} // namespace

QString DuplicateRules::nameKey(const QString &name)
{
    const QString folded = withoutAccents(name).toCaseFolded();
    // Punctuation joins what it separates inside a word ("P.T." → "pt") and separates
    // words otherwise ("Maju,Jaya" → "maju jaya").
    QString cleaned;
    cleaned.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isLetterOrNumber()) {
            cleaned.append(c);
        } else if (c == u'.' || c == u'\'' || c == u'’') {
            const bool inWord = i > 0 && folded.at(i - 1).isLetterOrNumber()
                && i + 1 < folded.size() && folded.at(i + 1).isLetterOrNumber();
            if (!inWord)
                cleaned.append(u' ');
        } else {
            cleaned.append(u' ');
        }
    }
    const QStringList words = cleaned.split(u' ', Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &word : words) {
        if (!legalFormWords().contains(word))
            kept.append(word);
    }
    return (kept.isEmpty() ? words : kept).join(u' ');
}

QString DuplicateRules::emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QString DuplicateRules::phoneKey(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() < kPhoneMinimumDigits)
        return {};
    return digits.right(kPhoneDigits);
}

QString DuplicateRules::taxIdKey(const QString &taxId)
{
    QString key;
    for (const QChar c : taxId) {
        if (c.isLetterOrNumber())
            key.append(c.toUpper());
    }
    return key;
}

QString DuplicateRules::describe(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::Name:
        return tr("same name");
    case DuplicateReason::Email:
        return tr("same email");
    case DuplicateReason::Phone:
        return tr("same phone");
    case DuplicateReason::TaxId:
        return tr("same tax id");
    }
    return {};
}

QString DuplicateRules::describe(const QList<DuplicateReason> &reasons)
{
    QStringList parts;
    for (const DuplicateReason reason : reasons)
        parts.append(describe(reason));
    return parts.join(u", "_s);
}

namespace {

// The keys of an account other than its name, each with the reason it stands for.
QList<std::pair<QString, DuplicateReason>> otherKeys(const Account &account)
{
    QList<std::pair<QString, DuplicateReason>> keys;
    if (const QString email = DuplicateRules::emailKey(account.email); !email.isEmpty())
        keys.append({ u"e:"_s + email, DuplicateReason::Email });
    if (const QString phone = DuplicateRules::phoneKey(account.phone); !phone.isEmpty())
        keys.append({ u"p:"_s + phone, DuplicateReason::Phone });
    if (const QString taxId = DuplicateRules::taxIdKey(account.taxId); !taxId.isEmpty())
        keys.append({ u"t:"_s + taxId, DuplicateReason::TaxId });
    return keys;
}

} // namespace

void DuplicateIndex::add(qint64 key, const Account &account)
{
    if (const QString name = DuplicateRules::nameKey(account.name); !name.isEmpty())
        m_names[name].append(key);
    for (const auto &[other, reason] : otherKeys(account))
        m_others[other].append(key);
}

QList<DuplicateIndex::Match> DuplicateIndex::matches(const Account &account) const
{
    QHash<qint64, QList<DuplicateReason>> found;
    const auto note = [&found](const QList<qint64> &keys, DuplicateReason reason) {
        for (const qint64 key : keys) {
            QList<DuplicateReason> &reasons = found[key];
            if (!reasons.contains(reason))
                reasons.append(reason);
        }
    };
    if (const QString name = DuplicateRules::nameKey(account.name); !name.isEmpty())
        note(m_names.value(name), DuplicateReason::Name);
    for (const auto &[other, reason] : otherKeys(account))
        note(m_others.value(other), reason);

    QList<Match> result;
    result.reserve(found.size());
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        QList<DuplicateReason> reasons = it.value();
        std::sort(reasons.begin(), reasons.end());
        result.append({ it.key(), reasons });
    }
    std::sort(result.begin(), result.end(),
              [](const Match &a, const Match &b) { return a.key < b.key; });
    return result;
}

void fillEmptyFields(Account &target, const Account &source)
{
    for (auto [to, from] :
         { std::pair { &target.industry, &source.industry },
           std::pair { &target.city, &source.city }, std::pair { &target.region, &source.region },
           std::pair { &target.country, &source.country },
           std::pair { &target.taxId, &source.taxId }, std::pair { &target.email, &source.email },
           std::pair { &target.phone, &source.phone }, std::pair { &target.notes, &source.notes },
           std::pair { &target.currency, &source.currency } }) {
        if (to->isEmpty())
            *to = *from;
    }
    if (!target.managerId)
        target.managerId = source.managerId;
    if (!target.referredById && source.referredById != target.id)
        target.referredById = source.referredById;
}

Result<QList<DuplicatePair>> findDuplicateAccounts(Database &database)
{
    auto accounts = AccountRepository(database).list();
    if (!accounts)
        return Error { accounts.error() };
    std::sort(accounts->begin(), accounts->end(),
              [](const Account &a, const Account &b) { return a.id < b.id; });
    QHash<qint64, qsizetype> byId;
    DuplicateIndex index;
    QList<DuplicatePair> pairs;
    for (qsizetype i = 0; i < accounts->size(); ++i) {
        const Account &account = accounts->at(i);
        for (const DuplicateIndex::Match &match : index.matches(account))
            pairs.append({ accounts->at(byId.value(match.key)), account, match.reasons });
        index.add(account.id, account);
        byId.insert(account.id, i);
    }
    return pairs;
}

} // namespace cd
