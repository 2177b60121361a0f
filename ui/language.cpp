#include "language.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kLanguageKey = u"language"_s;

bool isKnown(const QString &code)
{
    return code.isEmpty() || code == u"en"_s || code == u"id"_s;
}

} // namespace

QList<Language::Choice> Language::choices()
{
    // Each language is named in itself, so a user who cannot read the current one finds it.
    const QString system = QLocale::system().nativeLanguageName();
    return { { QString(),
               system.isEmpty() ? tr("System language") : tr("System language (%1)").arg(system) },
             { u"en"_s, u"English"_s },
             { u"id"_s, u"Bahasa Indonesia"_s } };
}

QString Language::chosen()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return isKnown(code) ? code : QString();
}

void Language::setChosen(const QString &code)
{
    QSettings settings;
    if (code.isEmpty() || !isKnown(code))
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, code);
}

QLocale Language::localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale::Language language = QLocale::codeToLanguage(code);
    const QLocale inCountry(language, system.territory());
    return inCountry.language() == language ? inCountry : QLocale(language);
}

bool Language::apply(const QLocale &locale)
{
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    if (!ours->load(locale, u"clientdesk"_s, u"_"_s, u":/i18n"_s)) {
        // No ClientDesk in this language: English throughout, Qt's own texts too.
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own texts (file dialogs) where Qt has them; ours covers the standard buttons.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace cd
