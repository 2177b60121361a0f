#include "views/welcomepanel.h"

#include "dialogs/currencychoice.h"
#include "services/currencyservice.h"
#include "services/settingsservice.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

WelcomePanel::WelcomePanel(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("Welcome to ClientDesk"), this);
    title->setObjectName(u"pageTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *about = new QLabel(
        tr("ClientDesk keeps your firm's clients under contract and its transactional customers "
           "side by side in one local database. It shows how each kind of account earns the firm "
           "its money, and which customers are ready to become clients."),
        this);
    about->setWordWrap(true);

    auto *empty = new QLabel(tr("This database has no accounts yet. Create a sample portfolio to "
                                "explore ClientDesk, or bring in your own accounts."),
                             this);
    empty->setObjectName(u"emptyHint"_s);
    empty->setWordWrap(true);

    m_currency = currencychoice::create(this);
    m_currency->setObjectName(u"firmCurrencyField"_s);
    currencychoice::select(m_currency, currencychoice::localeDefault());
    connect(m_currency, &QComboBox::activated, this, &WelcomePanel::storeCurrency);
    connect(m_currency->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_database && currency() != SettingsService(*m_database).firmCurrency())
            storeCurrency();
    });
    m_currencyProblem = new QLabel(this);
    m_currencyProblem->setTextFormat(Qt::PlainText);
    m_currencyProblem->setWordWrap(true);
    auto *currencyNote = new QLabel(
        tr("Totals, charts and reports are in this currency. Amounts in other currencies keep "
           "their own and are converted at the exchange rates you add in Settings."),
        this);
    currencyNote->setWordWrap(true);
    currencyNote->setForegroundRole(QPalette::PlaceholderText);
    auto *currencyForm = new QFormLayout;
    currencyForm->setContentsMargins(0, 0, 0, 0);
    currencyForm->addRow(tr("Your firm's &currency:"), m_currency);
    currencyForm->addRow(QString(), currencyNote);
    currencyForm->addRow(QString(), m_currencyProblem);

    m_sample = new QPushButton(tr("Create sample portfolio"), this);
    m_sample->setObjectName(u"createSampleButton"_s);
    m_sample->setDefault(true);
    m_sample->setAutoDefault(true);
    m_sample->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_sample, &QPushButton::clicked, this, &WelcomePanel::createSampleRequested);

    m_import = new QPushButton(tr("Import CSV…"), this);
    m_import->setObjectName(u"importCsvButton"_s);
    m_import->setToolTip(tr("Import accounts, contacts, contracts, revenue, exchange rates or "
                            "time from a CSV file"));
    connect(m_import, &QPushButton::clicked, this, &WelcomePanel::importRequested);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_sample);
    buttons->addWidget(m_import);
    buttons->addStretch(1);

    // A readable column in the middle of the page, whatever the window's width.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(16);
    columnLayout->addWidget(title);
    columnLayout->addWidget(about);
    columnLayout->addLayout(currencyForm);
    columnLayout->addWidget(empty);
    columnLayout->addSpacing(8);
    columnLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    // Centred with stretches rather than an alignment flag, so that the wrapped labels
    // get the height they need for the column's width.
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 3);
    centre->addStretch(1);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);
}

void WelcomePanel::setBusy(bool busy)
{
    m_sample->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_currency->setEnabled(!busy && m_database && CurrencyService(*m_database).mayChange().ok());
}

QString WelcomePanel::currency() const
{
    return currencychoice::code(m_currency);
}

QString WelcomePanel::currencyProblem() const
{
    return m_currencyProblem->text();
}

void WelcomePanel::setDatabase(Database *database)
{
    m_database = database;
    m_currencyProblem->clear();
    const bool canChange = database && CurrencyService(*database).mayChange().ok();
    m_currency->setEnabled(canChange);
    m_currency->setToolTip(
        database && !canChange ? tr("Only a manager changes the firm's currency.") : QString());
    if (!database)
        return;
    // A new database (no currency set, no amounts yet) starts with the locale's currency.
    const Result<QString> stored = SettingsService(*database).value(u"currency"_s, QString());
    const auto isNew = [database] {
        const Result<bool> holdsAmounts = CurrencyService(*database).holdsAmounts();
        return holdsAmounts && !*holdsAmounts;
    };
    if (canChange && stored && stored->trimmed().isEmpty() && isNew()) {
        currencychoice::select(m_currency, currencychoice::localeDefault());
        storeCurrency();
        return;
    }
    currencychoice::select(m_currency, SettingsService(*database).firmCurrency());
}

bool WelcomePanel::storeCurrency()
{
    if (!m_database)
        return false;
    const QString code = currency();
    QString problem = SettingsService::currencyProblem(code);
    if (problem.isEmpty()) {
        if (const Status changed = CurrencyService(*m_database).changeFirmCurrency(code); !changed)
            problem = changed.error();
    }
    m_currencyProblem->setText(problem);
    if (!problem.isEmpty())
        return false;
    currencychoice::select(m_currency, code);
    return true;
}

} // namespace cd
