#include "session/serveraddress.h"

#include "storage/addresspassword.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cd {

const QStringList &ServerAddress::tlsModes()
{
    static const QStringList modes { u"disable"_s, u"allow"_s,     u"prefer"_s,
                                     u"require"_s, u"verify-ca"_s, u"verify-full"_s };
    return modes;
}

bool ServerAddress::isServerUrl(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::fromUrl(const QString &text)
{
    if (!isServerUrl(text))
        return std::nullopt;
    const QUrl url(text);
    if (!url.isValid())
        return std::nullopt;
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(kDefaultPort);
    address.database = url.path().mid(1);
    address.user = url.userName();
    // libpq takes it as ?password= too; the address is rebuilt without it (url()).
    address.password = addressPassword(url);
    const QString mode = QUrlQuery(url).queryItemValue(u"sslmode"_s, QUrl::FullyDecoded);
    if (!mode.isEmpty())
        address.tlsMode = mode;
    return address;
}

QString ServerAddress::url(bool withPassword) const
{
    // Every part goes in decoded and comes out fully encoded, so that an @, :, / or % in a
    // user name, password or database name cannot be taken for the address's punctuation.
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host.trimmed(), QUrl::DecodedMode);
    url.setPort(port);
    url.setUserName(user, QUrl::DecodedMode);
    if (withPassword && !password.isEmpty())
        url.setPassword(password, QUrl::DecodedMode);
    url.setPath(u"/"_s + database, QUrl::DecodedMode);
    if (!tlsMode.isEmpty() && tlsMode != defaultTlsMode()) {
        QUrlQuery query;
        query.addQueryItem(u"sslmode"_s, tlsMode);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::displayName() const
{
    const QString shownHost = host.contains(u':') ? u"[%1]"_s.arg(host) : host;
    return u"%1@%2:%3/%4"_s.arg(user, shownHost).arg(port).arg(database);
}

QStringList ServerAddress::problems() const
{
    QStringList problems;
    if (host.trimmed().isEmpty()) {
        problems.append(tr("Enter the server's host name or address."));
    } else {
        QUrl check;
        check.setHost(host.trimmed(), QUrl::DecodedMode);
        if (!check.isValid() || check.host().isEmpty())
            problems.append(tr("“%1” is not a host name or address.").arg(host.trimmed()));
    }
    if (port < 1 || port > 65535)
        problems.append(tr("The port must be between 1 and 65535."));
    if (database.isEmpty())
        problems.append(tr("Enter the name of the database on the server."));
    else if (database.contains(u'/'))
        problems.append(tr("A database name cannot contain “/”."));
    if (user.isEmpty())
        problems.append(tr("Enter the user name to sign in with."));
    if (!tlsModes().contains(tlsMode))
        problems.append(tr("Choose a TLS mode."));
    return problems;
}

} // namespace cd
