#pragma once

// The importer's reading of one row: the columns a file maps to fields, each field's text,
// and the parsing of dates, money, whole numbers, yes/no and codes. A value that does not
// parse becomes a problem of that line and column. Internal to core/io/import.

#include "domain/enums.h"
#include "io/csvreader.h"
#include "io/importer.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>
#include <utility>

namespace cd::importing {

/// A name as rows match it: trimmed and case-folded.
QString folded(const QString &name);
/// “text”, with the quotation marks of the user's language.
QString quoted(const QString &text);

class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    explicit ImportFields(const QHash<QString, int> &mapping);

    /// The row the functions below read.
    void setRecord(const CsvRecord *record) { m_record = record; }
    /// The currency amounts are read in.
    void setCurrency(const QString &currency) { m_currency = currency; }
    const QString &currency() const { return m_currency; }

    /// The trimmed text of a field in the current row; empty when the file has no column for it.
    QString value(const QString &field) const
    {
        // A short list searched by comparing: a hash of the field name for every value was
        // a sixth of a large import.
        const auto it = std::find_if(m_columns.cbegin(), m_columns.cend(),
                                     [&field](const Column &c) { return c.field == field; });
        if (it == m_columns.cend() || it->index >= m_record->fields.size())
            return {};
        return m_record->fields.at(it->index).trimmed();
    }

    void problem(int line, const QString &column, const QString &reason)
    {
        m_problems.append({ line, column, reason });
    }
    qsizetype problemCount() const { return m_problems.size(); }
    QList<ImportProblem> takeProblems() { return std::exchange(m_problems, {}); }

    /// The text of a field that must not be empty, in *text; false with a problem if it is.
    bool required(int line, const QString &field, QString *text);
    /// An ISO date (YYYY-MM-DD) within the supported range; invalid when empty or wrong.
    QDate date(int line, const QString &field);
    /// An amount in minor units of currency().
    std::optional<qint64> money(int line, const QString &field)
    {
        return money(line, field, m_currency);
    }
    /// An amount in minor units of `currency`.
    std::optional<qint64> money(int line, const QString &field, const QString &currency);
    /// The ISO 4217 code in `field` (any case, spaces around), or currency() when the field is
    /// empty or the file has no such column; empty with a problem when it is not a known code.
    QString currencyCode(int line, const QString &field);
    std::optional<int> number(int line, const QString &field, int minimum);
    bool flag(int line, const QString &field);
    template<typename Enum> std::optional<Enum> code(int line, const QString &field)
    {
        const QString text = value(field);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<Enum> parsed = fromCode<Enum>(text);
        if (!parsed)
            notOneOf(line, field, text, allCodes<Enum>());
        return parsed;
    }

    /// False, with a problem for each field, when a field holds a control character (an
    /// escape sequence, a NUL …); tabs and line breaks are text in the multi-line fields.
    bool controlCharactersFree(int line);
    /// Repository rules that span several fields, reported under `row`.
    void repositoryRules(int line, const QStringList &messages);

private:
    void notOneOf(int line, const QString &field, const QString &text, const QStringList &codes);

    struct Column
    {
        QString field;
        int index;
    };
    QList<Column> m_columns; ///< the mapping: a field and its column, in the file's order
    const CsvRecord *m_record = nullptr;
    QString m_currency;
    QHash<QString, QDate> m_dates; ///< a date as written → the date
    QList<ImportProblem> m_problems;
};

} // namespace cd::importing
