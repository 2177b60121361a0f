#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;

/// The Opportunities tab of a client's or customer's page: the account's deals, open ones
/// first, with stage, value, probability, expected close and next step; New Opportunity…
/// and a double-click to edit open the opportunity dialog. Stages change on the board.
class AccountOpportunities final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountOpportunities)

public:
    explicit AccountOpportunities(QWidget *parent = nullptr);

    /// Shows the deals of `accountId`; false (with the reason shown) when they cannot be read.
    bool showAccount(Database *database, qint64 accountId);
    QTableWidget *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    /// "3 open, 5 won, 1 lost", or why nothing shows.
    QString summary() const;

signals:
    /// A deal was created or changed here.
    void changed();

private:
    void newOpportunity();
    void editOpportunity(int row);

    Database *m_db = nullptr;
    qint64 m_accountId = 0;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace cd
