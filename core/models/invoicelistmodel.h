#pragma once

#include "models/sortedrowsmodel.h"
#include "services/invoiceservice.h"

#include <QList>
#include <QLocale>
#include <QMap>

namespace cd {

/// The Contracts area's list of invoices and credit notes (what InvoiceService::list gives for
/// its filter): number ("Draft" for a draft), client, contract, date, due date, currency, net,
/// tax, total, paid, owed and state, where an issued or partly paid invoice past its due date
/// says "Overdue, N days" (OverdueRole: the view shows it in colour too). Sorted in the model
/// by any column (dates and amounts by value), newest first until the user chooses; the
/// selection stays on its rows when the order changes.
class InvoiceListModel final : public SortedRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceListModel)

public:
    enum Column {
        Number,
        Client,
        Contract,
        Date,
        Due,
        Currency,
        Net,
        Tax,
        Total,
        Paid,
        Owed,
        State,
        ColumnCount
    };
    /// What a column sorts by (dates, minor units, text).
    static constexpr int SortRole = Qt::UserRole;
    /// The invoice's id (qint64) in any column.
    static constexpr int IdRole = Qt::UserRole + 1;
    /// True in every column of an overdue invoice's row (the view colours its state).
    static constexpr int OverdueRole = Qt::UserRole + 2;
    /// True in every column of a draft's row (the view shows it in italics).
    static constexpr int DraftRole = Qt::UserRole + 3;

    explicit InvoiceListModel(QObject *parent = nullptr);

    /// Replaces the rows (any order); keeps the sort.
    void setRows(const QList<InvoiceService::Row> &rows);
    void setLocale(const QLocale &locale) { m_locale = locale; }

    const InvoiceService::Row &invoiceRow(int row) const { return *m_shown.at(row); }
    /// The row showing invoice `id`, or -1.
    int rowOf(qint64 id) const;
    /// What the rows owe, by currency (only currencies that owe something).
    QMap<QString, qint64> owedByCurrency() const;
    /// What the overdue rows (past their due date, not paid) owe, by currency (only currencies
    /// with something overdue); a part of owedByCurrency().
    QMap<QString, qint64> overdueByCurrency() const;

    /// "Draft", "Issued", "Partly paid", "Paid", "Void".
    static QString stateLabel(InvoiceState state);
    /// The state column's text: the state, "Overdue, N days" for an overdue one, "Credit
    /// note" before it for a credit note.
    static QString stateText(const InvoiceService::Row &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString text(const InvoiceService::Row &row, int column) const;
    QVariant sortValue(const InvoiceService::Row &row, int column) const;
    QString money(const InvoiceService::Row &row, qint64 minor) const;
    void sortShown();

    QList<InvoiceService::Row> m_rows;
    QList<const InvoiceService::Row *> m_shown;
    QLocale m_locale;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace cd
