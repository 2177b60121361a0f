#include "dialogs/accounteditors.h"

#include "dialogs/accountdialog.h"
#include "dialogs/contactdialog.h"
#include "dialogs/interactiondialog.h"
#include "services/contactservice.h"

namespace cd::editors {

bool editContact(Database &database, const Contact &contact, QWidget *owner)
{
    ContactDialog dialog(database, contact, owner);
    return dialog.exec() == QDialog::Accepted;
}

bool editProfile(Database &database, const Account &account, QWidget *owner)
{
    AccountDialog dialog(database, account, owner);
    return dialog.exec() == QDialog::Accepted;
}

bool logInteraction(Database &database, qint64 accountId, QWidget *owner)
{
    const auto contacts = ContactService(database).listForAccount(accountId);
    InteractionDialog dialog(database, accountId, contacts ? *contacts : QList<Contact>(), owner);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace cd::editors
