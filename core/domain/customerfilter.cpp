#include "domain/customerfilter.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cd {

QByteArray CustomerFilter::toJson() const
{
    QJsonObject o;
    const auto text = [&o](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            o.insert(key, value.trimmed());
    };
    text(u"search"_s, search);
    text(u"region"_s, region);
    text(u"industry"_s, industry);
    text(u"category"_s, category);
    text(u"tag"_s, tag);
    if (channel)
        o.insert(u"channel"_s, toCode(*channel));
    if (status)
        o.insert(u"status"_s, toCode(*status));
    if (managerId)
        o.insert(u"manager_id"_s, QString::number(*managerId));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

CustomerFilter CustomerFilter::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    CustomerFilter f;
    f.search = o.value(u"search"_s).toString();
    f.region = o.value(u"region"_s).toString();
    f.industry = o.value(u"industry"_s).toString();
    f.category = o.value(u"category"_s).toString();
    f.tag = o.value(u"tag"_s).toString();
    f.channel = fromCode<Channel>(o.value(u"channel"_s).toString());
    f.status = fromCode<AccountStatus>(o.value(u"status"_s).toString());
    bool ok = false;
    const qint64 manager = o.value(u"manager_id"_s).toString().toLongLong(&ok);
    if (ok && manager > 0)
        f.managerId = manager;
    return f;
}

} // namespace cd
