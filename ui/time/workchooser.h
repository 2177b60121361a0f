#pragma once

#include <QWidget>

class QComboBox;

namespace cd {

class Database;

/// What time is logged against: an account (client or customer, typed to find), a contract of
/// that account (optional) and a service request of that account (optional). The contract and
/// request lists follow the account. Used by the entry dialog, "Add row" and stopping a timer.
class WorkChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkChooser)

public:
    /// `withRequest`: offer the service requests too.
    WorkChooser(Database &database, bool withRequest, QWidget *parent = nullptr);

    void setWork(qint64 accountId, qint64 contractId = 0, qint64 requestId = 0);
    qint64 accountId() const;
    qint64 contractId() const;
    qint64 requestId() const;
    /// Why nothing can be logged yet (no accounts), or the sentence of a failed read.
    QString problem() const { return m_problem; }

    QComboBox *accountBox() const { return m_account; }
    QComboBox *contractBox() const { return m_contract; }
    QComboBox *requestBox() const { return m_request; }

signals:
    void changed();

private:
    void fillAccounts();
    void fillWork();

    Database &m_db;
    bool m_withRequest = false;
    QComboBox *m_account = nullptr;
    QComboBox *m_contract = nullptr;
    QComboBox *m_request = nullptr;
    QString m_problem;
};

} // namespace cd
