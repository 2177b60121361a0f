#include "domain/email.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd {

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace cd
