#include "dialogs/accountdialog.h"

#include "dialogs/saverecord.h"
#include "services/accountservice.h"
#include "services/settingsservice.h"
#include "services/userservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

/// The ISO 4217 codes the locales know, sorted: what an account's currency may be.
QStringList knownCurrencies()
{
    static const QStringList codes = [] {
        QStringList out;
        for (const QLocale &locale : QLocale::matchingLocales(
                 QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3 && !out.contains(code))
                out.append(code);
        }
        out.sort();
        return out;
    }();
    return codes;
}

} // namespace

AccountDialog::AccountDialog(Database &database, AccountKind kind, QWidget *parent)
    : QDialog(parent), m_db(database), m_kind(kind)
{
    setWindowTitle(kind == AccountKind::Client ? tr("New Client") : tr("New Customer"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. PT Maju Jaya"));
    m_legalForm = new QComboBox(this);
    m_legalForm->addItem(toLabel(LegalForm::Organisation), int(LegalForm::Organisation));
    m_legalForm->addItem(toLabel(LegalForm::Person), int(LegalForm::Person));
    m_industry = new QComboBox(this);
    m_industry->setEditable(true);
    m_industry->addItem(QString());
    // The industries already in use, so spellings stay consistent.
    if (const auto industries = AccountService(m_db).industries())
        m_industry->addItems(*industries);
    m_city = new QLineEdit(this);
    m_region = new QLineEdit(this);
    m_country = new QLineEdit(u"ID"_s, this);
    m_manager = new QComboBox(this);
    m_manager->addItem(tr("No account manager"), QVariant());
    if (const auto users = UserService(m_db).list(true)) {
        for (const User &u : *users)
            m_manager->addItem(u.name, u.id);
    }
    // The account's own currency: the firm's first (stored as none, so it follows the firm's),
    // then every known ISO 4217 code.
    m_currency = new QComboBox(this);
    m_currency->setObjectName(u"accountCurrency"_s);
    const QString firm = SettingsService(m_db).firmCurrency();
    m_currency->addItem(tr("%1 (the firm's currency)").arg(firm), QString());
    for (const QString &code : knownCurrencies()) {
        if (code != firm)
            m_currency->addItem(code, code);
    }
    m_currency->setToolTip(tr("What this account's contracts, sales and deals are in unless "
                              "chosen otherwise."));
    m_email = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_taxId = new QLineEdit(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Legal form:"), m_legalForm);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Co&untry:"), m_country);
    form->addRow(tr("Account &manager:"), m_manager);
    form->addRow(tr("Currenc&y:"), m_currency);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Tax id:"), m_taxId);
    form->addRow(tr("N&otes:"), m_notes);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"accountProblems"_s);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(warning);
    m_duplicateLabel = new QLabel(this);
    m_duplicateLabel->setObjectName(u"accountDuplicates"_s);
    m_duplicateLabel->setWordWrap(true);
    m_duplicateLabel->setTextFormat(Qt::PlainText);
    m_duplicateLabel->hide();
    m_createAnyway = new QCheckBox(tr("It is a different business: create it &anyway"), this);
    m_createAnyway->setObjectName(u"createAnyway"_s);
    m_createAnyway->hide();
    connect(m_createAnyway, &QCheckBox::toggled, this, &AccountDialog::revalidate);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    m_reload = addReloadButton(m_buttons, tr("Reloa&d"),
                               tr("Show the account as it is now saved, without your edits"),
                               u"accountReload"_s);
    connect(m_reload, &QPushButton::clicked, this, &AccountDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_duplicateLabel);
    layout->addWidget(m_createAnyway);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : { m_name, m_email })
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::revalidate);
    for (QLineEdit *edit : { m_name, m_email, m_phone, m_taxId })
        connect(edit, &QLineEdit::editingFinished, this, &AccountDialog::lookForDuplicates);
    revalidate();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

AccountDialog::AccountDialog(Database &database, const Account &existing, QWidget *parent)
    : AccountDialog(database, existing.kind, parent)
{
    fill(existing);
}

void AccountDialog::fill(const Account &existing)
{
    m_existing = existing;
    setWindowTitle(tr("Edit %1").arg(existing.name));
    m_name->setText(existing.name);
    m_legalForm->setCurrentIndex(m_legalForm->findData(int(existing.legalForm)));
    m_industry->setEditText(existing.industry);
    m_city->setText(existing.city);
    m_region->setText(existing.region);
    m_country->setText(existing.country);
    const int manager = existing.managerId ? m_manager->findData(*existing.managerId) : 0;
    m_manager->setCurrentIndex(manager < 0 ? 0 : manager);
    m_email->setText(existing.email);
    m_phone->setText(existing.phone);
    m_taxId->setText(existing.taxId);
    int currency = existing.currency.isEmpty() ? 0 : m_currency->findData(existing.currency);
    if (currency < 0) { // a code the locales do not know, kept as it is
        m_currency->addItem(existing.currency, existing.currency);
        currency = m_currency->count() - 1;
    }
    m_currency->setCurrentIndex(currency);
    m_notes->setPlainText(existing.notes);
    revalidate();
}

void AccountDialog::reload()
{
    reloadRecord(AccountService(m_db), m_existing.id, m_problemLabel, m_reload,
                 [this](const Account &now) { fill(now); });
}

Account AccountDialog::account() const
{
    // Editing keeps what the form does not show (status, tags, referral, conversion).
    Account a = m_existing;
    a.kind = m_kind;
    if (a.id == 0)
        a.status = AccountStatus::Active;
    a.name = m_name->text().trimmed();
    a.legalForm = LegalForm(m_legalForm->currentData().toInt());
    a.industry = m_industry->currentText().trimmed();
    a.city = m_city->text().trimmed();
    a.region = m_region->text().trimmed();
    a.country = m_country->text().trimmed();
    a.managerId.reset();
    if (const QVariant manager = m_manager->currentData(); manager.isValid())
        a.managerId = manager.toLongLong();
    a.email = m_email->text().trimmed();
    a.phone = m_phone->text().trimmed();
    a.taxId = m_taxId->text().trimmed();
    a.currency = m_currency->currentData().toString();
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

void AccountDialog::revalidate()
{
    m_problems = AccountService::validate(account());
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_problemLabel->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(m_problems.isEmpty() && (!m_looksDuplicate || m_createAnyway->isChecked()));
}

void AccountDialog::lookForDuplicates()
{
    if (m_existing.id != 0) // editing: the Duplicates tool finds pairs among stored accounts
        return;
    if (!m_duplicates) {
        m_duplicates.emplace();
        if (const auto stored = AccountService(m_db).list()) {
            for (const Account &a : *stored) {
                m_duplicates->add(a.id, a);
                m_stored.insert(a.id, a);
            }
        }
    }
    const QList<DuplicateIndex::Match> matches = m_duplicates->matches(account());
    const bool before = m_looksDuplicate;
    m_looksDuplicate = !matches.isEmpty();
    if (m_looksDuplicate) {
        QStringList lines;
        for (const DuplicateIndex::Match &match : matches.mid(0, 3)) {
            const Account &other = m_stored.value(match.key);
            lines.append(tr("“%1” (%2, %3): %4")
                             .arg(other.name, toLabel(other.kind),
                                  other.city.isEmpty() ? tr("no city") : other.city,
                                  DuplicateRules::describe(match.reasons)));
        }
        m_duplicateLabel->setText(
            tr("This looks like an account you have already:\n%1").arg(lines.join(u'\n')));
    }
    m_duplicateLabel->setVisible(m_looksDuplicate);
    m_createAnyway->setVisible(m_looksDuplicate);
    if (before != m_looksDuplicate)
        m_createAnyway->setChecked(false);
    revalidate();
}

void AccountDialog::accept()
{
    lookForDuplicates();
    revalidate();
    if (!m_problems.isEmpty() || (m_looksDuplicate && !m_createAnyway->isChecked()))
        return;
    if (m_existing.id != 0) {
        if (const Status ok = AccountService(m_db).update(account()); !ok) {
            // The edits stay in the form; after a change by someone else the form can be
            // reloaded with theirs.
            m_problemLabel->setText(ok.error());
            m_problemLabel->setVisible(true);
            m_reload->setVisible(ok.conflict());
            return;
        }
        m_savedId = m_existing.id;
        QDialog::accept();
        return;
    }
    // The service checks for a likely duplicate again in the transaction that stores it:
    // someone else may have added one since the form looked.
    const auto id = AccountService(m_db).create(
        account(),
        m_looksDuplicate ? AccountService::Duplicates::Allow : AccountService::Duplicates::Refuse);
    if (!id) {
        m_problemLabel->setText(id.error());
        m_problemLabel->setVisible(true);
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

} // namespace cd
