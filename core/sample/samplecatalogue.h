#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cd::sample {

/// A place accounts are in: city, the firm's sales region, ISO country code, phone prefix.
struct Place
{
    QString city;
    QString region;
    QString country;
    QString phonePrefix;
};

/// A standard product of the catalogue, list price in major units of the firm's currency
/// (the generator scales it to the currency's minor units).
struct CatalogueProduct
{
    QString name;
    QString category;
    qint64 listPriceMajor;
};

/// The word lists the sample portfolio is made of. Data, not translations: the names of
/// companies, people and products stay as they are in every language.
const QStringList &indonesianCompanyWords();
const QStringList &indonesianCompanySecondWords();
const QStringList &internationalCompanyWords();
const QStringList &internationalCompanyNouns();
const QStringList &internationalLegalForms();
const QStringList &indonesianFirstNames();
const QStringList &indonesianLastNames();
const QStringList &internationalFirstNames();
const QStringList &internationalLastNames();
const QStringList &industries();
const QList<Place> &indonesianPlaces();
const QList<Place> &internationalPlaces();
const QList<CatalogueProduct> &products();
const QStringList &practiceAreas();
const QStringList &contractScopes();
const QStringList &terminationClauses();
const QStringList &serviceTitles();
const QStringList &serviceCustomisations();
const QStringList &requestTitles();
const QStringList &interactionSubjects();
const QStringList &engagementTitles();
const QStringList &lostReasons();
const QStringList &nextSteps();
const QStringList &promotionCodes();
const QStringList &jobTitles();

} // namespace cd::sample
