#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVariant>

#include <algorithm>
#include <utility>
#include <vector>

namespace cd {

/// What the clients and customers lists share: the rows shown are pointers into rows the
/// model owns, sorted in the model (their computed columns are not columns of a table).
///
/// sortRows() orders them by one key per row, computed once per sort; sortKeepingSelection()
/// wraps a new order in layoutAboutToBeChanged/layoutChanged and keeps every persistent
/// index (selection, current row) on the row it was on.
class SortedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    /// Sorts `rows` stably by `key(row)` (a QVariant) in `order`; rows whose keys are equal
    /// keep the order of `tieLess(a, b)`, ascending whatever `order` is.
    template<typename Row, typename Key, typename TieLess>
    static void sortRows(QList<const Row *> &rows, Qt::SortOrder order, Key key, TieLess tieLess)
    {
        const bool ascending = order == Qt::AscendingOrder;
        std::vector<std::pair<QVariant, const Row *>> keyed;
        keyed.reserve(rows.size());
        for (const Row *row : std::as_const(rows))
            keyed.emplace_back(key(*row), row);
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
            const auto compared = QVariant::compare(a.first, b.first);
            if (compared == QPartialOrdering::Equivalent)
                return tieLess(*a.second, *b.second);
            return ascending ? compared == QPartialOrdering::Less
                             : compared == QPartialOrdering::Greater;
        });
        for (qsizetype i = 0; i < rows.size(); ++i)
            rows[i] = keyed[size_t(i)].second;
    }

    /// Calls `reorder()`, which puts `rows` in a new order (the same rows), as a vertical
    /// sort: views keep their selection and current row on the rows they were on.
    template<typename Row, typename Reorder>
    void sortKeepingSelection(const QList<const Row *> &rows, Reorder reorder)
    {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<const Row *> held;
        held.reserve(before.size());
        for (const QModelIndex &index : before)
            held.append(rows.at(index.row()));
        reorder();
        if (!before.isEmpty()) {
            QHash<const Row *, int> rowOf;
            rowOf.reserve(rows.size());
            for (int i = 0; i < rows.size(); ++i)
                rowOf.insert(rows.at(i), i);
            QModelIndexList after;
            after.reserve(before.size());
            for (int i = 0; i < before.size(); ++i)
                after.append(index(rowOf.value(held.at(i), -1), before.at(i).column()));
            changePersistentIndexList(before, after);
        }
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
};

} // namespace cd
