// The importer's public face: the kinds and their columns, the mapping of a file's header,
// and run(), which hands the rows to ImportRun (core/io/import/): field parsing
// (importfields.cpp), one file per kind (importaccounts/contacts/contracts/revenue.cpp) and
// the run with its writing (importrun.cpp). Its SQL is in core/storage/importstore.cpp.
#include "io/importer.h"

#include "io/csvwriter.h"
#include "io/import/importfields.h"
#include "io/import/importrows.h"

#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace cd {

using importing::quoted;

QString toCode(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return u"accounts"_s;
    case ImportKind::Contacts:
        return u"contacts"_s;
    case ImportKind::Contracts:
        return u"contracts"_s;
    case ImportKind::Revenue:
        return u"revenue"_s;
    case ImportKind::Rates:
        return u"rates"_s;
    case ImportKind::Time:
        return u"time"_s;
    }
    return {};
}

std::optional<ImportKind> importKindFromCode(const QString &code)
{
    for (ImportKind kind : { ImportKind::Accounts, ImportKind::Contacts, ImportKind::Contracts,
                             ImportKind::Revenue, ImportKind::Rates, ImportKind::Time }) {
        if (toCode(kind) == code.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

QString toCode(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Fail:
        return u"fail"_s;
    case DuplicatePolicy::Skip:
        return u"skip"_s;
    case DuplicatePolicy::Merge:
        return u"merge"_s;
    case DuplicatePolicy::Create:
        return u"create"_s;
    }
    return {};
}

std::optional<DuplicatePolicy> duplicatePolicyFromCode(const QString &code)
{
    for (DuplicatePolicy policy : { DuplicatePolicy::Fail, DuplicatePolicy::Skip,
                                    DuplicatePolicy::Merge, DuplicatePolicy::Create }) {
        if (toCode(policy) == code.trimmed().toLower())
            return policy;
    }
    return std::nullopt;
}

QString ImportProblem::toString() const
{
    return u"%1: %2: %3"_s.arg(line).arg(column, reason);
}

QString LikelyDuplicate::toString() const
{
    if (existingId > 0) {
        return QCoreApplication::translate("cd::Importer",
                                           "%1: “%2” looks like the account “%3” (id %4): %5")
            .arg(line)
            .arg(name, existingName)
            .arg(existingId)
            .arg(reasons);
    }
    return QCoreApplication::translate("cd::Importer",
                                       "%1: “%2” looks like “%3” on line %4 of the file: %5")
        .arg(line)
        .arg(name, existingName)
        .arg(existingLine)
        .arg(reasons);
}

bool ImportReport::blocked(const ImportOptions &options) const
{
    if (!problems.isEmpty() && !options.skipInvalid)
        return true;
    return std::any_of(duplicates.cbegin(), duplicates.cend(), [](const LikelyDuplicate &d) {
        return d.decision == DuplicatePolicy::Fail;
    });
}

Importer::Importer(Database &database) : m_db(database) { }

QList<ImportField> Importer::fields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return { { u"name"_s, true },  { u"kind"_s, true }, { u"status"_s },
                 { u"industry"_s },    { u"city"_s },       { u"region"_s },
                 { u"country"_s },     { u"channel"_s },    { u"manager"_s },
                 { u"email"_s },       { u"phone"_s },      { u"tax_id"_s },
                 { u"referred_by"_s }, { u"notes"_s },      { u"converted_on"_s },
                 { u"currency"_s } };
    case ImportKind::Contacts:
        return { { u"account"_s, true }, { u"name"_s, true }, { u"job_title"_s },
                 { u"email"_s },         { u"phone"_s },      { u"roles"_s } };
    case ImportKind::Contracts:
        return { { u"account"_s, true }, { u"reference"_s, true }, { u"billing_model"_s, true },
                 { u"fee"_s, true },     { u"currency"_s },        { u"start"_s, true },
                 { u"end"_s },           { u"auto_renew"_s },      { u"renewal_months"_s },
                 { u"notice_days"_s },   { u"estimated_hours"_s }, { u"status"_s },
                 { u"signed_on"_s },     { u"terminated_on"_s },   { u"termination_reason"_s },
                 { u"title"_s },         { u"scope"_s },           { u"termination_clause"_s } };
    case ImportKind::Revenue:
        return { { u"date"_s, true }, { u"account"_s, true }, { u"amount"_s, true },
                 { u"currency"_s },   { u"description"_s },   { u"product"_s },
                 { u"category"_s },   { u"quantity"_s },      { u"discount"_s },
                 { u"promotion"_s },  { u"contract"_s } };
    case ImportKind::Rates:
        // On `date`, one unit of `currency` is worth `rate` units of the firm's currency.
        return { { u"date"_s, true }, { u"currency"_s, true }, { u"rate"_s, true } };
    case ImportKind::Time:
        // core/io/import/importtime.cpp: how rows are matched and defaulted.
        return { { u"date"_s, true },    { u"person"_s, true }, { u"account"_s, true },
                 { u"minutes"_s, true }, { u"contract"_s },     { u"service_request"_s },
                 { u"description"_s },   { u"billable"_s },     { u"rate"_s } };
    }
    return {};
}

QString Importer::normalisedHeader(const QString &header)
{
    QString name = header.trimmed().toLower();
    name.replace(u' ', u'_').replace(u'-', u'_');
    return name;
}

Result<QHash<QString, int>> Importer::mapColumns(ImportKind kind, const CsvDocument &document)
{
    const QList<ImportField> known = fields(kind);
    QStringList knownNames;
    for (const ImportField &field : known)
        knownNames.append(field.name);
    QHash<QString, int> mapping;
    QStringList problems;
    for (int column = 0; column < document.header.size(); ++column) {
        const QString name = normalisedHeader(document.header.at(column));
        if (name.isEmpty()) {
            problems.append(tr("column %1 has no name in the header").arg(column + 1));
        } else if (!knownNames.contains(name)) {
            problems.append(tr("the column %1 is not one of the %2 columns")
                                .arg(quoted(document.header.at(column).trimmed()), toCode(kind)));
        } else if (mapping.contains(name)) {
            problems.append(tr("the column %1 appears twice").arg(quoted(name)));
        } else {
            mapping.insert(name, column);
        }
    }
    for (const ImportField &field : known) {
        if (field.required && !mapping.contains(field.name))
            problems.append(tr("the required column %1 is missing").arg(quoted(field.name)));
    }
    if (!problems.isEmpty()) {
        return Error { tr("%1, line %2: %3. The columns of %4 are: %5.")
                           .arg(document.source)
                           .arg(document.headerLine)
                           .arg(problems.join(u"; "_s), toCode(kind), knownNames.join(u", "_s)) };
    }
    return mapping;
}

Status Importer::checkMapping(ImportKind kind, const CsvDocument &document,
                              const QHash<QString, int> &mapping)
{
    QStringList problems;
    QSet<int> used;
    for (const ImportField &field : fields(kind)) {
        const auto it = mapping.constFind(field.name);
        if (it == mapping.cend()) {
            if (field.required)
                problems.append(tr("choose a column for %1").arg(quoted(field.name)));
            continue;
        }
        if (*it < 0 || *it >= document.header.size())
            problems.append(
                tr("%1 is mapped to a column the file does not have").arg(quoted(field.name)));
        else if (used.contains(*it))
            problems.append(
                tr("the column %1 is chosen for two fields").arg(quoted(document.header.at(*it))));
        used.insert(*it);
    }
    if (!problems.isEmpty())
        return Error { tr("The columns do not fit: %1.").arg(problems.join(u"; "_s)) };
    return {};
}

Result<ImportReport> Importer::run(ImportKind kind, const CsvDocument &document,
                                   const ImportOptions &options, const Progress &progress)
{
    QHash<QString, int> mapping = options.mapping;
    if (mapping.isEmpty()) {
        auto automatic = mapColumns(kind, document);
        if (!automatic)
            return Error { automatic.error() };
        mapping = std::move(*automatic);
    } else if (const Status ok = checkMapping(kind, document, mapping); !ok) {
        return Error { ok.error() };
    }
    return importing::runImport(m_db, kind, document, options, progress, mapping);
}

Status Importer::writeRejected(const QString &path, const CsvDocument &document,
                               const ImportReport &report)
{
    const auto [header, rows] = importing::rejectedTable(document, report);
    return CsvWriter::writeFile(path, header, rows, document.delimiter);
}

} // namespace cd
