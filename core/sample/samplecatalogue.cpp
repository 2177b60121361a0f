#include "sample/samplecatalogue.h"

using namespace Qt::StringLiterals;

namespace cd::sample {

const QStringList &indonesianCompanyWords()
{
    static const QStringList words {
        u"Maju"_s,      u"Sinar"_s,    u"Karya"_s,   u"Sentosa"_s,  u"Abadi"_s,     u"Jaya"_s,
        u"Nusantara"_s, u"Mitra"_s,    u"Cahaya"_s,  u"Bintang"_s,  u"Sejahtera"_s, u"Prima"_s,
        u"Mandiri"_s,   u"Gemilang"_s, u"Lestari"_s, u"Harapan"_s,  u"Mulia"_s,     u"Surya"_s,
        u"Bumi"_s,      u"Samudra"_s,  u"Garuda"_s,  u"Indah"_s,    u"Berkah"_s,    u"Cipta"_s,
        u"Dharma"_s,    u"Eka"_s,      u"Global"_s,  u"Inti"_s,     u"Kencana"_s,   u"Langit"_s,
        u"Mega"_s,      u"Nirwana"_s,  u"Pelangi"_s, u"Rajawali"_s, u"Sakti"_s,     u"Tunas"_s,
        u"Utama"_s,     u"Wijaya"_s,   u"Yudha"_s,   u"Arta"_s
    };
    return words;
}

const QStringList &indonesianCompanySecondWords()
{
    static const QStringList words { u"Sejahtera"_s, u"Abadi"_s,      u"Makmur"_s,    u"Utama"_s,
                                     u"Persada"_s,   u"Perkasa"_s,    u"Teknologi"_s, u"Solusi"_s,
                                     u"Indonesia"_s, u"Nusantara"_s,  u"Lestari"_s,   u"Mandiri"_s,
                                     u"Sentosa"_s,   u"Jaya"_s,       u"Raya"_s,      u"Logistik"_s,
                                     u"Pangan"_s,    u"Energi"_s,     u"Medika"_s,    u"Properti"_s,
                                     u"Digital"_s,   u"Konstruksi"_s, u"Farma"_s,     u"Agro"_s,
                                     u"Semesta"_s,   u"Kreasi"_s,     u"Tekstil"_s,   u"Niaga"_s,
                                     u"Investama"_s, u"Gemilang"_s };
    return words;
}

const QStringList &internationalCompanyWords()
{
    static const QStringList words {
        u"Northwind"_s, u"Bluewave"_s,  u"Meridian"_s,   u"Harbor"_s,   u"Summit"_s,
        u"Crescent"_s,  u"Evergreen"_s, u"Atlas"_s,      u"Pioneer"_s,  u"Sterling"_s,
        u"Orchid"_s,    u"Horizon"_s,   u"Lumen"_s,      u"Keystone"_s, u"Silverline"_s,
        u"Redwood"_s,   u"Coastal"_s,   u"Granite"_s,    u"Beacon"_s,   u"Vertex"_s,
        u"Falcon"_s,    u"Juniper"_s,   u"Monarch"_s,    u"Nimbus"_s,   u"Oakridge"_s,
        u"Polaris"_s,   u"Quartz"_s,    u"Riverstone"_s, u"Sapphire"_s, u"Tidewater"_s,
        u"Unity"_s,     u"Westbrook"_s, u"Zenith"_s,     u"Aurora"_s,   u"Bridgewater"_s,
        u"Cobalt"_s,    u"Driftwood"_s, u"Emerald"_s,    u"Fairview"_s, u"Greenfield"_s
    };
    return words;
}

const QStringList &internationalCompanyNouns()
{
    static const QStringList words {
        u"Consulting"_s,  u"Logistics"_s, u"Foods"_s,    u"Systems"_s,    u"Partners"_s,
        u"Holdings"_s,    u"Trading"_s,   u"Labs"_s,     u"Media"_s,      u"Health"_s,
        u"Engineering"_s, u"Capital"_s,   u"Retail"_s,   u"Energy"_s,     u"Hospitality"_s,
        u"Analytics"_s,   u"Shipping"_s,  u"Software"_s, u"Industries"_s, u"Education"_s
    };
    return words;
}

const QStringList &internationalLegalForms()
{
    static const QStringList forms { u"Ltd"_s,  u"LLC"_s,  u"GmbH"_s,    u"Pte Ltd"_s,
                                     u"B.V."_s, u"Inc."_s, u"Sdn Bhd"_s, u"Pty Ltd"_s };
    return forms;
}

const QStringList &indonesianFirstNames()
{
    static const QStringList names {
        u"Budi"_s,  u"Siti"_s,    u"Agus"_s,  u"Dewi"_s,    u"Andi"_s,  u"Rina"_s,    u"Hendra"_s,
        u"Wulan"_s, u"Eko"_s,     u"Ratna"_s, u"Joko"_s,    u"Putri"_s, u"Bambang"_s, u"Intan"_s,
        u"Rudi"_s,  u"Maya"_s,    u"Dedi"_s,  u"Lestari"_s, u"Fajar"_s, u"Nur"_s,     u"Yusuf"_s,
        u"Ayu"_s,   u"Wahyu"_s,   u"Indah"_s, u"Arif"_s,    u"Fitri"_s, u"Teguh"_s,   u"Sari"_s,
        u"Irfan"_s, u"Kartika"_s, u"Hadi"_s,  u"Nadia"_s,   u"Rizky"_s, u"Anisa"_s,   u"Bayu"_s,
        u"Citra"_s, u"Dimas"_s,   u"Evi"_s,   u"Gilang"_s,  u"Hana"_s
    };
    return names;
}

const QStringList &indonesianLastNames()
{
    static const QStringList names {
        u"Santoso"_s,   u"Rahayu"_s,    u"Wijaya"_s,    u"Saputra"_s,     u"Hidayat"_s,
        u"Kusuma"_s,    u"Setiawan"_s,  u"Pratama"_s,   u"Nugroho"_s,     u"Susanto"_s,
        u"Siregar"_s,   u"Nasution"_s,  u"Harahap"_s,   u"Simanjuntak"_s, u"Wibowo"_s,
        u"Gunawan"_s,   u"Halim"_s,     u"Tanjung"_s,   u"Purnomo"_s,     u"Utomo"_s,
        u"Lubis"_s,     u"Sitompul"_s,  u"Putra"_s,     u"Hartono"_s,     u"Suharto"_s,
        u"Permana"_s,   u"Syahputra"_s, u"Anggraini"_s, u"Maharani"_s,    u"Lim"_s,
        u"Tan"_s,       u"Wirawan"_s,   u"Ramadhan"_s,  u"Firmansyah"_s,  u"Hakim"_s,
        u"Sembiring"_s, u"Ginting"_s,   u"Pohan"_s,     u"Manurung"_s,    u"Daulay"_s
    };
    return names;
}

const QStringList &internationalFirstNames()
{
    static const QStringList names {
        u"Emma"_s,   u"James"_s, u"Sophie"_s, u"Daniel"_s, u"Hannah"_s, u"Lucas"_s,
        u"Olivia"_s, u"Noah"_s,  u"Mia"_s,    u"Thomas"_s, u"Chloe"_s,  u"Ethan"_s,
        u"Anna"_s,   u"Jonas"_s, u"Lea"_s,    u"Kenji"_s,  u"Yuki"_s,   u"Wei"_s,
        u"Mei"_s,    u"Arjun"_s, u"Priya"_s,  u"Liam"_s,   u"Grace"_s,  u"Oliver"_s,
        u"Isabel"_s, u"Marco"_s, u"Elena"_s,  u"Pieter"_s, u"Sanne"_s,  u"Ahmad"_s
    };
    return names;
}

const QStringList &internationalLastNames()
{
    static const QStringList names {
        u"Clarke"_s,  u"Smith"_s,    u"Müller"_s,  u"Jansen"_s,  u"de Vries"_s, u"Tanaka"_s,
        u"Suzuki"_s,  u"Chen"_s,     u"Wong"_s,    u"Lee"_s,     u"Patel"_s,    u"Sharma"_s,
        u"O'Brien"_s, u"Fischer"_s,  u"Schmidt"_s, u"Rossi"_s,   u"García"_s,   u"Martin"_s,
        u"Walker"_s,  u"Thompson"_s, u"Nguyen"_s,  u"Ibrahim"_s, u"Rahman"_s,   u"Kowalski"_s,
        u"Bakker"_s,  u"Novak"_s,    u"Dubois"_s,  u"Hughes"_s,  u"Kim"_s,      u"Park"_s
    };
    return names;
}

const QStringList &industries()
{
    static const QStringList list { u"Manufacturing"_s, u"Retail"_s,      u"Banking and finance"_s,
                                    u"Healthcare"_s,    u"Hospitality"_s, u"Energy and mining"_s,
                                    u"Technology"_s,    u"Logistics"_s,   u"Education"_s,
                                    u"Public sector"_s, u"Agriculture"_s, u"Telecommunications"_s,
                                    u"Property"_s,      u"Media"_s };
    return list;
}

const QList<Place> &indonesianPlaces()
{
    static const QList<Place> places {
        { u"Jakarta"_s, u"Jabodetabek"_s, u"ID"_s, u"+62 21"_s },
        { u"Tangerang"_s, u"Jabodetabek"_s, u"ID"_s, u"+62 21"_s },
        { u"Bekasi"_s, u"Jabodetabek"_s, u"ID"_s, u"+62 21"_s },
        { u"Bandung"_s, u"West Java"_s, u"ID"_s, u"+62 22"_s },
        { u"Surabaya"_s, u"East Java"_s, u"ID"_s, u"+62 31"_s },
        { u"Malang"_s, u"East Java"_s, u"ID"_s, u"+62 341"_s },
        { u"Semarang"_s, u"Central Java"_s, u"ID"_s, u"+62 24"_s },
        { u"Yogyakarta"_s, u"Central Java"_s, u"ID"_s, u"+62 274"_s },
        { u"Medan"_s, u"Sumatra"_s, u"ID"_s, u"+62 61"_s },
        { u"Palembang"_s, u"Sumatra"_s, u"ID"_s, u"+62 711"_s },
        { u"Denpasar"_s, u"Bali and Nusa Tenggara"_s, u"ID"_s, u"+62 361"_s },
        { u"Makassar"_s, u"Sulawesi"_s, u"ID"_s, u"+62 411"_s },
        { u"Balikpapan"_s, u"Kalimantan"_s, u"ID"_s, u"+62 542"_s }
    };
    return places;
}

const QList<Place> &internationalPlaces()
{
    static const QList<Place> places { { u"Singapore"_s, u"Asia Pacific"_s, u"SG"_s, u"+65"_s },
                                       { u"Kuala Lumpur"_s, u"Asia Pacific"_s, u"MY"_s,
                                         u"+60 3"_s },
                                       { u"Sydney"_s, u"Asia Pacific"_s, u"AU"_s, u"+61 2"_s },
                                       { u"Tokyo"_s, u"Asia Pacific"_s, u"JP"_s, u"+81 3"_s },
                                       { u"Amsterdam"_s, u"Europe"_s, u"NL"_s, u"+31 20"_s },
                                       { u"London"_s, u"Europe"_s, u"GB"_s, u"+44 20"_s },
                                       { u"Berlin"_s, u"Europe"_s, u"DE"_s, u"+49 30"_s } };
    return places;
}

const QList<CatalogueProduct> &products()
{
    static const QList<CatalogueProduct> list {
        { u"Tax compliance health check"_s, u"Assessments"_s, 7'500'000 },
        { u"HR policy review"_s, u"Assessments"_s, 9'000'000 },
        { u"IT security assessment"_s, u"Assessments"_s, 25'000'000 },
        { u"Brand audit"_s, u"Assessments"_s, 15'000'000 },
        { u"Annual report template pack"_s, u"Templates and toolkits"_s, 1'500'000 },
        { u"Employment contract templates"_s, u"Templates and toolkits"_s, 2'000'000 },
        { u"Marketing plan toolkit"_s, u"Templates and toolkits"_s, 1'200'000 },
        { u"SOP starter kit"_s, u"Templates and toolkits"_s, 3'500'000 },
        { u"Leadership workshop (1 day)"_s, u"Workshops"_s, 18'000'000 },
        { u"Digital marketing workshop"_s, u"Workshops"_s, 12'000'000 },
        { u"Tax update seminar seat"_s, u"Workshops"_s, 2'500'000 },
        { u"Strategy offsite facilitation"_s, u"Workshops"_s, 35'000'000 },
        { u"Payroll course (online)"_s, u"Training"_s, 1'750'000 },
        { u"Excel for finance teams"_s, u"Training"_s, 2'250'000 },
        { u"Data protection training"_s, u"Training"_s, 3'000'000 },
        { u"Sales coaching session"_s, u"Training"_s, 4'500'000 },
        { u"Company registration service"_s, u"Standard services"_s, 6'000'000 },
        { u"Trademark filing"_s, u"Standard services"_s, 8'500'000 },
        { u"Annual tax return filing"_s, u"Standard services"_s, 5'000'000 },
        { u"Payroll processing (month)"_s, u"Standard services"_s, 4'000'000 },
        { u"Website health report"_s, u"Reports"_s, 3'000'000 },
        { u"Industry salary benchmark"_s, u"Reports"_s, 6'500'000 },
        { u"Market entry briefing"_s, u"Reports"_s, 12'500'000 },
        { u"Consumer survey report"_s, u"Reports"_s, 9'500'000 }
    };
    return list;
}

const QStringList &practiceAreas()
{
    static const QStringList list { u"Tax advisory"_s,       u"Legal advisory"_s,
                                    u"IT advisory"_s,        u"HR advisory"_s,
                                    u"Marketing advisory"_s, u"Management consulting"_s };
    return list;
}

const QStringList &contractScopes()
{
    static const QStringList list {
        u"Monthly tax compliance, filing and advice on transfer pricing questions."_s,
        u"Ongoing legal counsel on commercial contracts and employment matters."_s,
        u"IT strategy, vendor selection and quarterly security reviews."_s,
        u"HR policies, payroll oversight and support for recruitment rounds."_s,
        u"Brand strategy, campaign planning and monthly performance reports."_s,
        u"Operating model review and support for the board's strategy days."_s,
        u"Statutory audit preparation and management reporting."_s,
        u"Regulatory licensing and compliance monitoring."_s
    };
    return list;
}

const QStringList &terminationClauses()
{
    static const QStringList list {
        u"Either party may terminate with written notice before the notice deadline; fees for "
        "work performed remain payable."_s,
        u"The client may withdraw within 14 days of signature without cost; afterwards the "
        "notice period applies."_s,
        u"Termination for cause with immediate effect on material breach not remedied within "
        "30 days."_s,
        u"Renews automatically unless either party gives notice; early termination costs two "
        "months' fees."_s
    };
    return list;
}

const QStringList &serviceTitles()
{
    static const QStringList list {
        u"Monthly advisory call"_s,     u"Quarterly business review"_s,
        u"Tax filing and review"_s,     u"Contract review on request"_s,
        u"Payroll oversight"_s,         u"Security monitoring report"_s,
        u"Board meeting preparation"_s, u"Campaign performance report"_s,
        u"Regulatory watch"_s,          u"Helpdesk for HR questions"_s
    };
    return list;
}

const QStringList &serviceCustomisations()
{
    static const QStringList list {
        u"In Bahasa Indonesia, with an English summary for the regional office."_s,
        u"Aligned with the client's fiscal year ending in March."_s,
        u"Covers the three subsidiaries separately and consolidated."_s,
        u"Delivered on site in the first week of the month."_s,
        u"Uses the client's own reporting template and KPIs."_s,
        u"Includes a briefing for the new finance director."_s
    };
    return list;
}

const QStringList &requestTitles()
{
    static const QStringList list { u"Question on VAT invoice rules"_s,
                                    u"Revise the draft employment contract"_s,
                                    u"Review supplier agreement"_s,
                                    u"Late delivery of the monthly report"_s,
                                    u"Update the board presentation"_s,
                                    u"Advice on a new branch office"_s,
                                    u"Correct figures in the quarterly review"_s,
                                    u"Urgent: tax audit letter received"_s,
                                    u"Complaint about response time"_s,
                                    u"Prepare licence renewal documents"_s };
    return list;
}

const QStringList &interactionSubjects()
{
    static const QStringList list { u"Quarterly review meeting"_s,
                                    u"Call about the renewal"_s,
                                    u"Sent the proposal"_s,
                                    u"Visit to the head office"_s,
                                    u"Follow-up on open requests"_s,
                                    u"Introduced the new consultant"_s,
                                    u"Discussed next year's budget"_s,
                                    u"Feedback on the last report"_s,
                                    u"Invited to the tax seminar"_s,
                                    u"Lunch with the finance director"_s,
                                    u"Asked about training offers"_s,
                                    u"Thank-you note after purchase"_s };
    return list;
}

const QStringList &engagementTitles()
{
    static const QStringList list {
        u"Tax advisory retainer"_s,     u"Legal counsel engagement"_s, u"IT strategy project"_s,
        u"HR transformation"_s,         u"Brand repositioning"_s,      u"Operating model review"_s,
        u"Expansion of the retainer"_s, u"Renewal of the engagement"_s
    };
    return list;
}

const QStringList &lostReasons()
{
    static const QStringList list { u"Chose a competitor on price"_s, u"Budget frozen"_s,
                                    u"Project postponed"_s, u"Went with the incumbent"_s,
                                    u"No decision maker reached"_s };
    return list;
}

const QStringList &nextSteps()
{
    static const QStringList list {
        u"Send revised proposal"_s,   u"Schedule meeting with the board"_s,
        u"Call the decision maker"_s, u"Prepare the contract draft"_s,
        u"Clarify scope and fees"_s,  u"Send references"_s
    };
    return list;
}

const QStringList &promotionCodes()
{
    static const QStringList list { u"RAMADAN-SALE"_s, u"HARBOLNAS-1212"_s, u"YEAR-END"_s,
                                    u"FLASH-11"_s,     u"EARLY-BIRD"_s,     u"BUNDLE-3"_s };
    return list;
}

const QStringList &jobTitles()
{
    static const QStringList list { u"Director"_s,        u"Finance Manager"_s,
                                    u"HR Manager"_s,      u"Procurement Lead"_s,
                                    u"Chief Executive"_s, u"Office Manager"_s,
                                    u"Head of IT"_s,      u"Marketing Manager"_s,
                                    u"Accounts Payable"_s };
    return list;
}

} // namespace cd::sample
