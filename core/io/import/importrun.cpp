// The run of one import: every row checked by its kind (ImportRows), then, unless it is a
// dry run or something blocks it, every row written in one transaction (ImportWriter) with
// its audit entry and the --rejected file. Also ImportContext, which the kinds share.
#include "io/csvwriter.h"
#include "io/import/importrows.h"
#include "storage/database.h"
#include "storage/importstore.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace cd::importing {

namespace {

// How often (in rows) progress is reported and Cancel is looked at.
constexpr int kProgressEvery = 256;

} // namespace

ImportContext::ImportContext(const CsvDocument &theDocument, const ImportOptions &theOptions,
                             const Importer::Progress &progress, const QHash<QString, int> &mapping,
                             ImportReport &theReport)
    : ImportFields(mapping)
    , document(theDocument)
    , options(theOptions)
    , report(theReport)
    , m_progress(progress)
{ }

Status ImportContext::load(const ImportLookups &lookups)
{
    today = QDate::currentDate();
    setCurrency(lookups.firmCurrency());
    const auto stored = lookups.accounts();
    if (!stored)
        return Error { stored.error() };
    for (const ImportLookups::AccountName &a : *stored)
        m_accounts[folded(a.name)].append({ a.id, a.name, a.kind, a.convertedOn });
    return {};
}

const AccountRef *ImportContext::account(int line, const QString &field)
{
    QString name;
    if (!required(line, field, &name))
        return nullptr;
    // Rows name the same accounts again and again: each spelling is folded once.
    auto cached = m_accountsBySpelling.constFind(name);
    if (cached == m_accountsBySpelling.cend()) {
        const auto it = m_accounts.constFind(folded(name));
        cached = m_accountsBySpelling.insert(name, it == m_accounts.cend() ? nullptr : &*it);
    }
    const QList<AccountRef> *it = *cached;
    if (!it || it->isEmpty()) {
        problem(line, field, tr("there is no account named %1").arg(quoted(name)));
        return nullptr;
    }
    if (it->size() > 1) {
        problem(line, field,
                tr("several accounts are named %1; rename all but one of them first")
                    .arg(quoted(name)));
        return nullptr;
    }
    return &it->first();
}

bool ImportContext::tick()
{
    ++m_done;
    if (!m_progress || (m_done % kProgressEvery != 0 && m_done != m_total))
        return true;
    return m_progress(m_done, m_total);
}

Error ImportContext::cancelled() const
{
    return Error {
        tr("The import of %1 was cancelled; nothing was imported.").arg(document.source)
    };
}

Error ImportContext::lineError(int line, const QString &error) const
{
    return Error { tr("Line %1: %2").arg(line).arg(error) };
}

std::pair<QStringList, QList<QStringList>> rejectedTable(const CsvDocument &document,
                                                         const ImportReport &report)
{
    QHash<int, QStringList> reasons;
    for (const ImportProblem &p : report.problems)
        reasons[p.line].append(p.column + u": "_s + p.reason);
    QList<QStringList> rows;
    for (const CsvRecord &record : report.rejected) {
        QStringList fields = record.fields;
        while (fields.size() < document.header.size())
            fields.append(QString());
        fields << QString::number(record.line) << reasons.value(record.line).join(u"; "_s);
        rows.append(fields);
    }
    return { document.header + QStringList { u"line"_s, u"problems"_s }, rows };
}

namespace {

std::unique_ptr<ImportRows> rowsOf(ImportKind kind, ImportContext &context, Database &db)
{
    switch (kind) {
    case ImportKind::Rates:
        return rateRows(context, db);
    case ImportKind::Time:
        return timeRows(context, db);
    case ImportKind::Accounts:
        return accountRows(context);
    case ImportKind::Contacts:
        return contactRows(context);
    case ImportKind::Contracts:
        return contractRows(context);
    case ImportKind::Revenue:
        break;
    }
    return revenueRows(context);
}

/// One run of the importer over one document.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(cd::Importer)

public:
    ImportRun(Database &db, ImportKind kind, const CsvDocument &document,
              const ImportOptions &options, const Importer::Progress &progress,
              const QHash<QString, int> &mapping)
        : m_db(db)
        , m_doc(document)
        , m_options(options)
        , m_ctx(document, options, progress, mapping, m_report)
        , m_rows(rowsOf(kind, m_ctx, db))
    {
        m_report.kind = kind;
        m_report.rows = int(document.records.size());
        m_report.notices = document.notices;
        m_ctx.setTotal(qint64(document.records.size()) * (options.dryRun ? 1 : 2));
    }

    Result<ImportReport> execute()
    {
        if (m_doc.records.isEmpty()) {
            return Error { tr("%1 has a header (line %2) but no rows: there is nothing to import.")
                               .arg(m_doc.source)
                               .arg(m_doc.headerLine) };
        }
        const ImportLookups lookups(m_db);
        if (const Status ok = m_ctx.load(lookups); !ok)
            return Error { ok.error() };
        if (const Status ok = m_rows->load(lookups); !ok)
            return Error { ok.error() };
        for (const CsvRecord &record : m_doc.records) {
            if (!m_ctx.tick())
                return m_ctx.cancelled();
            const qsizetype before = m_ctx.problemCount();
            check(record);
            if (m_ctx.problemCount() != before)
                m_report.rejected.append(record);
        }
        m_report.problems = m_ctx.takeProblems();
        m_report.imported = m_rows->newRecords();
        m_report.written = false;
        if (m_options.dryRun || m_report.blocked(m_options))
            return m_report;
        if (const Status ok = write(); !ok)
            return Error { ok.error() };
        m_report.written = true;
        return m_report;
    }

private:
    void check(const CsvRecord &record)
    {
        if (record.fields.size() != m_doc.header.size()) {
            m_ctx.problem(record.line, tr("row"),
                          tr("the header has %1 columns but this row has %2")
                              .arg(m_doc.header.size())
                              .arg(record.fields.size()));
            return;
        }
        m_ctx.setRecord(&record);
        // A row with a control character is refused as it stands; its other rules can wait
        // for a clean copy.
        if (m_ctx.controlCharactersFree(record.line))
            m_rows->check(record.line);
    }

    Status write()
    {
        ImportWriter writer(m_db, m_ctx.currency());
        if (const Status ok = writer.begin(); !ok)
            return ok;
        if (const Status ok = m_rows->prepare(writer, &m_report.created); !ok)
            return ok;
        if (const Status ok = m_rows->write(writer); !ok)
            return ok;
        if (const Status fresh = writer.refreshCustomerStats(m_ctx.touched); !fresh)
            return fresh;
        const QString details = tr("%1: new records: %2, merged: %3, skipped: %4, left out: %5")
                                    .arg(m_doc.source)
                                    .arg(m_report.imported)
                                    .arg(m_report.merged)
                                    .arg(m_report.skipped)
                                    .arg(m_report.rejectedRows());
        if (const Status logged
            = writer.audit(m_rows->entity(), std::nullopt, u"import"_s, details);
            !logged)
            return logged;
        // The rejected rows are on disk before the import commits: a file that cannot be
        // written (a missing folder, a full disk) leaves the database as it was, so running
        // the import again after fixing it does not import the good rows twice.
        std::optional<CsvFile> rejected;
        if (!m_options.rejectedPath.isEmpty() && !m_report.rejected.isEmpty()) {
            rejected.emplace(m_options.rejectedPath, m_doc.delimiter);
            if (const Status written = writeRejected(*rejected); !written)
                return written;
        }
        if (const Status committed = writer.commit(); !committed)
            return committed;
        if (rejected) {
            if (const Status placed = rejected->commit(); placed)
                m_report.rejectedFile = m_options.rejectedPath;
            else
                m_report.rejectedError = placed.error();
        }
        return {};
    }

    Status writeRejected(CsvFile &file) const
    {
        if (const Status opened = file.open(); !opened)
            return opened;
        const auto [header, rows] = rejectedTable(m_doc, m_report);
        file.add(header);
        for (const QStringList &row : rows)
            file.add(row);
        return file.flush();
    }

    Database &m_db;
    const CsvDocument &m_doc;
    const ImportOptions &m_options;
    ImportReport m_report;
    ImportContext m_ctx;
    std::unique_ptr<ImportRows> m_rows;
};

} // namespace

Result<ImportReport> runImport(Database &database, ImportKind kind, const CsvDocument &document,
                               const ImportOptions &options, const Importer::Progress &progress,
                               const QHash<QString, int> &mapping)
{
    ImportRun run(database, kind, document, options, progress, mapping);
    return run.execute();
}

} // namespace cd::importing
