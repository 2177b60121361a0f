#pragma once

#include <QComboBox>
#include <QSignalBlocker>
#include <QVariant>

// The filter combo boxes above the lists: an "any" entry first, then the choices.
namespace cd::filtercombos {

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

} // namespace cd::filtercombos
