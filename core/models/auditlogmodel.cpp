#include "models/auditlogmodel.h"

#include "storage/auditlog.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd {

AuditLogModel::AuditLogModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_db(database)
{ }

QList<std::pair<QString, QString>> AuditLogModel::recordKinds()
{
    QList<std::pair<QString, QString>> kinds;
    for (const QString &entity : { u"account"_s, u"contact"_s, u"contract"_s, u"interaction"_s,
                                   u"opportunity"_s, u"product"_s, u"revenue_entry"_s,
                                   u"service_item"_s, u"service_request"_s, u"segment"_s })
        kinds.append({ entity, recordLabel(entity) });
    return kinds;
}

QString AuditLogModel::recordLabel(const QString &entity)
{
    if (entity == u"account"_s)
        return tr("Account");
    if (entity == u"contract"_s)
        return tr("Contract");
    if (entity == u"opportunity"_s)
        return tr("Opportunity");
    if (entity == u"revenue_entry"_s)
        return tr("Revenue entry");
    if (entity == u"service_item"_s)
        return tr("Service item");
    if (entity == u"service_request"_s)
        return tr("Service request");
    if (entity == u"segment"_s)
        return tr("Customer segment");
    if (entity == u"contact"_s)
        return tr("Contact");
    if (entity == u"interaction"_s)
        return tr("Interaction");
    if (entity == u"product"_s)
        return tr("Product");
    if (entity == u"portfolio"_s)
        return tr("Sample portfolio");
    return entity; // an entity a newer version logs: shown as stored
}

QString AuditLogModel::actionLabel(const QString &action)
{
    if (action == u"create"_s)
        return tr("Created");
    if (action == u"update"_s)
        return tr("Changed");
    if (action == u"delete"_s)
        return tr("Deleted");
    if (action == u"merge"_s)
        return tr("Merged");
    if (action == u"convert"_s)
        return tr("Converted to client");
    if (action == u"import"_s)
        return tr("Imported");
    if (action == u"generate"_s)
        return tr("Generated");
    return action;
}

Status AuditLogModel::reload(const QString &entity)
{
    const Result<QList<AuditEntry>> entries = AuditLog(m_db).list(entity, std::nullopt, kLimit);
    beginResetModel();
    m_entries = entries ? *entries : QList<AuditEntry>();
    endResetModel();
    if (!entries)
        return Error { entries.error() };
    return {};
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return QLocale().toString(e.at, QLocale::ShortFormat);
        case Who:
            return e.userName;
        case Record:
            return e.entityId
                ? tr("%1 %2").arg(recordLabel(e.entity), QLocale().toString(*e.entityId))
                : recordLabel(e.entity);
        case Action:
            return actionLabel(e.action);
        case Details:
            return e.details;
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Record:
        return tr("Record");
    case Action:
        return tr("What");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace cd
