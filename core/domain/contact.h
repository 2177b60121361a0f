#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cd {

/// A person at an account. Roles say who buys, who decides, who uses and who pays.
struct Contact
{
    qint64 id = 0; ///< 0 for a contact not stored yet
    qint64 accountId = 0;
    QString name;
    QString jobTitle;
    QString email;
    QString phone;
    QString notes;
    QList<ContactRole> roles; ///< each role at most once, in declaration order when loaded
    QDateTime createdAt;
    int rowVersion = 0; ///< the version read; update() refuses a stale one

    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::Contact)
