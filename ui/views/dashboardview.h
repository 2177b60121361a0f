#pragma once

#include "models/portfoliosummary.h"

#include <QMap>
#include <QWidget>

class QLabel;

namespace cd {

/// The portfolio at a glance: accounts, open work and the last twelve months of revenue,
/// all real figures from a PortfolioSummary.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setSummary(const PortfolioSummary &summary);
    /// Shows why the figures could not be read instead of the figures.
    void setError(const QString &message);

    /// The label showing a figure's value (for tests and accessibility names).
    QLabel *valueLabel(PortfolioSummary::Figure figure) const;
    QString errorText() const;

signals:
    void refreshRequested();

private:
    enum class Section { Accounts, Work, Revenue };
    static Section sectionOf(PortfolioSummary::Figure figure);

    QWidget *createCard(PortfolioSummary::Figure figure);

    QMap<PortfolioSummary::Figure, QLabel *> m_values;
    QLabel *m_asOf = nullptr;
    QLabel *m_revenuePeriod = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_figures = nullptr;
};

} // namespace cd
