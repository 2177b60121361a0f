#pragma once

#include "domain/auditentry.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QList>

namespace cd {

class Database;

/// The newest entries of the audit log: when, who, which record, what was done. On a shared
/// server "who" is the signed-in user behind the change, and an account manager sees only the
/// entries the server lets them read (their own and those about their accounts).
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { When, Who, Record, Action, Details, ColumnCount };
    static constexpr int kLimit = 2000;

    explicit AuditLogModel(Database &database, QObject *parent = nullptr);

    /// Reads the newest kLimit entries, or only those about one kind of record ("account",
    /// "contract", …; empty for all).
    Status reload(const QString &entity = {});

    /// The kinds of record the log names, in the order to offer them, with their labels.
    static QList<std::pair<QString, QString>> recordKinds();
    static QString recordLabel(const QString &entity);
    static QString actionLabel(const QString &action);

    const AuditEntry &entry(int row) const { return m_entries.at(row); }
    /// Whether more entries exist than were read.
    bool limited() const { return m_entries.size() >= kLimit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<AuditEntry> m_entries;
};

} // namespace cd
