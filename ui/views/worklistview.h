#pragma once

#include "models/worklistmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cd {

class ClientAgendaModel;
class Database;

/// The worklist page of the dashboard (issue 29): everything that asks for action in one
/// list by the day to act by, missed and overdue first (red, and said so), filtered by kind,
/// account manager and account. A follow-up is marked done or snoozed a week from here; an
/// item opens its account. It lists the dashboard's own agenda, so its counts are the
/// dashboard's.
class WorklistView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorklistView)

public:
    static constexpr int snoozeDays = 7;

    explicit WorklistView(QWidget *parent = nullptr);

    /// The database for the managers' names and the follow-ups' changes (may be null).
    void setDatabase(Database *database);
    /// The agenda to list (kept by the caller; may be null), listed again when it is read again.
    void setAgenda(ClientAgendaModel *agenda);

    WorklistModel *model() { return &m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *managerFilter() const { return m_manager; }
    QLineEdit *accountFilter() const { return m_account; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QLabel *countLabel() const { return m_count; }
    QString message() const;

signals:
    void backRequested();
    void accountActivated(qint64 accountId);
    /// A follow-up was marked done or moved: the agenda wants reading again.
    void changed();

private:
    void refill();
    void fillManagers();
    void applyFilter();
    void updateActions();
    /// The follow-up selected, or nothing.
    std::optional<ClientAgendaModel::Item> selectedFollowUp() const;
    void markDone();
    void snooze();
    void showMessage(const QString &text);

    Database *m_db = nullptr;
    ClientAgendaModel *m_agenda = nullptr;
    WorklistModel m_model;
    QComboBox *m_kind = nullptr;
    QComboBox *m_manager = nullptr;
    QLineEdit *m_account = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_snooze = nullptr;
    bool m_fitted = false; ///< the columns fitted to the first items
};

} // namespace cd
