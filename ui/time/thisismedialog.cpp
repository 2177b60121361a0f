#include "thisismedialog.h"

#include "services/userservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace cd {

ThisIsMeDialog::ThisIsMeDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_db(database)
{
    setWindowTitle(tr("Who Are You?"));
    auto *intro = new QLabel(tr("ClientDesk logs time for one person on this computer. Choose "
                                "yourself among the users, or add yourself; you are asked "
                                "only once."),
                             this);
    intro->setWordWrap(true);
    m_users = new QListWidget(this);
    m_users->setAccessibleName(tr("Users"));
    const auto users = UserService(m_db).list(true);
    if (users) {
        for (const User &user : *users) {
            auto *item = new QListWidgetItem(
                user.email.isEmpty() ? user.name : tr("%1 (%2)").arg(user.name, user.email),
                m_users);
            item->setData(Qt::UserRole, user.id);
        }
    }
    m_newName = new QLineEdit(this);
    m_newName->setPlaceholderText(tr("Your name"));
    m_newName->setAccessibleName(tr("New user's name"));
    auto *newLabel = new QLabel(m_users->count() == 0 ? tr("There are no users yet. Add yourself:")
                                                      : tr("Not in the list? Add yourself:"),
                                this);
    newLabel->setBuddy(m_newName);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b03a2e"));
    m_problem->setText(users ? QString() : users.error());
    m_problem->setVisible(!users);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ThisIsMeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ThisIsMeDialog::reject);
    connect(m_users, &QListWidget::itemDoubleClicked, this, &ThisIsMeDialog::accept);
    connect(m_users, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_newName->clear();
    });
    connect(m_newName, &QLineEdit::textEdited, this, [this] { m_users->setCurrentRow(-1); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_users, 1);
    layout->addWidget(newLabel);
    layout->addWidget(m_newName);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_users->setVisible(m_users->count() > 0);
    // Nobody is chosen beforehand: an OK without looking would log time as someone else.
    m_users->setCurrentRow(-1);
    resize(440, m_users->count() > 0 ? 380 : 200);
}

void ThisIsMeDialog::accept()
{
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty()) {
        const QListWidgetItem *item = m_users->currentItem();
        if (!item) {
            m_problem->setText(tr("Choose yourself in the list or type your name."));
            m_problem->show();
            return;
        }
        m_chosen = item->data(Qt::UserRole).toLongLong();
        QDialog::accept();
        return;
    }
    User user;
    user.name = name;
    const auto saved = UserService(m_db).save(user);
    if (!saved) {
        m_problem->setText(saved.error());
        m_problem->show();
        return;
    }
    m_chosen = saved->id;
    QDialog::accept();
}

} // namespace cd
