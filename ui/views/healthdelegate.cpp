#include "views/healthdelegate.h"

#include "domain/clienthealth.h"
#include "models/clientlistmodel.h"

namespace cd {

void HealthDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto level = ClientHealth::Level(index.data(ClientListModel::HealthLevelRole).toInt());
    QColor colour;
    switch (level) {
    case ClientHealth::Level::Good:
        colour = QColor(0x2e, 0x7d, 0x32);
        break;
    case ClientHealth::Level::Watch:
        colour = QColor(0xb2, 0x6a, 0x00);
        break;
    case ClientHealth::Level::AtRisk:
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    }
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, colour);
    option->font.setBold(level != ClientHealth::Level::Good);
}

} // namespace cd
