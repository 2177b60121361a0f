#pragma once

#include "models/clientagendamodel.h"
#include "models/portfoliosummary.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;
class QVBoxLayout;

namespace cd {

class Database;
class WorklistView;

/// The portfolio at a glance: accounts, open work and the last twelve months of revenue
/// (converted to the firm's currency, what has no rate named under the cards), all real
/// figures from a PortfolioSummary.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setSummary(const PortfolioSummary &summary);
    /// Shows why the figures could not be read instead of the figures.
    void setError(const QString &message);

    /// Shows what needs attention from `agenda` (kept by the caller; may be null), in its
    /// lists and on the worklist page.
    void setAgenda(ClientAgendaModel *agenda);
    /// The database the worklist changes follow-ups in (may be null).
    void setDatabase(Database *database);

    /// The worklist page: everything that needs attention in one list (issue 29).
    void showWorklist();
    void showOverview();
    bool showsWorklist() const;
    WorklistView *worklist() const { return m_worklist; }
    /// The list of one part of the agenda (for tests).
    QListView *agendaList(ClientAgendaModel::Kind kind) const;

    /// The label showing a figure's value (for tests and accessibility names).
    QLabel *valueLabel(PortfolioSummary::Figure figure) const;
    QString errorText() const;
    /// What the revenue cards leave out for want of a rate; "" when nothing (or hidden).
    QString revenueNote() const;

signals:
    void refreshRequested();
    void accountActivated(qint64 accountId);

private:
    enum class Section { Accounts, Work, Revenue };
    static Section sectionOf(PortfolioSummary::Figure figure);

    QWidget *createCard(PortfolioSummary::Figure figure);
    /// "Needs attention": the agenda's lists, and the button to the worklist.
    void createAttention(QVBoxLayout *figures);
    QWidget *createAgendaList(const QString &title, const QList<ClientAgendaModel::Kind> &kinds);
    void updateAgendaCounts();

    struct AgendaList
    {
        QList<ClientAgendaModel::Kind> kinds;
        QString title;
        QLabel *heading = nullptr;
        QListView *view = nullptr;
        QLabel *empty = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
    };
    QList<AgendaList> m_agendaLists;
    ClientAgendaModel *m_agenda = nullptr;

    QMap<PortfolioSummary::Figure, QLabel *> m_values;
    QLabel *m_asOf = nullptr;
    QLabel *m_revenuePeriod = nullptr;
    QLabel *m_revenueNote = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_figures = nullptr;
    QStackedWidget *m_pages = nullptr; ///< the overview, the worklist
    WorklistView *m_worklist = nullptr;
};

} // namespace cd
