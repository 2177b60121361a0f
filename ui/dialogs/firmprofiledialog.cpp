#include "dialogs/firmprofiledialog.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

FirmProfileDialog::FirmProfileDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Firm Profile"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    if (auto loaded = FirmProfile::load(database))
        m_profile = *loaded;
    else
        m_message->setText(loaded.error());
    m_name = new QLineEdit(m_profile.name, this);
    m_name->setPlaceholderText(tr("As it heads every report"));
    m_address = new QPlainTextEdit(m_profile.address, this);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 5);
    m_logo = new QLabel(this);
    m_logo->setMinimumSize(160, 60);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(choose, &QPushButton::clicked, this, &FirmProfileDialog::chooseLogo);
    connect(remove, &QPushButton::clicked, this, &FirmProfileDialog::removeLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(choose);
    logoRow->addWidget(remove);
    logoRow->addStretch(1);
    m_taxId = new QLineEdit(m_profile.taxId, this);
    m_taxId->setPlaceholderText(tr("NPWP, printed on invoices"));
    m_bank = new QLineEdit(m_profile.bankName, this);
    m_bank->setPlaceholderText(tr("Bank Central Asia, KCU Sudirman"));
    m_accountName = new QLineEdit(m_profile.bankAccountName, this);
    m_accountName->setPlaceholderText(tr("The name the account is held in"));
    m_accountNumber = new QLineEdit(m_profile.bankAccountNumber, this);
    m_paymentNote = new QPlainTextEdit(m_profile.paymentNote, this);
    m_paymentNote->setTabChangesFocus(true);
    m_paymentNote->setPlaceholderText(tr("SWIFT code, branch, anything else a payer needs"));
    m_paymentNote->setFixedHeight(m_paymentNote->fontMetrics().lineSpacing() * 3
                                  + m_paymentNote->frameWidth() * 2 + 8);
    auto *form = new QFormLayout;
    form->addRow(tr("Firm name:"), m_name);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("Tax id (NPWP):"), m_taxId);
    auto *bankHeading = new QLabel(tr("Invoices ask to be paid into:"), this);
    form->addRow(bankHeading);
    form->addRow(tr("Bank:"), m_bank);
    form->addRow(tr("Account name:"), m_accountName);
    form->addRow(tr("Account number:"), m_accountNumber);
    form->addRow(tr("Payment note:"), m_paymentNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_askFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Choose the Firm's Logo"), QDir::homePath(),
                                            tr("Pictures (*.png *.jpg *.jpeg *.svg *.bmp)"));
    };
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    showLogo();
    resize(520, sizeHint().height());
}

QString FirmProfileDialog::message() const
{
    return m_message->text();
}

void FirmProfileDialog::showLogo()
{
    QPixmap logo;
    if (!m_profile.logoPng.isEmpty())
        logo.loadFromData(m_profile.logoPng, "PNG");
    if (logo.isNull())
        m_logo->setText(tr("No logo"));
    else
        m_logo->setPixmap(logo.scaled(160, 60, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

bool FirmProfileDialog::chooseLogo()
{
    const QString path = m_askFile();
    if (path.isEmpty())
        return false;
    QImageReader reader(path);
    const QImage picture = reader.read();
    if (picture.isNull()) {
        m_message->setText(tr("%1 is not a picture ClientDesk can read (%2). Choose a PNG, JPEG "
                              "or SVG file.")
                               .arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    const QImage scaled = picture.width() > 600 || picture.height() > 300
        ? picture.scaled(600, 300, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : picture;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    m_profile.logoPng = png;
    m_message->clear();
    showLogo();
    return true;
}

void FirmProfileDialog::removeLogo()
{
    m_profile.logoPng.clear();
    showLogo();
}

bool FirmProfileDialog::save()
{
    m_profile.name = m_name->text();
    m_profile.address = m_address->toPlainText();
    m_profile.taxId = m_taxId->text();
    m_profile.bankName = m_bank->text();
    m_profile.bankAccountName = m_accountName->text();
    m_profile.bankAccountNumber = m_accountNumber->text();
    m_profile.paymentNote = m_paymentNote->toPlainText();
    if (const Status ok = m_profile.save(m_database); !ok) {
        m_message->setText(ok.error());
        return false;
    }
    return true;
}

} // namespace cd
