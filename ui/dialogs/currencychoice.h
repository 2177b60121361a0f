#pragma once

#include <QHash>
#include <QString>

class QComboBox;
class QWidget;

namespace cd {

/// The currency fields of the welcome panel, Settings and the rate dialog: an editable combo
/// of the ISO 4217 codes Qt's locales know, each with its name in the user's language where
/// a locale of that language uses it ("USD — US Dollar"), typed or picked.
namespace currencychoice {

/// A new combo listing every known code; `exclude` (e.g. the firm's currency) left out.
QComboBox *create(QWidget *parent, const QString &exclude = {});
/// Shows `code` (listed or not).
void select(QComboBox *combo, const QString &code);
/// The code chosen: the picked item's, else what was typed, trimmed and in capitals (not
/// checked: the services say what is wrong with it).
QString code(const QComboBox *combo);
/// The name of `code` in the user's language where known, else empty.
QString name(const QString &code);
/// Every known code with its name.
QHash<QString, QString> names();
/// The firm's currency a new database starts with: the system locale's, IDR when it has none.
QString localeDefault();

} // namespace currencychoice

} // namespace cd
