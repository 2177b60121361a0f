#include "dialogs/connectdialog.h"

#include "backgroundtask.h"
#include "passwordstore.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

QString tlsModeLabel(const QString &mode)
{
    if (mode == u"disable"_s)
        return ConnectDialog::tr("disable: never encrypt");
    if (mode == u"allow"_s)
        return ConnectDialog::tr("allow: encrypt only if the server insists");
    if (mode == u"prefer"_s)
        return ConnectDialog::tr("prefer: encrypt when the server offers it");
    if (mode == u"require"_s)
        return ConnectDialog::tr("require: always encrypt, trust any certificate");
    if (mode == u"verify-ca"_s)
        return ConnectDialog::tr("verify-ca: always encrypt, certificate from a trusted authority");
    return ConnectDialog::tr("verify-full: always encrypt, certificate for this host name");
}

} // namespace

ConnectDialog::ConnectDialog(PasswordStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_task(new BackgroundTask(this))
{
    setWindowTitle(tr("Connect to Server"));

    auto *intro = new QLabel(tr("Open a ClientDesk database that your team shares on a "
                                "PostgreSQL server. An empty database gets ClientDesk's tables."),
                             this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"connectHost"_s);
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port = new QLineEdit(QString::number(ServerAddress::kDefaultPort), this);
    m_port->setObjectName(u"connectPort"_s);
    m_port->setMaxLength(5);
    m_port->setInputMethodHints(Qt::ImhDigitsOnly);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(u"0000000"_s) + 16);
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"connectDatabase"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"connectUser"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"connectPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_tls = new QComboBox(this);
    m_tls->setObjectName(u"connectTls"_s);
    for (const QString &mode : ServerAddress::tlsModes())
        m_tls->addItem(tlsModeLabel(mode), mode);
    m_tls->setCurrentIndex(m_tls->findData(ServerAddress::defaultTlsMode()));
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_remember->setObjectName(u"connectRemember"_s);
    m_remember->setToolTip(tr("ClientDesk never writes the password to its settings; unticked, "
                              "a password remembered before is forgotten."));

    auto *hostLine = new QHBoxLayout;
    hostLine->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    hostLine->addWidget(portLabel);
    hostLine->addWidget(m_port);

    // A label of its own: a row holding a layout gets no buddy, so no mnemonic.
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    auto *form = new QFormLayout;
    form->addRow(hostLabel, hostLine);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(QString(), m_remember);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"connectProblems"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problemLabel->setPalette(warning);
    m_problemLabel->hide();

    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"connectBusyText"_s);
    m_busyLabel->setTextFormat(Qt::PlainText);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"connectBusy"_s);
    m_busyBar->setRange(0, 0); // no steps to count: it only shows that something happens
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(m_busyBar->fontMetrics().height());
    auto *busyLine = new QHBoxLayout;
    busyLine->addWidget(m_busyLabel, 1);
    busyLine->addWidget(m_busyBar);
    m_busyLabel->hide();
    m_busyBar->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addLayout(busyLine);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    connect(m_task, &BackgroundTask::finished, this,
            [this] { onAttemptFinished(*m_attemptError); });
}

ConnectDialog::~ConnectDialog()
{
    // An attempt still going ends by itself within the connection timeout; the window that
    // closed this dialog need not wait for it.
    if (m_task->isRunning()) {
        m_task->disconnect(this);
        m_task->setParent(QCoreApplication::instance());
        connect(m_task, &BackgroundTask::finished, m_task, &QObject::deleteLater);
    }
}

void ConnectDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setText(QString::number(address.port));
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setText(address.password);
    const int tls = m_tls->findData(address.tlsMode);
    m_tls->setCurrentIndex(tls >= 0 ? tls : m_tls->findData(ServerAddress::defaultTlsMode()));
    // The first field still to fill gets the cursor.
    for (QLineEdit *edit : { m_host, m_database, m_user, m_password }) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

ServerAddress ConnectDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    bool portOk = false;
    const int port = m_port->text().trimmed().toInt(&portOk);
    address.port = portOk ? port : 0;
    address.database = m_database->text();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.tlsMode = m_tls->currentData().toString();
    return address;
}

void ConnectDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
    m_wasRemembered = remember;
}

bool ConnectDialog::remember() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setProblem(const QString &problem)
{
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

QString ConnectDialog::problem() const
{
    return m_problemLabel->text();
}

bool ConnectDialog::isConnecting() const
{
    return m_connecting;
}

bool ConnectDialog::tryConnect()
{
    if (isConnecting())
        return false;
    const ServerAddress address = this->address();
    const QStringList problems = address.problems();
    if (!problems.isEmpty()) {
        setProblem(problems.join(u'\n'));
        emit connectFailed();
        return false;
    }
    setProblem({});
    m_attempt = address;
    setBusy(true);
    // The worker opens (and migrates) the database, then closes its connection: the one the
    // window keeps must be opened on this thread. It shares nothing with the dialog but the
    // sentence it leaves, which may outlive the dialog.
    m_attemptError = std::make_shared<QString>();
    m_task->start(
        [url = address.url(true), error = m_attemptError](const BackgroundTask::Reporter &) {
            auto opened = Database::open(url);
            if (!opened)
                *error = opened.error();
        });
    return true;
}

void ConnectDialog::onAttemptFinished(const QString &error)
{
    if (error.isEmpty()) {
        Database::Options options;
        options.mode = Database::Mode::MustExist;
        auto opened = Database::open(m_attempt.url(true), options);
        if (opened) {
            m_opened = std::move(opened).value();
            rememberPassword(m_attempt);
            setBusy(false);
            accept();
            emit connected();
            return;
        }
        setProblem(opened.error());
    } else {
        setProblem(error);
    }
    setBusy(false);
    emit connectFailed();
}

void ConnectDialog::rememberPassword(const ServerAddress &address)
{
    m_keychainProblem.clear();
    if (!m_store)
        return;
    const QString key = address.keychainKey();
    if (m_remember->isChecked() && !address.password.isEmpty()) {
        if (const Status saved = m_store->write(key, address.password); !saved)
            m_keychainProblem = saved.error();
    } else if (!m_remember->isChecked()) {
        // Said only when the user unticked a password known to be remembered: where there is
        // no keychain at all, every connection would otherwise end with a warning.
        if (const Status removed = m_store->remove(key); !removed && m_wasRemembered)
            m_keychainProblem = removed.error();
    }
}

std::unique_ptr<Database> ConnectDialog::takeDatabase()
{
    return std::move(m_opened);
}

void ConnectDialog::setBusy(bool busy)
{
    m_connecting = busy;
    for (QWidget *field : std::initializer_list<QWidget *> { m_host, m_port, m_database, m_user,
                                                             m_password, m_tls, m_remember })
        field->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_busyLabel->setText(busy ? tr("Connecting to %1:%2…").arg(m_attempt.host).arg(m_attempt.port)
                              : QString());
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    if (!busy && !m_opened)
        m_password->setFocus();
}

} // namespace cd
