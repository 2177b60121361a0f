#include "dialogs/ratedialog.h"

#include "dialogs/currencychoice.h"
#include "domain/isodate.h"
#include "domain/money.h"
#include "models/exchangeratemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

RateDialog::RateDialog(const QString &firmCurrency, Saver saver, QWidget *parent)
    : QDialog(parent), m_firm(firmCurrency), m_saver(std::move(saver))
{
    setWindowTitle(tr("Add Exchange Rate"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDateRange(earliestDate(), latestDate());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy"_s)
                                 ? QLocale().dateFormat(QLocale::ShortFormat)
                                 : u"yyyy-MM-dd"_s);

    m_currency = currencychoice::create(this, m_firm);
    currencychoice::select(m_currency, u"USD"_s == m_firm ? u"EUR"_s : u"USD"_s);

    m_rate = new QLineEdit(this);
    m_rate->setPlaceholderText(
        tr("%1 per one unit of the currency, e.g. %2")
            .arg(m_firm, ExchangeRate::fromScaled(162'455'000'000'000).format(QLocale())));
    // The sentence under the field keeps its two lines whether it says something or not, so
    // that nothing moves when it appears.
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 2);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_note->setObjectName(u"rateNote"_s);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(u"saveProblem"_s);

    connect(m_rate, &QLineEdit::textEdited, this, &RateDialog::updateNote);
    connect(m_rate, &QLineEdit::editingFinished, this, [this] {
        m_rateLeft = true;
        updateNote();
    });
    connect(m_currency, &QComboBox::currentTextChanged, this, &RateDialog::updateNote);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("&Rate:"), m_rate);
    form->addRow(QString(), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    // Today and the usual currency are filled in: the rate is what is left to type.
    m_rate->setFocus();
}

void RateDialog::setRate(const RateEntry &rate)
{
    setWindowTitle(tr("Edit Exchange Rate"));
    m_date->setDate(rate.date);
    currencychoice::select(m_currency, rate.currency);
    m_rate->setText(rate.rate.format(QLocale()));
    m_rateLeft = true;
    updateNote();
}

Result<ExchangeRate> RateDialog::typedRate() const
{
    if (m_rate->text().trimmed().isEmpty())
        return Error {
            tr("Type the rate: how many %1 one unit of the currency is worth.").arg(m_firm)
        };
    return ExchangeRate::parseLocalized(m_rate->text(), QLocale());
}

QString RateDialog::currencyProblem() const
{
    const QString code = currencychoice::code(m_currency);
    if (!Money::isValidCurrency(code))
        return tr("“%1” is not a currency code; pick one from the list or type three letters "
                  "such as USD.")
            .arg(m_currency->currentText().trimmed());
    if (code == m_firm)
        return tr("%1 is the firm's currency: it needs no rate.").arg(code);
    return {};
}

void RateDialog::updateNote()
{
    m_problem->clear();
    if (!m_rateLeft) {
        m_note->clear();
        return;
    }
    QPalette palette = m_note->palette();
    const Result<ExchangeRate> rate = typedRate();
    const QString currency = currencychoice::code(m_currency);
    QString text;
    bool problem = true;
    if (!rate)
        text = rate.error();
    else if (const QString bad = currencyProblem(); !bad.isEmpty())
        text = bad;
    else {
        problem = false;
        const ExchangeRate inverse = rate->inverse();
        text = inverse.isValid()
            ? tr("1 %1 = %2 %3; 1 %3 = %4 %1.")
                  .arg(currency, rate->format(QLocale()), m_firm, inverse.format(QLocale()))
            : tr("1 %1 = %2 %3.").arg(currency, rate->format(QLocale()), m_firm);
    }
    m_note->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xb0, 0x20, 0x20) : palette.color(QPalette::WindowText));
    m_note->setPalette(problem ? palette : QPalette());
    m_note->setText(text);
}

std::optional<RateEntry> RateDialog::rateEntry() const
{
    const Result<ExchangeRate> rate = typedRate();
    if (!rate || !currencyProblem().isEmpty())
        return std::nullopt;
    return RateEntry { m_date->date(), currencychoice::code(m_currency), *rate };
}

QString RateDialog::rateNote() const
{
    return m_note->text();
}

QString RateDialog::saveProblem() const
{
    return m_problem->text();
}

void RateDialog::accept()
{
    m_rateLeft = true;
    updateNote();
    const std::optional<RateEntry> entry = rateEntry();
    if (!entry) {
        m_rate->setFocus();
        return;
    }
    if (m_saver) {
        if (const QString problem = m_saver(*entry); !problem.isEmpty()) {
            m_problem->setText(problem);
            return;
        }
    }
    QDialog::accept();
}

} // namespace cd
