#pragma once

#include "models/invoicelistmodel.h"

#include <QStyledItemDelegate>

namespace cd {

/// How a list of invoices (InvoiceListModel) looks: an overdue invoice's state in red and bold
/// (its text says "Overdue" too), drafts in italics. The Contracts area's Invoices tab and the
/// client page's Invoices tab share it.
class InvoiceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == InvoiceListModel::State
            && index.data(InvoiceListModel::OverdueRole).toBool()) {
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x3a, 0x2e));
            option->font.setBold(true);
        }
        if (index.data(InvoiceListModel::DraftRole).toBool())
            option->font.setItalic(true);
    }
};

} // namespace cd
