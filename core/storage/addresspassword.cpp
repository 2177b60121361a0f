#include "storage/addresspassword.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kPasswordParameter = u"password"_s;

} // namespace

QString addressPassword(const QUrl &url)
{
    if (const QString inUserInfo = url.password(QUrl::FullyDecoded); !inUserInfo.isEmpty())
        return inUserInfo;
    return QUrlQuery(url).queryItemValue(kPasswordParameter, QUrl::FullyDecoded);
}

QString addressWithoutPassword(const QUrl &url)
{
    QUrl shown = url;
    shown.setPassword({});
    if (QUrlQuery query(shown); query.hasQueryItem(kPasswordParameter)) {
        query.removeAllQueryItems(kPasswordParameter);
        if (query.isEmpty())
            shown.setQuery(QString());
        else
            shown.setQuery(query);
    }
    return shown.toString(QUrl::RemovePassword);
}

bool addressGivesPassword(const QString &location)
{
    if (!location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        && !location.startsWith(u"postgres://"_s, Qt::CaseInsensitive))
        return false;
    return !addressPassword(QUrl(location)).isEmpty();
}

} // namespace cd
