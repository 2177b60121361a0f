#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

/// Writes RFC 4180 CSV: UTF-8 without a BOM, CRLF line ends, a field quoted when it holds
/// the delimiter, a quote, a line break or surrounding spaces, quotes inside doubled. Text
/// is written exactly as stored (no formula escaping), so an export imports back unchanged.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(cd::CsvWriter)

public:
    static QString field(const QString &text, char delimiter = ',');
    static QString line(const QStringList &fields, char delimiter = ',');
    /// Writes the whole file or nothing (QSaveFile): a failure leaves no partial file.
    static Status writeFile(const QString &path, const QStringList &header,
                            const QList<QStringList> &rows, char delimiter = ',');
};

} // namespace cd
