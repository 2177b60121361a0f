#include "dialogs/currencychoice.h"

#include "domain/money.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace cd::currencychoice {

namespace {

/// Every code Qt's locales use, with the best name for the user: from a locale of the user's
/// language, else an English one, else the currency's own.
const QMap<QString, QString> &known()
{
    static const QMap<QString, QString> names = [] {
        const QLocale::Language language = QLocale().language();
        QMap<QString, std::pair<int, QString>> best; // code → (rank, name); lower rank wins
        const QList<QLocale> locales = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (!Money::isValidCurrency(code))
                continue;
            // A name in another script than Latin may not even have a font: the code alone
            // then says more.
            const int rank = locale.language() == language ? 0
                : locale.language() == QLocale::English    ? 1
                : locale.script() == QLocale::LatinScript  ? 2
                                                           : 3;
            const QString name
                = rank < 3 ? locale.currencySymbol(QLocale::CurrencyDisplayName) : QString();
            const auto found = best.constFind(code);
            if (found == best.cend() || rank < found->first)
                best.insert(code, { rank, name });
        }
        QMap<QString, QString> result;
        for (auto it = best.cbegin(); it != best.cend(); ++it) {
            QString name = it->second;
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            result.insert(it.key(), name);
        }
        return result;
    }();
    return names;
}

QString label(const QString &code, const QString &name)
{
    return name.isEmpty() ? code : u"%1 — %2"_s.arg(code, name);
}

} // namespace

QComboBox *create(QWidget *parent, const QString &exclude)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    const QMap<QString, QString> &names = known();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.key() != exclude)
            combo->addItem(label(it.key(), it.value()), it.key());
    }
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setMaxVisibleItems(15);
    combo->setMinimumContentsLength(24);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

void select(QComboBox *combo, const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    const int index = combo->findData(wanted);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(code);
}

QString code(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->currentIndex();
    if (index >= 0 && combo->itemText(index) == text)
        return combo->itemData(index).toString();
    // "usd", or a label typed in full.
    const int listed = combo->findText(text, Qt::MatchFixedString);
    if (listed >= 0)
        return combo->itemData(listed).toString();
    const QString upper = text.toUpper();
    return Money::isValidCurrency(upper) ? upper : text;
}

QString name(const QString &code)
{
    return known().value(code.trimmed().toUpper());
}

QHash<QString, QString> names()
{
    QHash<QString, QString> all;
    const QMap<QString, QString> &listed = known();
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        all.insert(it.key(), it.value());
    return all;
}

QString localeDefault()
{
    const QString code = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    return Money::isValidCurrency(code) ? code : u"IDR"_s;
}

} // namespace cd::currencychoice
