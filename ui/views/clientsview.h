#pragma once

#include "models/clientlistmodel.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace cd {

class Database;

/// The clients list: search as you type, filters for manager, status, industry, region and
/// health, sortable columns with a column chooser; the layout and filters are remembered.
class ClientsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientsView)

public:
    explicit ClientsView(QWidget *parent = nullptr);
    ~ClientsView() override;

    /// Works on `database` from now on (or on nothing); the caller keeps it alive.
    void setDatabase(Database *database);
    /// Recomputes every client's figures as of today, keeping filters and selection.
    void reload();

    ClientListModel *model() const { return m_model.get(); }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *healthFilter() const { return m_health; }
    /// "12 of 372 clients", or why nothing shows.
    QString countText() const;

    QToolButton *newClientButton() const { return m_newClient; }

signals:
    void clientActivated(qint64 accountId);
    void newClientRequested();

private:
    void applyFilter();
    void fillChoices();
    void updateState();
    void showColumnMenu(const QPoint &position);
    void saveLayout() const;
    void restoreLayout();

    Database *m_database = nullptr;
    std::unique_ptr<ClientListModel> m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_manager = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_health = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_newClient = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    /// Under the list: what its revenue figures leave out for want of a rate.
    QLabel *m_conversionNote = nullptr;
    QString m_error;
    bool m_restoring = false;
    bool m_choicesRestored = false;
    bool m_fitColumns = false;
};

} // namespace cd
