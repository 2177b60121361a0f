#include "views/viewexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(cd::ViewExport)
};

} // namespace

ExportTable tableOfView(const QTableView &view, const QString &title)
{
    ExportTable table;
    table.title = title;
    const QAbstractItemModel *model = view.model();
    const QHeaderView *header = view.horizontalHeader();
    if (!model)
        return table;
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    for (const int column : columns)
        table.header.append(model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList values;
        for (const int column : columns)
            values.append(model->index(row, column).data().toString());
        table.rows.append(values);
    }
    return table;
}

QString exportViewInteractively(const QTableView &view, const QString &title, QWidget *parent)
{
    const QString csvFilter = ViewExport::tr("CSV files (*.csv)");
    const QString xlsxFilter = ViewExport::tr("Excel workbooks (*.xlsx)");
    QString selected;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, ViewExport::tr("Export List"),
                                                QDir(folder).filePath(title + u".csv"_s),
                                                csvFilter + u";;"_s + xlsxFilter, &selected);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == xlsxFilter ? u".xlsx"_s : u".csv"_s;
    const ExportFormat format
        = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? ExportFormat::Xlsx : ExportFormat::Csv;
    if (const Status ok = Exporter::writeTable(tableOfView(view, title), path, format); !ok) {
        QMessageBox::warning(parent, ViewExport::tr("List Not Exported"), ok.error());
        return {};
    }
    return path;
}

} // namespace cd
