#pragma once

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QSignalBlocker>
#include <QTableView>
#include <QVariant>

// What the list views (clients, customers) share: their table, the column chooser, and the
// filter combo boxes above them (an "any" entry first, then the choices).
namespace cd::listviews {

/// A sortable list of rows: whole rows selected, movable columns, a header menu to choose them.
inline QTableView *makeListTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

/// A menu of the table's columns to show or hide, at `globalPosition`. Column `alwaysShown`
/// (the name) cannot be hidden: a row without it means nothing.
inline void chooseColumns(QTableView *table, int alwaysShown, const QPoint &globalPosition)
{
    if (!table->model())
        return;
    QMenu menu(table);
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        QAction *action
            = menu.addAction(table->model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != alwaysShown);
        QObject::connect(action, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    menu.exec(globalPosition);
}

inline QComboBox *makeCombo(const QString &accessibleName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

/// Rebuilds the choices, keeping the current one (by data) when it is still there.
inline void refill(QComboBox *combo, const QString &anyLabel,
                   const QList<std::pair<QVariant, QString>> &choices)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyLabel, QVariant());
    for (const auto &[value, label] : choices)
        combo->addItem(label, value);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

/// Selects the entry with `value` (the "any" entry for an invalid one or one not there).
inline void select(QComboBox *combo, const QVariant &value)
{
    const int index = value.isValid() ? combo->findData(value) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

/// Selects the entry whose data equals `stored` as text: a value read back from QSettings is a
/// string after a restart ("2"), whatever type it was saved as. The "any" entry when it is
/// invalid or gone; returns whether it was found.
inline bool selectStored(QComboBox *combo, const QVariant &stored)
{
    if (stored.isValid() && !stored.toString().isEmpty()) {
        for (int i = 0; i < combo->count(); ++i) {
            const QVariant data = combo->itemData(i);
            if (data.isValid() && data.toString() == stored.toString()) {
                combo->setCurrentIndex(i);
                return true;
            }
        }
    }
    combo->setCurrentIndex(0);
    return false;
}

} // namespace cd::listviews
