#pragma once

#include "domain/account.h"
#include "domain/contact.h"

class QWidget;

namespace cd {

class Database;

/// The dialogs both account pages (client and customer) open by default; each returns whether
/// the user saved. The pages take them as replaceable functions so tests can answer instead.
namespace editors {

/// Adds or edits a contact (ContactDialog).
bool editContact(Database &database, const Contact &contact, QWidget *owner);
/// Edits an account's profile (AccountDialog).
bool editProfile(Database &database, const Account &account, QWidget *owner);
/// Logs an interaction with one of the account's contacts (InteractionDialog).
bool logInteraction(Database &database, qint64 accountId, QWidget *owner);

} // namespace editors
} // namespace cd
