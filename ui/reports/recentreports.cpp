#include "reports/recentreports.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace cd {

namespace {

const QString kFolderKey = u"reports/folder"_s;
const QString kRecentKey = u"reports/recent"_s;

QString kindCode(RecentReports::Kind kind)
{
    switch (kind) {
    case RecentReports::Kind::Client:
        return u"client"_s;
    case RecentReports::Kind::Portfolio:
        break;
    case RecentReports::Kind::Invoice:
        return u"invoice"_s;
    case RecentReports::Kind::ClientBatch:
        return u"client-batch"_s;
    }
    return u"portfolio"_s;
}

std::optional<RecentReports::Kind> kindOf(const QString &code)
{
    for (auto kind : { RecentReports::Kind::Client, RecentReports::Kind::Portfolio,
                       RecentReports::Kind::Invoice, RecentReports::Kind::ClientBatch }) {
        if (kindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

void write(const QList<RecentReports::Entry> &entries)
{
    QSettings settings;
    settings.remove(kRecentKey);
    settings.beginWriteArray(kRecentKey, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const RecentReports::Entry &e = entries.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"kind"_s, kindCode(e.kind));
        settings.setValue(u"id"_s, e.id);
        settings.setValue(u"name"_s, e.name);
        settings.setValue(u"from"_s, e.from.toString(Qt::ISODate));
        settings.setValue(u"to"_s, e.to.toString(Qt::ISODate));
        settings.setValue(u"path"_s, e.path);
        settings.setValue(u"made"_s, e.made.toString(Qt::ISODate));
        settings.setValue(u"database"_s, e.database);
    }
    settings.endArray();
}

} // namespace

QString RecentReports::folder()
{
    const QString chosen = QSettings().value(kFolderKey).toString();
    return chosen.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : chosen;
}

void RecentReports::setFolder(const QString &folder)
{
    QSettings().setValue(kFolderKey, QDir::cleanPath(folder));
}

QList<RecentReports::Entry> RecentReports::entries()
{
    QSettings settings;
    const int size = settings.beginReadArray(kRecentKey);
    QList<Entry> out;
    for (int i = 0; i < size && out.size() < kMost; ++i) {
        settings.setArrayIndex(i);
        const auto kind = kindOf(settings.value(u"kind"_s).toString());
        const QString path = settings.value(u"path"_s).toString();
        if (!kind || path.isEmpty())
            continue; // written by another version, or edited by hand
        Entry e;
        e.kind = *kind;
        e.id = settings.value(u"id"_s).toLongLong();
        e.name = settings.value(u"name"_s).toString();
        e.from = QDate::fromString(settings.value(u"from"_s).toString(), Qt::ISODate);
        e.to = QDate::fromString(settings.value(u"to"_s).toString(), Qt::ISODate);
        e.path = path;
        e.made = QDateTime::fromString(settings.value(u"made"_s).toString(), Qt::ISODate);
        e.database = settings.value(u"database"_s).toString();
        out.append(e);
    }
    settings.endArray();
    return out;
}

void RecentReports::add(const Entry &entry)
{
    QList<Entry> list = entries();
    list.removeIf([&entry](const Entry &e) { return e.path == entry.path; });
    list.prepend(entry);
    while (list.size() > kMost)
        list.removeLast();
    write(list);
}

void RecentReports::remove(const QString &path)
{
    QList<Entry> list = entries();
    if (list.removeIf([&path](const Entry &e) { return e.path == path; }) > 0)
        write(list);
}

QString RecentReports::title(const Entry &entry)
{
    switch (entry.kind) {
    case Kind::Client:
        return tr("Client report: %1").arg(entry.name);
    case Kind::Portfolio:
        break;
    case Kind::Invoice:
        return tr("Invoice %1").arg(entry.name);
    case Kind::ClientBatch:
        return tr("Client reports: %1")
            .arg(entry.id == 0 ? tr("every account manager") : entry.name);
    }
    return tr("Portfolio report");
}

} // namespace cd
