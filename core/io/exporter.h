#pragma once

#include "io/importer.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace cd {

class Database;

enum class ExportFormat { Csv, Xlsx };

QString toCode(ExportFormat format);
std::optional<ExportFormat> exportFormatFromCode(const QString &code);

/// How a column's text is written to a spreadsheet.
enum class CellType { Text, Integer, Amount };

/// A table to export: a header, rows of text as the CSV files hold it, and per column what
/// a spreadsheet should see (amounts with `decimals` places).
struct ExportTable
{
    QString title;
    QStringList header;
    QList<CellType> types; ///< one per column; Text when missing
    int decimals = 2; ///< of the Amount columns
    QList<QStringList> rows;
};

/// Exports accounts, contacts, contracts and revenue with the columns the importer reads
/// (Importer::fields()), so an exported CSV imports back unchanged; and any table (such as
/// a list view's current rows) to CSV or XLSX.
///
/// Files are written whole or not at all: CSV through CsvFile (every write checked), XLSX to
/// a uniquely named temporary file beside the target, renamed over it when complete; after a
/// failure an older file of that name stays as it was. Revenue is streamed, so a million
/// entries do not sit in memory at once.
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Exporter)

public:
    /// Called with rows done and the total; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Exporter(Database &database);

    /// Writes every record of a kind to `path`; returns the number of rows written.
    Result<qint64> exportKind(ImportKind kind, const QString &path, ExportFormat format,
                              const Progress &progress = {});

    static Status writeTable(const ExportTable &table, const QString &path, ExportFormat format);

private:
    /// The stored exchange rates as `import rates` reads them: date, currency, rate.
    Result<qint64> exportRates(const QString &path, ExportFormat format);
    /// The time entries as `import time` reads them (TimeExportQuery), streamed.
    Result<qint64> exportTime(const QString &path, ExportFormat format, const Progress &progress);

    Database &m_db;
};

} // namespace cd
