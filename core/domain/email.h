#pragma once

#include <QString>

namespace cd {

/// True for something shaped like an email address: one '@', a non-empty local part, a
/// domain with a dot, no spaces. Deliverability is not checked.
bool isEmailAddress(const QString &text);

} // namespace cd
