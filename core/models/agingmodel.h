#pragma once

#include "models/sortedrowsmodel.h"
#include "services/invoiceservice.h"

#include <QList>
#include <QLocale>

namespace cd {

/// The receivables: what each client owes in each currency by days past due (current, 1–30,
/// 31–60, 61–90, over 90; InvoiceService::aging), then one total row per currency (amounts
/// of different currencies are never added). Sorted in the model by any column, by client
/// until the user chooses; the total rows stay last, by currency.
class AgingModel final : public SortedRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgingModel)

public:
    enum Column {
        Client,
        Currency,
        Current,
        Days1to30,
        Days31to60,
        Days61to90,
        Over90,
        Total,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    /// The client's id (qint64; 0 on a total row).
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    /// True on the total rows.
    static constexpr int TotalRole = Qt::UserRole + 2;
    /// The row's currency (text), in any column.
    static constexpr int CurrencyRole = Qt::UserRole + 3;

    explicit AgingModel(QObject *parent = nullptr);

    /// Replaces the rows; works out the totals per currency.
    void setRows(const QList<InvoiceService::AgingRow> &rows);
    void setLocale(const QLocale &locale) { m_locale = locale; }

    /// The client rows (not the totals).
    int clientRowCount() const { return m_clientCount; }
    /// The total rows, by currency.
    const QList<InvoiceService::AgingRow> &totals() const { return m_totals; }
    /// The row at `row` (a client's, or a total's after the clients).
    const InvoiceService::AgingRow &agingRow(int row) const;
    /// The amount of `column` (Current … Total) of a row.
    static qint64 amount(const InvoiceService::AgingRow &row, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString text(const InvoiceService::AgingRow &row, int column, bool total) const;
    QVariant sortValue(const InvoiceService::AgingRow &row, int column) const;
    void sortShown();

    QList<InvoiceService::AgingRow> m_rows;
    QList<const InvoiceService::AgingRow *> m_shown; ///< the clients' rows, then the totals
    int m_clientCount = 0;
    QList<InvoiceService::AgingRow> m_totals;
    QLocale m_locale;
    int m_sortColumn = Client;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cd
