// Exports: the kinds in the importer's columns (read through ExportQuery in core/storage)
// and any table, to CSV or XLSX, written whole or not at all.
#include "io/exporter.h"

#include "domain/enums.h"
#include "domain/money.h"
#include "io/csvwriter.h"
#include "services/currencyservice.h"
#include "storage/exportquery.h"
#include "storage/settingsrepository.h"
#include "storage/timequeries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace cd {

QString toCode(ExportFormat format)
{
    return format == ExportFormat::Csv ? u"csv"_s : u"xlsx"_s;
}

std::optional<ExportFormat> exportFormatFromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    if (wanted == u"csv"_s)
        return ExportFormat::Csv;
    if (wanted == u"xlsx"_s)
        return ExportFormat::Xlsx;
    return std::nullopt;
}

namespace {

constexpr int kProgressEvery = 1000;

/// Where exported rows go: a CSV or an XLSX file, complete or not at all.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual Status begin(const ExportTable &shape) = 0;
    virtual void add(const QStringList &row) = 0;
    virtual Status finish() = 0;
};

class CsvSink final : public Sink
{
public:
    explicit CsvSink(const QString &path) : m_file(path) { }

    Status begin(const ExportTable &shape) override
    {
        if (const Status ok = m_file.open(); !ok)
            return ok;
        m_file.add(shape.header);
        return {};
    }

    void add(const QStringList &row) override { m_file.add(row); }

    Status finish() override { return m_file.commit(); }

private:
    CsvFile m_file;
};

class XlsxSink final : public Sink
{
    Q_DECLARE_TR_FUNCTIONS(cd::Exporter)

public:
    explicit XlsxSink(const QString &path) : m_path(path) { }
    ~XlsxSink() override
    {
        if (m_workbook)
            workbook_close(m_workbook); // an unfinished export: the temporary file is removed
        if (!m_temporary.isEmpty())
            QFile::remove(m_temporary);
    }

    Status begin(const ExportTable &shape) override
    {
        const QFileInfo target(m_path);
        if (!target.absoluteDir().exists())
            return Error { tr("%1 cannot be written: the folder %2 does not exist.")
                               .arg(m_path, target.absolutePath()) };
        const auto temporary = createTemporary(target);
        if (!temporary)
            return Error { temporary.error() };
        m_temporary = *temporary;
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE; // rows are written as they come
        const QByteArray file = QFile::encodeName(m_temporary);
        m_workbook = workbook_new_opt(file.constData(), &options);
        if (!m_workbook)
            return Error { tr("%1 cannot be written.").arg(m_path) };
        const QByteArray title = shape.title.left(31).toUtf8();
        m_sheet = workbook_add_worksheet(m_workbook, title.isEmpty() ? nullptr : title.constData());
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        m_amount = workbook_add_format(m_workbook);
        const QByteArray amountFormat
            = shape.decimals > 0 ? "#,##0." + QByteArray(shape.decimals, '0') : QByteArray("#,##0");
        format_set_num_format(m_amount, amountFormat.constData());
        m_types = shape.types;
        for (int column = 0; column < shape.header.size(); ++column) {
            worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column),
                                 typeOf(column) == CellType::Text ? 22 : 14, nullptr);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        writeRow(shape.header, true);
        return {};
    }

    void add(const QStringList &row) override { writeRow(row, false); }

    Status finish() override
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (error != LXW_NO_ERROR) {
            QString reason = QString::fromUtf8(lxw_strerror(error));
            while (reason.endsWith(u'.'))
                reason.chop(1);
            return Error { tr("%1 cannot be written: %2.").arg(m_path, reason) };
        }
        // rename() replaces an older file in one step: it is there until the new one is.
        if (std::rename(QFile::encodeName(m_temporary).constData(),
                        QFile::encodeName(m_path).constData())
            != 0) {
            return Error { tr("%1 cannot be written: %2.").arg(m_path, qt_error_string(errno)) };
        }
        m_temporary.clear();
        return {};
    }

private:
    // A new file with a name nobody can have planted (a fixed NAME.partial could be a
    // symlink to somewhere else), created as any new file is (the umask applies).
    static Result<QString> createTemporary(const QFileInfo &target)
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const QString name = u".%1.%2.partial"_s.arg(
                target.fileName(), QString::number(QRandomGenerator::global()->generate64(), 36));
            QFile file(target.absoluteDir().filePath(name));
            if (file.open(QIODevice::NewOnly))
                return file.fileName();
            if (const QFileInfo taken(file.fileName()); taken.exists() || taken.isSymLink())
                continue;
            return Error {
                tr("%1 cannot be written: %2.").arg(target.filePath(), file.errorString())
            };
        }
        return Error { tr("%1 cannot be written.").arg(target.filePath()) };
    }

    CellType typeOf(int column) const
    {
        return column < m_types.size() ? m_types.at(column) : CellType::Text;
    }

    void writeRow(const QStringList &row, bool header)
    {
        for (int column = 0; column < row.size(); ++column) {
            const QString &text = row.at(column);
            if (text.isEmpty())
                continue;
            const auto r = lxw_row_t(m_row);
            const auto c = lxw_col_t(column);
            const CellType type = header ? CellType::Text : typeOf(column);
            bool number = false;
            // A spreadsheet cell holds a double; the text is exact, the cell shows it.
            const double value = type == CellType::Text ? 0.0 : text.toDouble(&number);
            if (number) {
                worksheet_write_number(m_sheet, r, c, value,
                                       type == CellType::Amount ? m_amount : nullptr);
            } else {
                const QByteArray utf8 = text.toUtf8();
                worksheet_write_string(m_sheet, r, c, utf8.constData(), header ? m_bold : nullptr);
            }
        }
        ++m_row;
    }

    QString m_path;
    QString m_temporary;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_amount = nullptr;
    QList<CellType> m_types;
    qint64 m_row = 0;
};

std::unique_ptr<Sink> makeSink(const QString &path, ExportFormat format)
{
    if (format == ExportFormat::Xlsx)
        return std::make_unique<XlsxSink>(path);
    return std::make_unique<CsvSink>(path);
}

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QString amount(const QVariant &minor, const QVariant &currency)
{
    return Money(minor.toLongLong(), currency.toString()).toPlainString();
}

ExportQuery::Records recordsOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return ExportQuery::Records::Accounts;
    case ImportKind::Contacts:
        return ExportQuery::Records::Contacts;
    case ImportKind::Contracts:
        return ExportQuery::Records::Contracts;
    case ImportKind::Revenue:
    case ImportKind::Rates: // written by exportRates()
    case ImportKind::Time: // written by exportTime()
        break;
    }
    return ExportQuery::Records::Revenue;
}

// How a spreadsheet shows each column of a kind (Text where not given).
QList<CellType> typesOf(ImportKind kind)
{
    using enum CellType;
    switch (kind) {
    case ImportKind::Accounts:
    case ImportKind::Contacts:
        return {};
    case ImportKind::Contracts:
        return { Text,    Text,    Text, Amount, Text, Text, Text, Text, Integer,
                 Integer, Integer, Text, Text,   Text, Text, Text, Text, Text };
    case ImportKind::Revenue:
    case ImportKind::Rates:
    case ImportKind::Time:
        break;
    }
    return { Text, Text, Amount, Text, Text, Text, Text, Integer, Amount, Text, Text };
}

// One row of a kind in the column order of Importer::fields(kind).
QStringList rowOf(ImportKind kind, const ExportQuery &q, const QHash<qint64, QStringList> &roles)
{
    switch (kind) {
    case ImportKind::Accounts: {
        QStringList row;
        for (int i = 0; i < 16; ++i) // the last: the account's own currency
            row.append(text(q.value(i)));
        return row;
    }
    case ImportKind::Contacts:
        return {
            text(q.value(0)), text(q.value(1)), text(q.value(2)),
            text(q.value(3)), text(q.value(4)), roles.value(q.value(5).toLongLong()).join(u'|')
        };
    case ImportKind::Contracts: {
        const bool autoRenew = q.value(7).toInt() != 0;
        return {
            text(q.value(0)),  text(q.value(1)),  text(q.value(2)),  amount(q.value(3), q.value(4)),
            text(q.value(4)),  text(q.value(5)),  text(q.value(6)),  autoRenew ? u"yes"_s : u"no"_s,
            text(q.value(8)),  text(q.value(9)),  text(q.value(10)), text(q.value(11)),
            text(q.value(12)), text(q.value(13)), text(q.value(14)), text(q.value(15)),
            text(q.value(16)), text(q.value(17))
        };
    }
    case ImportKind::Revenue: {
        const qint64 discount = q.value(8).toLongLong();
        return { text(q.value(0)),
                 text(q.value(1)),
                 amount(q.value(2), q.value(3)),
                 text(q.value(3)),
                 text(q.value(4)),
                 text(q.value(5)),
                 text(q.value(6)),
                 text(q.value(7)),
                 discount == 0 ? QString() : amount(q.value(8), q.value(3)),
                 text(q.value(9)),
                 text(q.value(10)) };
    }
    case ImportKind::Rates:
    case ImportKind::Time:
        break;
    }
    return {};
}

} // namespace

Exporter::Exporter(Database &database) : m_db(database) { }

Result<qint64> Exporter::exportKind(ImportKind kind, const QString &path, ExportFormat format,
                                    const Progress &progress)
{
    if (kind == ImportKind::Rates)
        return exportRates(path, format);
    if (kind == ImportKind::Time)
        return exportTime(path, format, progress);
    ExportQuery query(m_db, recordsOf(kind));
    const auto total = query.count(tr("Counting the %1").arg(toCode(kind)));
    if (!total)
        return Error { total.error() };

    QHash<qint64, QStringList> roles;
    if (kind == ImportKind::Contacts) {
        // Roles in their declaration order, as the importer sorts them.
        const auto byContact = query.contactRoles(tr("Reading the contact roles"));
        if (!byContact)
            return Error { byContact.error() };
        for (auto it = byContact->cbegin(); it != byContact->cend(); ++it) {
            QStringList codes;
            for (const ContactRole role : *it)
                codes.append(toCode(role));
            roles.insert(it.key(), codes);
        }
    }

    ExportTable shape;
    shape.title = toCode(kind);
    for (const ImportField &field : Importer::fields(kind))
        shape.header.append(field.name);
    shape.types = typesOf(kind);
    shape.decimals = Money::decimals(SettingsRepository(m_db).firmCurrency());

    const std::unique_ptr<Sink> sink = makeSink(path, format);
    if (const Status ok = sink->begin(shape); !ok)
        return Error { ok.error() };
    const QString reading = tr("Reading the %1").arg(toCode(kind));
    if (const Status ok = query.start(reading); !ok)
        return Error { ok.error() };
    qint64 done = 0;
    while (query.next()) {
        sink->add(rowOf(kind, query, roles));
        ++done;
        if (progress && done % kProgressEvery == 0 && !progress(done, *total))
            return Error { tr("The export was cancelled; %1 was not written.").arg(path) };
    }
    if (const Status ok = query.finish(reading); !ok)
        return Error { ok.error() };
    if (const Status ok = sink->finish(); !ok)
        return Error { ok.error() };
    if (progress)
        progress(done, *total);
    return done;
}

Result<qint64> Exporter::exportRates(const QString &path, ExportFormat format)
{
    // Few rows (one a day and currency): read at once, digits exactly as stored.
    const Result<QList<RateEntry>> rates = CurrencyService(m_db).rates();
    if (!rates)
        return Error { rates.error() };
    ExportTable table;
    table.title = toCode(ImportKind::Rates);
    for (const ImportField &field : Importer::fields(ImportKind::Rates))
        table.header.append(field.name);
    for (const RateEntry &rate : *rates)
        table.rows.append(
            { rate.date.toString(Qt::ISODate), rate.currency, rate.rate.toPlainString() });
    if (const Status ok = writeTable(table, path, format); !ok)
        return Error { ok.error() };
    return qint64(rates->size());
}

Result<qint64> Exporter::exportTime(const QString &path, ExportFormat format,
                                    const Progress &progress)
{
    TimeExportQuery query(m_db);
    const auto total = query.count();
    if (!total)
        return Error { total.error() };
    ExportTable shape;
    shape.title = toCode(ImportKind::Time);
    for (const ImportField &field : Importer::fields(ImportKind::Time))
        shape.header.append(field.name);
    using enum CellType;
    shape.types = { Text, Text, Text, Integer, Text, Integer, Text, Text, Amount };
    shape.decimals = Money::decimals(SettingsRepository(m_db).firmCurrency());
    const std::unique_ptr<Sink> sink = makeSink(path, format);
    if (const Status ok = sink->begin(shape); !ok)
        return Error { ok.error() };
    if (const Status ok = query.start(); !ok)
        return Error { ok.error() };
    qint64 done = 0;
    while (query.next()) {
        sink->add(query.row());
        ++done;
        if (progress && done % kProgressEvery == 0 && !progress(done, *total))
            return Error { tr("The export was cancelled; %1 was not written.").arg(path) };
    }
    if (const Status ok = query.finish(); !ok)
        return Error { ok.error() };
    if (const Status ok = sink->finish(); !ok)
        return Error { ok.error() };
    if (progress)
        progress(done, *total);
    return done;
}

Status Exporter::writeTable(const ExportTable &table, const QString &path, ExportFormat format)
{
    const std::unique_ptr<Sink> sink = makeSink(path, format);
    if (const Status ok = sink->begin(table); !ok)
        return ok;
    for (const QStringList &row : table.rows)
        sink->add(row);
    return sink->finish();
}

} // namespace cd
