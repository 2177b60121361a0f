#pragma once

#include <QString>
#include <QUrl>

namespace cd {

/// The password a postgresql:// address gives, in USER:PASSWORD@ or in a password= parameter
/// (as libpq reads it); the first when both are there. Empty when there is none.
QString addressPassword(const QUrl &url);

/// The address as it may be shown, kept in settings and put in messages: without the
/// password in either place, every other part as given.
QString addressWithoutPassword(const QUrl &url);

/// True when \a location is a postgresql:// or postgres:// address that gives a password.
bool addressGivesPassword(const QString &location);

} // namespace cd
