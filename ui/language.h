#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace cd {

/// The language ClientDesk speaks. English is the source language; Bahasa Indonesia the first
/// translation. The choice is the user's, kept in QSettings ("language": empty for the
/// system's language, else "en" or "id"), and takes effect when the app starts.
class Language final
{
    Q_DECLARE_TR_FUNCTIONS(cd::Language)

public:
    struct Choice
    {
        QString code; ///< empty: the system's language
        QString name; ///< as the user sees it
    };

    /// The system's language, English, Bahasa Indonesia — in that order.
    static QList<Choice> choices();
    /// The stored choice; an unknown value counts as the system's language.
    static QString chosen();
    static void setChosen(const QString &code);

    /// The locale ClientDesk formats with for a choice: the system's for an empty code, else
    /// the language in the system's country when CLDR knows the pair, else its main country.
    static QLocale localeFor(const QString &code);

    /// Makes `locale` the default for formatting and installs Qt's and ClientDesk's
    /// translations for it (none for English). Returns false when ClientDesk has no
    /// translation for a language other than English.
    static bool apply(const QLocale &locale);
};

} // namespace cd
