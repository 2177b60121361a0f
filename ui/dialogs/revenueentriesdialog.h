#pragma once

#include "models/revenueentrylistmodel.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableView;

namespace cd {

class BackgroundTask;
class Database;

/// The revenue entries behind a bar or slice of the analytics: what the filter is, how many
/// entries and their total (counted off the UI thread), and the entries themselves, newest
/// first, loaded as they scroll.
class RevenueEntriesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevenueEntriesDialog)

public:
    RevenueEntriesDialog(Database &database, const RevenueEntryFilter &filter,
                         QWidget *parent = nullptr);
    ~RevenueEntriesDialog() override;

    QTableView *table() const { return m_table; }
    RevenueEntryListModel *model() const { return m_model.get(); }
    QString heading() const;
    QString summary() const;
    /// Waits for the count and sum (tests); false when they did not come in time.
    bool waitForTotals(int timeoutMs = 10000);

    /// What the filter selects, in words: "Clients · 1 Mar 2024 – 31 Mar 2024 · Industry: Retail".
    static QString describe(const RevenueEntryFilter &filter);

private:
    std::unique_ptr<RevenueEntryListModel> m_model;
    std::unique_ptr<BackgroundTask> m_count;
    Result<RevenueEntryTotals> m_totals = Error { QString() };
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace cd
