#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cd {

class AuditLogModel;
class Database;

/// Tools > Audit Log: who changed what and when, newest first, for one kind of record or all,
/// with a search over every column.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    explicit AuditLogDialog(Database &database, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *recordField() const { return m_record; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *statusLabel() const { return m_status; }

private:
    void reload();
    void updateStatus();

    AuditLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_record = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cd
