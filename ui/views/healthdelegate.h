#pragma once

#include <QStyledItemDelegate>

namespace cd {

/// Draws a client's health label in the colour of its level. The label stays, so the list
/// reads the same in black and white and for colour-blind users.
class HealthDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cd
