#pragma once

#include <QDate>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStringList>
#include <QTableWidget>

// The read-only tables of the account pages (client and customer) and how they show dates.
namespace cd::pagetables {

inline QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

inline QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// Fills a row with plain text; the columns in `right` are aligned right (amounts). Columns
/// past `values` are emptied: a table's rows are reused when it is filled again, and a shorter
/// row (a client's conversion on its timeline) must not keep another row's cells.
inline void setRow(QTableWidget *table, int row, const QStringList &values,
                   const QList<int> &right = {})
{
    for (int c = 0; c < values.size(); ++c)
        table->setItem(row, c, cell(values.at(c), right.contains(c)));
    for (int c = int(values.size()); c < table->columnCount(); ++c)
        delete table->takeItem(row, c);
}

inline QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

inline QString shortDateTime(const QDateTime &value)
{
    // Minutes are enough for a request or a meeting; seconds are noise.
    const QLocale locale;
    return value.isValid() ? locale.toString(value.date(), QLocale::ShortFormat) + u' '
            + locale.toString(value.time(), QStringLiteral("HH:mm"))
                           : QString();
}

} // namespace cd::pagetables
