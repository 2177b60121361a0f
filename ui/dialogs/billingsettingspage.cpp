#include "dialogs/billingsettingspage.h"

#include <QCheckBox>
#include <QDate>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

BillingSettingsPage::BillingSettingsPage(const BillingSettings &stored, bool canChange,
                                         QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->addRow(note(tr("Numbers: {yyyy} or {yy} is the year of the document's date, and one "
                         "run of zeros in braces its number in that year ({00000}: at least five "
                         "digits). Invoices and credit notes are numbered without gaps when "
                         "they are issued; a contract's reference is proposed and can be "
                         "changed."),
                      this));
    form->addRow(tr("In&voice numbers:"), addPattern(m_invoice, m_invoiceExample));
    form->addRow(QString(), m_invoiceExample);
    form->addRow(tr("Cre&dit note numbers:"), addPattern(m_creditNote, m_creditNoteExample));
    form->addRow(QString(), m_creditNoteExample);
    form->addRow(tr("C&ontract references:"), addPattern(m_contract, m_contractExample));
    form->addRow(QString(), m_contractExample);

    m_terms = new QSpinBox(this);
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    form->addRow(tr("&Payment terms:"), m_terms);
    form->addRow(QString(),
                 note(tr("From an invoice's date to its due date, unless its contract says "
                         "otherwise."),
                      this));
    m_label = new QLineEdit(this);
    m_label->setMaxLength(20);
    form->addRow(tr("Tax's na&me:"), m_label);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(0, 100);
    m_rate->setDecimals(2);
    m_rate->setSuffix(tr(" %"));
    form->addRow(tr("Tax r&ate:"), m_rate);
    m_includesTax = new QCheckBox(tr("Prices and fees include the ta&x"), this);
    form->addRow(QString(), m_includesTax);
    form->addRow(QString(),
                 note(tr("Every invoice line has this tax unless it is marked “no tax”. "
                         "Changes apply to invoices made from now on; issued ones keep "
                         "theirs."),
                      this));
    setSettings(stored);
    if (!canChange) {
        for (QWidget *field : std::initializer_list<QWidget *> {
                 m_invoice, m_creditNote, m_contract, m_terms, m_label, m_rate, m_includesTax }) {
            field->setEnabled(false);
            field->setToolTip(tr("Only a manager changes the billing settings."));
        }
    }
}

QLineEdit *BillingSettingsPage::addPattern(QLineEdit *&field, QLabel *&example)
{
    field = new QLineEdit(this);
    example = new QLabel(this);
    example->setTextFormat(Qt::PlainText);
    example->setWordWrap(true);
    QLineEdit *edit = field;
    QLabel *label = example;
    connect(edit, &QLineEdit::textChanged, this, [this, edit, label] { showExample(edit, label); });
    return field;
}

void BillingSettingsPage::showExample(const QLineEdit *field, QLabel *example) const
{
    const Result<NumberPattern> pattern = NumberPattern::parse(field->text());
    if (!pattern) {
        example->setText(pattern.error());
        example->setForegroundRole(QPalette::Text);
        QPalette warn = example->palette();
        warn.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        example->setPalette(warn);
        return;
    }
    const int year = QDate::currentDate().year();
    example->setPalette(QPalette());
    example->setText(
        tr("For example %1, then %2.").arg(pattern->format(year, 1), pattern->format(year, 2)));
}

BillingSettings BillingSettingsPage::settings() const
{
    BillingSettings out;
    out.invoicePattern = m_invoice->text().trimmed();
    out.creditNotePattern = m_creditNote->text().trimmed();
    out.contractPattern = m_contract->text().trimmed();
    out.paymentTermsDays = m_terms->value();
    out.taxRateBp = int(qRound(m_rate->value() * 100));
    out.taxLabel = m_label->text().trimmed();
    out.pricesIncludeTax = m_includesTax->isChecked();
    return out;
}

void BillingSettingsPage::setSettings(const BillingSettings &settings)
{
    m_invoice->setText(settings.invoicePattern);
    m_creditNote->setText(settings.creditNotePattern);
    m_contract->setText(settings.contractPattern);
    m_terms->setValue(settings.paymentTermsDays);
    m_rate->setValue(settings.taxRateBp / 100.0);
    m_label->setText(settings.taxLabel);
    m_includesTax->setChecked(settings.pricesIncludeTax);
    for (const auto &[field, example] : { std::pair { m_invoice, m_invoiceExample },
                                          std::pair { m_creditNote, m_creditNoteExample },
                                          std::pair { m_contract, m_contractExample } })
        showExample(field, example);
}

QStringList BillingSettingsPage::problems() const
{
    QStringList out;
    for (const auto &[field, name] : { std::pair { m_invoice, tr("Invoice numbers") },
                                       std::pair { m_creditNote, tr("Credit note numbers") },
                                       std::pair { m_contract, tr("Contract references") } }) {
        if (const Result<NumberPattern> pattern = NumberPattern::parse(field->text()); !pattern)
            out.append(tr("%1: %2").arg(name, pattern.error()));
    }
    if (m_label->text().trimmed().isEmpty())
        out.append(tr("The tax needs a name for invoices, such as PPN."));
    return out;
}

} // namespace cd
