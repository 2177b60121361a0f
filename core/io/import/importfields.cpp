// Field parsing for the importer: the text of a row's fields and what it means as a date,
// an amount, a number, yes/no or a code; every failure a problem with its line and column.
#include "io/import/importfields.h"

#include "domain/isodate.h"
#include "domain/money.h"
#include "domain/textrules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::importing {

QString folded(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

QString quoted(const QString &text)
{
    return QCoreApplication::translate("cd::Importer", "“%1”").arg(text);
}

ImportFields::ImportFields(const QHash<QString, int> &mapping)
{
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        m_columns.append({ it.key(), it.value() });
    // In the file's order, so that a row's problems are listed as its columns read.
    std::sort(m_columns.begin(), m_columns.end(),
              [](const Column &a, const Column &b) { return a.index < b.index; });
}

bool ImportFields::required(int line, const QString &field, QString *text)
{
    *text = value(field);
    if (text->isEmpty()) {
        problem(line, field, tr("is empty; it is required"));
        return false;
    }
    return true;
}

QDate ImportFields::date(int line, const QString &field)
{
    const QString text = value(field);
    if (text.isEmpty())
        return {};
    // A file has few distinct dates and many rows: each is parsed once.
    if (const auto known = m_dates.constFind(text); known != m_dates.cend())
        return *known;
    bool wellFormed = false;
    const QDate parsed = parseIsoDate(text, &wellFormed);
    if (!wellFormed)
        problem(line, field,
                tr("%1 is not a date; write dates as YYYY-MM-DD, such as 2024-03-31")
                    .arg(quoted(text)));
    else if (!parsed.isValid())
        problem(line, field, tr("%1 is not a day of the calendar").arg(text));
    else if (!isWithinDateRange(parsed))
        problem(line, field, outOfDateRangeReason(parsed));
    else
        return *m_dates.insert(text, parsed);
    return {};
}

QString ImportFields::currencyCode(int line, const QString &field)
{
    const QString text = value(field);
    if (text.isEmpty())
        return m_currency;
    const QString code = text.toUpper();
    if (!Money::isKnownCurrency(code)) {
        problem(
            line, field,
            tr("%1 is not an ISO 4217 currency code such as IDR, USD or SGD").arg(quoted(text)));
        return {};
    }
    return code;
}

std::optional<qint64> ImportFields::money(int line, const QString &field, const QString &currency)
{
    const QString text = value(field);
    if (text.isEmpty())
        return std::nullopt;
    const Result<Money> parsed = Money::parse(text, currency);
    if (!parsed) {
        problem(line, field, parsed.error());
        return std::nullopt;
    }
    return parsed->minorUnits();
}

std::optional<int> ImportFields::number(int line, const QString &field, int minimum)
{
    const QString text = value(field);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok) {
        problem(line, field, tr("%1 is not a whole number").arg(quoted(text)));
        return std::nullopt;
    }
    if (parsed < minimum) {
        problem(line, field, tr("%1 is less than %2").arg(parsed).arg(minimum));
        return std::nullopt;
    }
    return parsed;
}

bool ImportFields::flag(int line, const QString &field)
{
    const QString text = value(field).toLower();
    if (text.isEmpty() || text == u"no"_s || text == u"false"_s || text == u"0"_s || text == u"n"_s)
        return false;
    if (text == u"yes"_s || text == u"true"_s || text == u"1"_s || text == u"y"_s)
        return true;
    problem(line, field, tr("%1 is not yes or no").arg(quoted(value(field))));
    return false;
}

void ImportFields::notOneOf(int line, const QString &field, const QString &text,
                            const QStringList &codes)
{
    problem(line, field, tr("%1 is not one of %2").arg(quoted(text), codes.join(u", "_s)));
}

bool ImportFields::controlCharactersFree(int line)
{
    bool free = true;
    for (const Column &column : std::as_const(m_columns)) {
        const QString text = value(column.field);
        const bool multiline = column.field == u"notes"_s || column.field == u"scope"_s
            || column.field == u"termination_clause"_s;
        const qsizetype at = firstControlCharacter(text, multiline);
        if (at < 0)
            continue;
        problem(line, column.field,
                tr("contains the control character %1 (character %2), which cannot be "
                   "stored; remove it")
                    .arg(codePointName(text.at(at)))
                    .arg(at + 1));
        free = false;
    }
    return free;
}

void ImportFields::repositoryRules(int line, const QStringList &messages)
{
    for (const QString &message : messages)
        problem(line, tr("row"), message);
}

} // namespace cd::importing
